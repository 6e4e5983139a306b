import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { parse } from 'yaml';
import { allPages, publishedRoot, relative } from './site';
import { words } from './words';

/** The corrections log as written, to check the pages against. */
const log = parse(readFileSync(new URL('../content/data/corrections.yaml', import.meta.url), 'utf8')) as Array<{
  id: string;
  date: string;
  kind?: 'correction' | 'addition';
  section: string;
}>;
const corrections = log.filter((row) => (row.kind ?? 'correction') === 'correction');

/** Opens each page the links lead to once and checks that the element each names is there. */
async function expectTargetsExist(page: Page, hrefs: readonly string[]) {
  const idsByPage = new Map<string, Set<string>>();
  for (const href of hrefs) {
    const url = new URL(href, page.url());
    const path = url.href.split('#')[0]!;
    const ids = idsByPage.get(path) ?? new Set<string>();
    if (url.hash) ids.add(decodeURIComponent(url.hash.slice(1)));
    idsByPage.set(path, ids);
  }
  expect(idsByPage.size, 'pages to check').toBeGreaterThan(1);
  for (const [path, ids] of idsByPage) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(200);
    for (const id of ids) await expect(page.locator(`[id="${id}"]`), `${path}#${id}`).toHaveCount(1);
  }
}

test('/changes/ lists every correction and new section, newest day first, each linked to a section that exists', async ({ page }) => {
  await page.goto('changes/');
  await expect(page.getByRole('heading', { level: 1, name: words.changes.title })).toBeVisible();
  const entries = page.locator('main li.change');
  await expect(entries).toHaveCount(log.length);

  const days = await page.locator('main .changes-day h2').evaluateAll((hs) => hs.map((h) => h.id));
  expect(days.length).toBeGreaterThan(1);
  expect(days, 'days are newest first').toEqual([...days].sort().reverse());

  const rows = await entries.evaluateAll((items) =>
    items.map((item) => ({ id: item.id, href: item.querySelector('.change__where a')?.getAttribute('href') ?? '' })),
  );
  expect(new Set(rows.map((r) => r.id)).size, 'entry ids are unique').toBe(rows.length);
  await expectTargetsExist(
    page,
    rows.map((r) => r.href),
  );
});

test('a correction on /changes/ says what the page said, what it says now, and cites its source', async ({ page }) => {
  await page.goto('changes/#correction-m2-chronology');
  const entry = page.locator('li#correction-m2-chronology');
  await expect(entry).toBeInViewport();
  await expect(entry).toContainText(`${words.changes.kind.correction}:`);
  await expect(entry.getByRole('term')).toHaveText([words.changes.said, words.changes.says]);
  await expect(entry.getByRole('definition').first()).toContainText('A laser-guided bomb dropped by Kyrgyz forces hit the town square');
  await expect(entry.getByRole('definition').last()).toContainText('After the Samarkand ceasefire had been announced that afternoon');
  await expect(entry.locator('sup.cite a').first()).toHaveAttribute('href', /\/sources\/#source-/);
  await expect(entry.getByRole('link').first()).toHaveAttribute('href', /\/chronology\/#event-ovchi-kalacha-2022$/);
});

test('every page links to /changes/ from its footer and names the Atom feed in its head', async ({ page }) => {
  expect(allPages.some((p) => p.path === 'changes/')).toBe(true);
  for (const { path } of allPages) {
    await page.goto(path);
    await expect(page.getByRole('contentinfo').getByRole('link', { name: words.changes.title }), path).toHaveAttribute(
      'href',
      /\/changes\/$/,
    );
    const feed = page.locator('head link[rel="alternate"][type="application/atom+xml"]');
    await expect(feed, path).toHaveCount(1);
    await expect(feed, path).toHaveAttribute('href', /\/changes\.xml$/);
  }
});

test('the feed is Atom: a feed id, title, updated and author, and an entry per change with id, title, updated and a link', async ({
  page,
  request,
}) => {
  const response = await request.get('changes.xml');
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toMatch(/xml/);
  const xml = await response.text();
  await page.goto('changes/');
  const feed = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'application/xml');
    const ns = 'http://www.w3.org/2005/Atom';
    const root = doc.documentElement;
    const child = (el: Element, name: string) => [...el.children].filter((c) => c.namespaceURI === ns && c.localName === name);
    return {
      parseError: doc.getElementsByTagName('parsererror').length > 0,
      root: `${root.namespaceURI} ${root.localName}`,
      id: child(root, 'id')[0]?.textContent ?? '',
      title: child(root, 'title')[0]?.textContent ?? '',
      updated: child(root, 'updated')[0]?.textContent ?? '',
      author: child(root, 'author')[0]?.textContent?.trim() ?? '',
      self:
        child(root, 'link')
          .find((l) => l.getAttribute('rel') === 'self')
          ?.getAttribute('href') ?? '',
      entries: child(root, 'entry').map((entry) => ({
        id: child(entry, 'id')[0]?.textContent ?? '',
        title: child(entry, 'title')[0]?.textContent ?? '',
        updated: child(entry, 'updated')[0]?.textContent ?? '',
        link: child(entry, 'link')[0]?.getAttribute('href') ?? '',
        content: child(entry, 'content')[0]?.textContent ?? '',
      })),
    };
  }, xml);
  expect(feed.parseError).toBe(false);
  expect(feed.root).toBe('http://www.w3.org/2005/Atom feed');
  expect(feed.id).toBe(new URL('changes.xml', publishedRoot).href);
  expect(feed.self).toBe(feed.id);
  expect(feed.title).toContain(words.changes.title);
  expect(feed.author).toBe(words.siteName);
  const newest = log
    .map((row) => row.date)
    .sort()
    .at(-1);
  expect(feed.updated).toBe(`${newest}T00:00:00Z`);

  expect(feed.entries).toHaveLength(log.length);
  expect(new Set(feed.entries.map((e) => e.id)).size, 'entry ids are unique').toBe(log.length);
  for (const entry of feed.entries) {
    expect(entry.id, entry.title).toMatch(/^https?:\/\/.+\/changes\/#correction-[a-z0-9-]+$/);
    expect(entry.title.length, entry.id).toBeGreaterThan(5);
    expect(entry.updated, entry.id).toMatch(/^\d{4}-\d{2}-\d{2}T00:00:00Z$/);
    expect(entry.link.startsWith(publishedRoot.href), entry.link).toBe(true);
    expect(entry.content.length, entry.id).toBeGreaterThan(10);
  }
  const dates = feed.entries.map((e) => e.updated);
  expect(dates, 'entries are newest first').toEqual([...dates].sort().reverse());
  const m2 = feed.entries.find((e) => e.id.endsWith('#correction-m2-chronology'));
  expect(m2?.content).toContain(`${words.changes.said}: `);
  expect(m2?.link).toBe(new URL('chronology/#event-ovchi-kalacha-2022', publishedRoot).href);
});

