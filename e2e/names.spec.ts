import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { parse } from 'yaml';
import { pdfPageTexts, printToPdf, squash } from './pdf.ts';
import { headerBottom } from './site';
import { russianWords, words } from './words';

/** content/data/names.yaml as written, to check the page against. */
const rows = parse(readFileSync(new URL('../content/data/names.yaml', import.meta.url), 'utf8')) as Array<{
  id: string;
  kind: string;
  place?: string;
  sections: string[];
}>;

/** The places the map draws: the rows of places.yaml with a published position. */
const drawnPlaces = new Set(
  (parse(readFileSync(new URL('../content/data/places.yaml', import.meta.url), 'utf8')) as Array<{ id: string; latitude: number | null }>)
    .filter((place) => place.latitude !== null)
    .map((place) => place.id),
);

const entry = (page: Page, id: string) => page.locator('.name').filter({ has: page.locator(`h3[id="name-${id}"]`) });

test('every row of names.yaml is an entry under its letter, with its own id and a self-link', async ({ page }) => {
  await page.goto('names/');
  await expect(page.getByRole('heading', { level: 1, name: words.names.title })).toBeVisible();
  const entries = await page
    .locator('main .name h3')
    .evaluateAll((hs) =>
      hs.map((h) => ({ id: h.id, link: h.parentElement?.querySelector('.section-heading__link')?.getAttribute('href') })),
    );
  expect(entries.map((e) => e.id).sort()).toEqual(rows.map((row) => `name-${row.id}`).sort());
  for (const { id, link } of entries) expect(link, id).toBe(`#${id}`);

  const letters = await page
    .locator('main .names-group')
    .evaluateAll((groups) =>
      groups.map((g) => ({ letter: g.querySelector('h2')?.textContent ?? '', first: g.querySelector('h3')?.textContent ?? '' })),
    );
  for (const { letter, first } of letters) {
    const plain = first.normalize('NFD').replace(/\p{M}/gu, '').match(/\p{L}/u)?.[0]?.toUpperCase();
    expect(plain, `${first} under ${letter}`).toBe(letter);
  }
});

test('a name written with a diacritic is looked up under its plain letter: Kök-Tash is with Kok-Tash under K', async ({ page }) => {
  await page.goto('names/');
  const k = page.locator('main .names-group').filter({ has: page.getByRole('heading', { level: 2, name: 'K', exact: true }) });
  const kokTash = k.locator('.name').filter({ has: page.getByRole('heading', { level: 3, name: 'Kok-Tash', exact: true }) });
  await expect(kokTash).toContainText('Kök-Tash');
  await expect(kokTash.locator('[lang="ru"]').first()).toHaveText('Кок-Таш');
});

