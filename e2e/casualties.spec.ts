import { readFileSync } from 'node:fs';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { csvParse } from 'd3-dsv';
import { parse } from 'yaml';

/**
 * The casualty figures as a reader meets them: built, served, with and without JavaScript.
 * Which rows are marks is the figures' rule, restated here from the CSV so a row that goes
 * missing from a chart (or a mark without a row) fails:
 * - the timeline of an event draws every Kyrgyz or Tajik killed or wounded report that counts
 *   everyone (civilian-only and both-sides counts are left to the table and the CSV);
 * - the comparison draws a bar for each latest official figure and a dot for each other report.
 */

/** The CSV's columns, in order: what a reader who downloads it relies on. */
const CSV_COLUMNS = [
  'id',
  'event',
  'side',
  'measure',
  'value',
  'qualifier',
  'counts',
  'as_of',
  'time',
  'as_of_label',
  'reported_by',
  'official',
  'compared_as',
  'source',
  'source_publisher',
  'source_url',
  'note',
] as const;

type CsvRow = Record<(typeof CSV_COLUMNS)[number], string>;

/** The published CSV, read with d3-dsv (RFC 4180) rather than the site's own reader. */
async function casualtyCsv(page: Page): Promise<CsvRow[]> {
  const response = await page.request.get('data/casualties.csv');
  expect(response.ok()).toBe(true);
  const rows = csvParse(await response.text());
  expect(rows.columns).toEqual([...CSV_COLUMNS]);
  return rows as unknown as CsvRow[];
}

const markIds = async (figure: Locator) =>
  (await figure.locator('svg [data-row]').evaluateAll((marks) => marks.map((m) => m.getAttribute('data-row')))).sort();
