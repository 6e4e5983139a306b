import { expect, test, type Page } from '@playwright/test';
import { words } from './words';

const DATETIME = /^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/;

/** True when `value` is a date the calendar has, at the precision it gives. */
function isCalendarDate(value: string): boolean {
  const [year, month = 1, day = 1] = value.split('-').map(Number);
  const date = new Date(Date.UTC(year!, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** Opens each page the section links (`/clashes-2022/#buildup-2022`) lead to once and checks their headings are there. */
async function expectSectionsExist(page: Page, hrefs: Iterable<string>) {
  const idsByPage = new Map<string, Set<string>>();
  for (const href of hrefs) {
    const url = new URL(href, page.url());
    const path = url.href.split('#')[0]!;
    idsByPage.set(path, (idsByPage.get(path) ?? new Set()).add(url.hash.slice(1)));
  }
  expect(idsByPage.size, 'section links to check').toBeGreaterThan(0);
  for (const [path, ids] of idsByPage) {
    await page.goto(path);
    for (const id of ids) await expect(page.locator(`h2[id="${id}"], h3[id="${id}"]`), `${path}#${id}`).toHaveCount(1);
  }
}

test('the chronology lists at least 40 dated, sourced events, each with a link to a section that exists', async ({ page }) => {
  await page.goto('chronology/');
  await expect(page.getByRole('heading', { level: 1, name: words.chronology.title })).toBeVisible();
  const events = page.locator('main li.chronology-event');
  expect(await events.count()).toBeGreaterThanOrEqual(40);

  const rows = await events.evaluateAll((items) =>
    items.map((item) => ({
      id: item.id,
      datetime: item.querySelector('time')?.getAttribute('datetime') ?? '',
      shown: item.querySelector('time')?.textContent ?? '',
      citations: item.querySelectorAll('sup.cite a[href*="/sources/#source-"]').length,
      section: item.querySelector('.chronology-event__more a')?.getAttribute('href') ?? '',
    })),
  );
  for (const row of rows) {
    expect(row.datetime, row.id).toMatch(DATETIME);
    expect(isCalendarDate(row.datetime), `${row.id}: ${row.datetime}`).toBe(true);
    expect(row.shown, row.id).toContain(row.datetime.slice(0, 4));
    expect(row.citations, `${row.id} cites a source`).toBeGreaterThan(0);
    expect(row.section, row.id).toMatch(/^\/(?:[a-z0-9-]+\/)?#[a-z0-9-]+$/);
  }
  const datetimes = rows.map((r) => r.datetime);
  expect(datetimes, 'events are in date order').toEqual([...datetimes].sort());
  await expectSectionsExist(
    page,
    rows.map((r) => r.section),
  );
});

test('the events of 16 September 2022 are in the order they happened: the ceasefire before the Ovchi-Kalacha strike', async ({ page }) => {
  await page.goto('chronology/');
  const sameDay = page.locator('main li.chronology-event').filter({ has: page.locator('time[datetime="2022-09-16"]') });
  await expect(sameDay).toHaveCount(3);
  const ids = await sameDay.evaluateAll((items) => items.map((item) => item.id));
  expect(ids).toEqual(['event-heaviest-fighting-2022', 'event-samarkand-meeting-2022', 'event-ovchi-kalacha-2022']);
});

test('an event known only from a report gives its month, and says when it was reported', async ({ page }) => {
  await page.goto('chronology/');
  const talks = page.locator('main li#event-talks-resume-2022');
  await expect(talks.locator('time').first()).toHaveAttribute('datetime', '2022-11');
  await expect(talks.locator('time').first()).toHaveText('November 2022');
  await expect(talks).toContainText(`${words.chronology.reportedOn} 14 November 2022.`);
  await expect(talks.locator('.chronology-event__reported time')).toHaveAttribute('datetime', '2022-11-14');
});

test('the chronology is in the site navigation and its citations lead to the sources page', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('border/');
  await page.getByRole('navigation', { name: words.mainNavigation }).getByRole('link', { name: words.chronology.title }).click();
  await expect(page).toHaveURL(/\/chronology\/$/);
  const firstCitation = page.locator('main sup.cite a').first();
  const target = (await firstCitation.getAttribute('href'))!.split('#')[1]!;
  await firstCitation.click();
  await expect(page).toHaveURL(/\/sources\/#source-/);
  await expect(page.locator(`[id="${target}"]`)).toBeVisible();
});

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('each jump link by period brings its period heading into view below the header', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('chronology/');
    const jumps = page.getByRole('navigation', { name: words.chronology.periodsLabel }).getByRole('link');
    const count = await jumps.count();
    expect(count).toBeGreaterThanOrEqual(5);
    for (let i = count - 1; i >= 0; i--) {
      const jump = jumps.nth(i);
      const name = (await jump.textContent())!;
      await jump.click();
      const heading = page.getByRole('heading', { level: 2, name, exact: true });
      await expect(page).toHaveURL(new RegExp(`#${await heading.getAttribute('id')}$`));
      await expect(heading).toBeInViewport();
      const header = (await page.getByRole('banner').first().boundingBox())!;
      expect((await heading.boundingBox())!.y, `${name} clears the sticky header`).toBeGreaterThanOrEqual(header.y + header.height - 1);
      await page.evaluate(() => window.scrollTo(0, 0));
    }
  });
});

test('the timeline on the Samarkand chapter is drawn, numbered, and every mark leads to its section', async ({ page }) => {
  await page.goto('samarkand-ceasefire/');
  const figure = page.locator('figure#figure-chronology');
  await expect(figure.getByText(/^Figure 1\./)).toBeVisible();
  await expect(figure.getByRole('group', { name: /^Timeline of the ceasefire, the talks and the treaty/ })).toBeVisible();
  const marks = figure.locator('svg').getByRole('link');
  const count = await marks.count();
  expect(count).toBeGreaterThanOrEqual(10);
  await expect(marks.first()).toHaveAccessibleName(/^16 Sept 2022 Samarkand ceasefire agreed\. Read “A meeting in Samarkand”$/);
  await expect(marks.getByText('Border treaty signed')).toBeVisible();
  await expect(marks.getByText('Resettlement completed')).toBeVisible();

  const hrefs = await marks.evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
  for (const href of hrefs) expect(href).toMatch(/^\/[a-z0-9-]+\/#[a-z0-9-]+$/);
  // The data table lists the same events, one row per mark.
  await expect(figure.locator('details table tbody tr')).toHaveCount(count);

  await marks.getByText('Khujand summit').click();
  await expect(page).toHaveURL(/\/samarkand-ceasefire\/#khujand-summit$/);
  await expect(page.getByRole('heading', { name: 'The Khujand summit' })).toBeInViewport();
  await expectSectionsExist(page, hrefs);
});