test.describe('A chapter', () => {
  const own = corrections.filter((row) => row.section.startsWith('/clashes-2022/'));

  test('ends with its corrections, newest first, and its "Last updated" links there', async ({ page }) => {
    expect(own.length).toBeGreaterThan(1);
    await page.goto(relative('/clashes-2022/'));
    const updated = page.locator('.chapter-header__updated');
    await updated.getByRole('link', { name: new RegExp(`${own.length} corrections`) }).click();
    await expect(page).toHaveURL(/#corrections-clashes-2022$/);
    const heading = page.getByRole('heading', { level: 2, name: words.changes.chapterHeading });
    await expect(heading).toBeInViewport();
    await expect(page.getByRole('link', { name: `Link to the section “${words.changes.chapterHeading}”` })).toHaveAttribute(
      'href',
      '#corrections-clashes-2022',
    );
    const list = page.getByRole('region', { name: words.changes.chapterHeading }).getByRole('listitem');
    await expect(list).toHaveCount(own.length);
    const dates = await list.locator('.change__where time').evaluateAll((ts) => ts.map((t) => t.getAttribute('datetime') ?? ''));
    expect(dates, 'newest first').toEqual([...dates].sort().reverse());
    await expect(page.getByRole('region', { name: words.changes.chapterHeading })).toContainText(
      'On 16 September Kyrgyzstan’s Health Ministry first gave 2 dead and 55 wounded',
    );
    const last = await page.locator('main > div > *').evaluateAll((els) =>
      els
        .map((e) => e.className)
        .filter((c) => c !== 'chapter-footer')
        .at(-1),
    );
    expect(last, 'the corrections come last, before the previous/next links').toBe('chapter-corrections');
  });

  test('printed, carries its corrections after its sources', async ({ page }) => {
    await page.emulateMedia({ media: 'print' });
    await page.goto(relative('/clashes-2022/'));
    const sources = page.locator('.chapter-sources');
    const fixes = page.getByRole('region', { name: words.changes.chapterHeading });
    await expect(sources).toBeVisible();
    await expect(fixes).toBeVisible();
    const after = await sources.evaluate(
      (s, c) => Boolean(s.compareDocumentPosition(c!) & Node.DOCUMENT_POSITION_FOLLOWING),
      await fixes.elementHandle(),
    );
    expect(after).toBe(true);
    const sourcesBottom = (await sources.boundingBox())!.y + (await sources.boundingBox())!.height;
    expect((await fixes.boundingBox())!.y).toBeGreaterThanOrEqual(sourcesBottom);
  });
});

test.describe('The chronology', () => {
  const own = corrections.filter((row) => row.section.startsWith('/chronology/'));

  test('ends with the rows corrected on it, and its "Last updated" links there', async ({ page }) => {
    expect(own.length).toBeGreaterThan(1);
    await page.goto(relative('/chronology/'));
    await page
      .locator('.chapter-header__updated')
      .getByRole('link', { name: new RegExp(`${own.length} corrections`) })
      .click();
    await expect(page).toHaveURL(/#corrections-chronology$/);
    const region = page.getByRole('region', { name: words.changes.chapterHeading });
    await expect(region.getByRole('heading', { level: 2 })).toBeInViewport();
    await expect(region.getByRole('listitem')).toHaveCount(own.length);
    await expect(region.locator('li#correction-m2-chronology')).toContainText('A laser-guided bomb dropped by Kyrgyz forces');
  });
});

test('The print edition ends with every page’s corrections, after the sources, one list per page in reading order', async ({ page }) => {
  await page.goto(relative('/print/'));
  const appendix = page.getByRole('region', { name: words.changes.chapterHeading, exact: true });
  await expect(appendix.locator('li.change')).toHaveCount(corrections.length);
  const sourcesFirst = await page
    .locator('#sources')
    .evaluate((s, c) => Boolean(s.compareDocumentPosition(c!) & Node.DOCUMENT_POSITION_FOLLOWING), await appendix.elementHandle());
  expect(sourcesFirst, 'the corrections follow the sources').toBe(true);
  const pages = await appendix.getByRole('heading', { level: 2 }).allTextContents();
  expect(pages[0]).toBe('The Kyrgyz–Tajik border conflict, explained');
  expect(pages.at(-1)).toBe(words.chronology.title);
  // A correction leads to its section inside the document, not to the website.
  const href = await appendix.locator('li#correction-m3-chronology .change__where a').getAttribute('href');
  expect(href).toBe('#event-road-dispute-2019');
  await expect(page.locator('[id="event-road-dispute-2019"]')).toHaveCount(1);
});