const tableIds = async (figure: Locator) =>
  (await figure.locator('tbody tr').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-row')))).sort();

const timelineFigure = (page: Page, event: number) =>
  page.getByRole('figure', { name: new RegExp(`^Figure \\d+\\. How the ${event} toll was reported`) });
const comparisonFigure = (page: Page) =>
  page.getByRole('figure', { name: /^Figure \d+\. Killed and wounded in the 2021 and 2022 clashes/ });

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  for (const event of [2021, 2022]) {
    test(`the ${event} timeline draws one mark for each Kyrgyz or Tajik report of the killed or wounded`, async ({ page }) => {
      const expected = (await casualtyCsv(page))
        .filter((r) => r.event === String(event) && r.side !== 'both' && r.measure !== 'displaced' && r.counts === 'all')
        .map((r) => r.id)
        .sort();
      await page.goto(`clashes-${event}/`);
      const figure = timelineFigure(page, event);
      await expect(figure).toHaveAttribute('id', `figure-toll-${event}`);
      expect(expected.length).toBeGreaterThan(10);
      expect(await markIds(figure)).toEqual(expected);
    });
  }

  // Each copy of the comparison has an id of its own, so the print edition can hold all three.
  for (const [path, id] of [
    ['', 'figure-casualties'],
    ['clashes-2021/', 'figure-casualties-2021'],
    ['clashes-2022/', 'figure-casualties-2022'],
  ] as const) {
    test(`the comparison on /${path} draws a bar per latest official figure and a dot per other report`, async ({ page }) => {
      const csv = await casualtyCsv(page);
      await page.goto(path);
      const figure = comparisonFigure(page);
      await expect(figure).toHaveAttribute('id', id);
      const latest = csv.filter((r) => r.compared_as === 'latest-official');
      expect(latest).toHaveLength(8);
      expect(await markIds(figure)).toEqual(
        csv
          .filter((r) => r.compared_as !== '')
          .map((r) => r.id)
          .sort(),
      );
      expect(await figure.locator('svg rect[data-row]').evaluateAll((bars) => bars.map((b) => b.getAttribute('data-row')).sort())).toEqual(
        latest.map((r) => r.id).sort(),
      );
      expect(await tableIds(figure)).toEqual(await markIds(figure));
    });
  }

  test('each panel is a named, described graphic and each mark reads its figure, reporter, date and source', async ({ page }) => {
    await page.goto('clashes-2022/');
    const figure = timelineFigure(page, 2022);
    const killed = figure.getByRole('group', { name: 'Killed in 2022, as reported day by day' });
    await expect(killed).toHaveAccessibleDescription(
      /^Step chart of the number killed in 2022 as reported from 14 September 2022 to 3 October 2022/,
    );
    await expect(
      killed.getByRole('img', {
        name: 'Kyrgyzstan, 2022: 24 killed, Kyrgyz Health Ministry, 16 September 2022, evening. Source',
        exact: false,
      }),
    ).toHaveCount(1);
    await expect(
      killed.getByRole('img', {
        name: /^Kyrgyzstan, 2022: 63 killed, 24\.kg memorial article.*later recap, probably September 2023; date not shown in the stored copy \(not an official count\)\. Source \d+: 24\.kg/,
      }),
    ).toHaveCount(1);
    const names = await figure.getByRole('img').evaluateAll((marks) => marks.map((m) => m.getAttribute('aria-label') ?? ''));
    expect(names.length).toBeGreaterThan(0);
    for (const name of names) expect(name).toMatch(/^(Kyrgyzstan|Tajikistan), 2022: .+ (killed|wounded), .+, .+\. Source \d+: .+/);

    const comparison = comparisonFigure(page);
    await expect(
      comparison.getByRole('img', {
        name: /^Kyrgyzstan, 2022: 62 killed, Kyrgyz Health Ministry, via Sputnik, 24 September 2022\. Source \d+: Sputnik, via UrduPoint$/,
      }),
    ).toHaveCount(1);
    await expect(comparison.getByRole('group', { name: 'Wounded in 2021 and 2022, by side' })).toHaveAccessibleDescription(
      /latest official number wounded/,
    );
  });

  test('a timeline keeps its caption, its sources and its data link, and leads to the count tables that list what it draws', async ({
    page,
  }) => {
    await page.goto('clashes-2021/');
    const figure = timelineFigure(page, 2021);
    await expect(figure.getByText(/^Sources:/)).toBeVisible();
    await expect(figure.locator('.figure__sources').first().getByRole('link').first()).toHaveAttribute('href', /\/sources\/#source-/);
    // Beyond the first eight, the sources wait in a disclosure.
    await figure.getByText(/^All \d+ sources for this chart$/).click();
    await expect(figure.getByRole('link', { name: /Sughd|News International/ }).first()).toHaveAttribute('href', /\/sources\/#source-/);
    await expect(figure.getByRole('link', { name: 'Download all casualty figures (CSV)' })).toHaveAttribute(
      'href',
      /\/data\/casualties\.csv$/,
    );
    // The chart repeats no table of its own: the sections after it hold one line per report.
    await expect(figure.getByRole('table')).toHaveCount(0);
    await figure.getByRole('link', { name: 'Tajikistan’s count' }).click();
    await expect(page).toHaveURL(/#casualties-tajikistan-2021$/);
    const section = page.locator('section', { has: page.getByRole('heading', { name: 'Tajikistan', exact: true }) });
    await section.getByText('Tajikistan’s count, every report with its source').click();
    await expect(section.getByRole('columnheader', { name: 'Reported by' })).toBeVisible();
    await expect(section.getByRole('cell', { name: /^19\b/ }).first()).toBeVisible();
  });
});

test.describe('with JavaScript on', () => {
  test('focusing a mark shows its figure, date and source beside it', async ({ page }) => {
    await page.goto('clashes-2022/');
    const figure = comparisonFigure(page);
    const note = figure.locator('.chart-note');
    await expect(note).toBeHidden();
    await figure.getByRole('img', { name: /^Tajikistan, 2022: 41 killed, Deputy Foreign Minister Sodiq Imomi/ }).focus();
    await expect(note).toBeVisible();
    await expect(note).toContainText('19 September 2022');
    await expect(note).toContainText('Sputnik, via UrduPoint');
    await page.keyboard.press('Escape');
    await expect(note).toBeHidden();
  });

  test('hovering a mark shows its note, and leaving the chart hides it', async ({ page }) => {
    await page.goto('clashes-2021/');
    const figure = timelineFigure(page, 2021);
    await figure.getByRole('img', { name: /^Tajikistan, 2021: 19 killed, Sughd regional administration/ }).hover();
    await expect(figure.locator('.chart-note')).toContainText('6 May 2021');
    await page.mouse.move(0, 0);
    await expect(figure.locator('.chart-note')).toBeHidden();
  });

  test('a chart is one Tab stop and the arrow keys move between its marks', async ({ page }) => {
    await page.goto('clashes-2022/');
    const marks = timelineFigure(page, 2022).getByRole('img');
    await expect(marks.first()).toHaveAttribute('tabindex', '0');
    await expect(marks.nth(1)).toHaveAttribute('tabindex', '-1');
    await marks.first().focus();
    await page.keyboard.press('ArrowRight');
    await expect(marks.nth(1)).toBeFocused();
    await expect(marks.nth(1)).toHaveAttribute('tabindex', '0');
    await expect(marks.first()).toHaveAttribute('tabindex', '-1');
    await page.keyboard.press('End');
    await expect(marks.last()).toBeFocused();
  });

  test("a link to a figure's id lands on it, below the sticky header", async ({ page }) => {
    await page.goto('clashes-2022/#figure-toll-2022');
    const figure = timelineFigure(page, 2022);
    await expect(figure).toBeInViewport();
    const header = await page.getByRole('banner').boundingBox();
    const box = await figure.boundingBox();
    expect(box!.y).toBeGreaterThanOrEqual(header!.height - 1);
  });

  test('printed, a figure leaves its table off paper for one line saying where it is online, and shows no controls', async ({ page }) => {
    await page.goto('clashes-2022/');
    await page.emulateMedia({ media: 'print' });
    const figure = comparisonFigure(page);
    await expect(figure.getByRole('table')).toBeHidden();
    await expect(figure.getByText(/^The figures as a table, with sources: .*casualties\.csv\.$/)).toBeVisible();
    await expect(figure.getByRole('link', { name: 'Download all casualty figures (CSV)' })).toBeHidden();
    await expect(figure.locator('.chart-note')).toBeHidden();
  });
});

test('the CSV has one line per row of the data file, with each source and its link', async ({ page }) => {
  const csv = await casualtyCsv(page);
  const rows = parse(readFileSync(new URL('../content/data/casualties.yaml', import.meta.url), 'utf8')) as Array<{ id: string }>;
  const ids = rows.map((row) => row.id);
  expect(ids.length).toBeGreaterThan(100);
  expect(csv.map((r) => r.id).sort()).toEqual(ids.sort());
  // Listed by event and side, each event's Kyrgyz rows first.
  expect(csv.map((r) => r.event)).toEqual(csv.map((r) => r.event).sort());
  expect(csv.findIndex((r) => r.side === 'tajikistan')).toBeGreaterThan(csv.findIndex((r) => r.side === 'kyrgyzstan'));

  const latest = csv.find((r) => r.id === '2022-kg-0924-health-ministry-killed');
  expect(latest).toMatchObject({
    event: '2022',
    side: 'kyrgyzstan',
    measure: 'killed',
    value: '62',
    as_of: '2022-09-24',
    official: 'true',
    compared_as: 'latest-official',
    source: 'urdupoint-2022-09-24',
    source_publisher: 'Sputnik, via UrduPoint',
    source_url: 'https://www.urdupoint.com/en/world/kyrgyzstans-death-toll-from-border-conflict-1567829.html',
  });
  const seed = csv.find((r) => r.id === '2022-kg-0916-health-ministry-killed');
  expect(seed?.source.split('; ')).toContain('seed-article-2022-09-16');

  // What the page's table says about a row is what the CSV says. The timeline repeats no table
  // (see above); the comparison's table is the one that lists rows by id.
  await page.goto('clashes-2022/');
  const cells = await comparisonFigure(page)
    .locator('tbody tr')
    .evaluateAll((rows) => rows.map((r) => [r.getAttribute('data-row'), r.querySelectorAll('td')[2]?.textContent ?? ''] as const));
  expect(cells.length).toBeGreaterThan(0);
  for (const [id, figureCell] of cells) {
    const row = csv.find((r) => r.id === id)!;
    // The count, then what it counts: "62 killed", "more than 50 civilians killed".
    expect(figureCell.replace(/,/g, ''), id ?? 'a row without an id').toMatch(new RegExp(`\\b${row.value} (civilians )?${row.measure}`));
  }
});