test('the letter jumps list only letters that have entries, and each lands on its letter below the sticky header', async ({ page }) => {
  await page.goto('names/');
  const jumps = page.getByRole('navigation', { name: words.names.lettersLabel }).getByRole('link');
  const groups = page.locator('main .names-group h2');
  await expect(jumps).toHaveText(await groups.allTextContents());
  expect(await jumps.count()).toBeGreaterThan(15);

  await jumps.filter({ hasText: /^T$/ }).click();
  await expect(page).toHaveURL(/#names-t$/);
  const heading = page.getByRole('heading', { level: 2, name: 'T', exact: true });
  await expect(heading).toBeInViewport();
  expect((await heading.boundingBox())!.y).toBeGreaterThanOrEqual(await headerBottom(page));
  expect(await heading.evaluate((h) => h.matches(':target'))).toBe(true);
});

test('on the Russian page, names in Latin letters come after Я under “A–Z”, so no Latin H stands among the Cyrillic letters', async ({
  page,
}) => {
  await page.goto('ru/names/');
  const jumps = await page.getByRole('navigation', { name: russianWords.names.lettersLabel }).getByRole('link').allTextContents();
  expect(jumps.at(-1)).toBe(russianWords.names.alphabet.otherLabel);
  for (const letter of jumps.slice(0, -1)) expect(letter).toMatch(/^\p{Script=Cyrillic}$/u);
  const latin = page
    .locator('main .names-group')
    .filter({ has: page.getByRole('heading', { level: 2, name: russianWords.names.alphabet.otherLabel, exact: true }) });
  await expect(latin.getByRole('heading', { level: 3, name: 'Human Rights Watch' })).toBeVisible();
  for (const name of await latin.locator('h3').allTextContents()) expect(name).toMatch(/^\p{Script=Latin}/u);
});

test('an entry’s self-link lands on it, marked, below the sticky header', async ({ page }) => {
  await page.goto('names/');
  await entry(page, 'tashiev')
    .getByRole('link', { name: words.names.entryLink('Kamchybek Tashiev') })
    .click();
  await expect(page).toHaveURL(/#name-tashiev$/);
  const heading = page.getByRole('heading', { level: 3, name: 'Kamchybek Tashiev' });
  await expect(heading).toBeInViewport();
  expect((await heading.boundingBox())!.y).toBeGreaterThanOrEqual(await headerBottom(page));
  await expect(entry(page, 'tashiev')).toContainText('then security chief', { ignoreCase: true });
  await expect(entry(page, 'tashiev')).not.toHaveCSS('background-color', 'rgba(0, 0, 0, 0)');
});

test('every section an entry links to exists', async ({ page }) => {
  await page.goto('names/');
  const hrefs = await page.locator('main .name__links a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
  expect(hrefs.length).toBeGreaterThanOrEqual(rows.reduce((n, row) => n + row.sections.length, 0));
  const idsByPage = Map.groupBy(
    hrefs.map((href) => new URL(href)),
    (url) => url.pathname,
  );
  expect(idsByPage.size).toBeGreaterThan(5);
  for (const [path, urls] of idsByPage) {
    await page.goto(path);
    const ids = [...new Set(urls.map((url) => decodeURIComponent(url.hash.slice(1))))];
    const missing = await page.evaluate(
      (wanted) => wanted.filter((id) => document.querySelectorAll(`[id="${CSS.escape(id)}"]`).length !== 1),
      ids,
    );
    expect(missing, path).toEqual([]);
  }
});

for (const width of [390, 1280]) {
  test(`at ${width} px, a place’s map link lands on its spot on the full map, marked`, async ({ page }) => {
    await page.setViewportSize({ width, height: 844 });
    await page.goto('names/#name-vorukh');
    await entry(page, 'vorukh').getByRole('link', { name: words.names.onMap }).click();
    await expect(page).toHaveURL(/border\/#place-vorukh$/);
    const target = page.locator('#place-vorukh');
    await expect(target).toBeInViewport();
    expect((await target.boundingBox())!.y).toBeGreaterThanOrEqual(await headerBottom(page));
    await expect(target).toHaveCSS('stroke-width', '4px');
  });
}

test('every place the map draws has its map link, and nothing else has one', async ({ page }) => {
  await page.goto('names/');
  const withMapLink = await page
    .locator('main .name')
    .filter({ has: page.getByRole('link', { name: words.names.onMap }) })
    .locator('h3')
    .evaluateAll((hs) => hs.map((h) => h.id.replace(/^name-/, '')));
  const onMap = rows.filter((row) => row.place && drawnPlaces.has(row.place)).map((row) => row.id);
  expect(onMap.length).toBeGreaterThan(10);
  expect(withMapLink.sort()).toEqual(onMap.sort());
});

test('in print, the letter jumps and self-links are gone and every entry prints', async ({ page }) => {
  await page.goto('names/');
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: words.names.lettersLabel })).toBeHidden();
  await expect(page.getByRole('banner')).toBeHidden();
  await expect(entry(page, 'tashiev').getByRole('link', { name: words.names.entryLink('Kamchybek Tashiev') })).toBeHidden();
  const text = squash((await pdfPageTexts(await printToPdf(page))).join(' '));
  expect(text).toContain(squash(words.names.title));
  for (const name of ['Ak-Sai', 'Kamchybek Tashiev', 'Treaty on the State Border (2025)', 'Zumrad']) expect(text).toContain(squash(name));
});
