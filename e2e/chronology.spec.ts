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
  await page.setViewportSize({ width: 1440, height: 800 });
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

test('the home page’s list of chapters leads to the chronology', async ({ page }) => {
  await page.goto('');
  const list = page
    .getByRole('main')
    .getByRole('listitem')
    .filter({ has: page.getByRole('link', { name: 'The chronology' }) });
  await list.getByRole('link', { name: 'The chronology' }).click();
  await expect(page).toHaveURL(/\/chronology\/$/);
  await expect(page.getByRole('heading', { level: 1, name: words.chronology.title })).toBeVisible();
});

test('the chronology says when it last changed and how to cite it, as a chapter does', async ({ page }) => {
  await page.goto('chronology/');
  await expect(page.getByText(`${words.lastUpdated}:`)).toBeVisible();
  await expect(page.getByText(`${words.lastUpdated}:`).locator('time')).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}$/);
  const cite = page.getByRole('region', { name: words.citeThisChapter });
  await expect(cite.getByRole('heading', { level: 2, name: words.citeThisChapter })).toBeVisible();
  await expect(cite).toContainText(`“${words.chronology.title}”.`);
  await expect(cite).toContainText('@online{kgtj-border-chronology,');
});

test('hovering a citation number on the chronology shows its source without leaving the page', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('chronology/');
  const citation = page.getByRole('main').locator('.chronology-event sup.cite a').first();
  await citation.hover();
  const tooltip = page.getByRole('tooltip');
  await expect(tooltip).toBeVisible();
  await expect(tooltip).toContainText(/“.+”/);
  await expect(page).toHaveURL(/\/chronology\/$/);
});

test('printed, the chronology ends with the sources it cites, each number as in its text', async ({ page }) => {
  await page.emulateMedia({ media: 'print' });
  await page.goto('chronology/');
  const list = page.getByRole('region', { name: words.sourcesTitle, exact: true });
  await expect(list).toBeVisible();
  await expect(list.getByRole('heading', { level: 2, name: words.sourcesTitle })).toHaveAttribute('id', 'sources-chronology');
  const cited = await page.locator('.chronology-event sup.cite a').allTextContents();
  expect(cited.length, 'citation numbers in the text').toBeGreaterThan(40);
  // The number a reader finds in the list: an item's value, or one more than the item before.
  const listed = await list.getByRole('listitem').evaluateAll((items) => {
    let last = 0;
    return items.filter((item) => !item.hasAttribute('data-off-paper')).map((item) => (last = (item as HTMLLIElement).value || last + 1));
  });
  const missing = [...new Set(cited.map(Number))].filter((n) => !listed.includes(n));
  expect(missing, 'numbers cited and not in the printed list').toEqual([]);
});

/**
 * The ways a section may name an event's date: "16 September 2022", "28 and 29 June", "16–17
 * September", "September 16", "September 2022", "1924".
 */
function datePatterns(datetime: string): RegExp[] {
  const [year, month, day] = datetime.split('-').map(Number);
  if (!month) return [new RegExp(`\\b${year}\\b`)];
  const monthName = new Intl.DateTimeFormat('en-GB', { month: 'long', timeZone: 'UTC' }).format(Date.UTC(year!, month - 1, 1));
  if (!day) return [new RegExp(`\\b${monthName},? ${year}\\b`)];
  return [new RegExp(`\\b${day}(?:(?: and |–|-| to )\\d{1,2})? ${monthName}\\b`), new RegExp(`\\b${monthName} ${day}\\b`)];
}

test('every “Read:” link of the chronology lands on a section that names the event’s date or one of its places', async ({
  page,
  request,
}) => {
  await page.goto('chronology/');
  const events = await page.locator('main li.chronology-event').evaluateAll((items) =>
    items.map((item) => ({
      id: item.id,
      datetime: item.querySelector('time')!.getAttribute('datetime')!,
      text: item.querySelector('.chronology-event__text')!.textContent!,
      href: item.querySelector('.chronology-event__more a')!.getAttribute('href')!,
    })),
  );
  expect(events.length).toBeGreaterThanOrEqual(40);
  // The places the map knows, by name: an event told in a section about its place is told there.
  const places = [...(await (await request.get('border/')).text()).matchAll(/<th scope="row">([^<]+)<\/th>/g)].map(([, name]) => name!);
  const sectionText = new Map<string, string>();
  const wrong: string[] = [];
  for (const event of events) {
    if (!sectionText.has(event.href)) {
      await page.goto(event.href);
      const id = event.href.split('#')[1]!;
      // The section: its heading and what follows, up to the next heading of the same or a higher level.
      const text = await page.locator(`[id="${id}"]`).evaluate((heading) => {
        const level = Number(heading.tagName.slice(1));
        const start = heading.closest('.section-heading') ?? heading;
        const range = document.createRange();
        range.setStartBefore(start);
        let end: Node | null = null;
        for (const h of document.querySelectorAll('main h2, main h3')) {
          if (
            start.compareDocumentPosition(h) & Node.DOCUMENT_POSITION_FOLLOWING &&
            Number(h.tagName.slice(1)) <= level &&
            !start.contains(h)
          ) {
            end = h.closest('.section-heading') ?? h;
            break;
          }
        }
        if (end) range.setEndBefore(end);
        else range.setEndAfter(document.querySelector('main article, main')!.lastChild!);
        return range.toString().replace(/\s+/g, ' ');
      });
      sectionText.set(event.href, text);
    }
    const section = sectionText.get(event.href)!;
    const date = datePatterns(event.datetime).some((pattern) => pattern.test(section));
    const place = places.some((name) => event.text.includes(name) && section.includes(name));
    if (!date && !place) wrong.push(`${event.id} (${event.datetime}) → ${event.href}`);
  }
  expect(sectionText.size, 'sections read').toBeGreaterThan(5);
  expect(wrong).toEqual([]);
});
