/**
 * The Russian edition as its readers meet it: every page under /ru/ in Russian, the same sections
 * at the same ids, a language switch that keeps the reader's place, and a Russian not-found page
 * where hosts look for it. Share previews, hreflang and the sitemap are checked with the English
 * in share-metadata.spec.ts; console errors and the policy in console.spec.ts.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, test, type Page } from '@playwright/test';
import { headerBottom, publishedAnchors, relative, russianPages } from './site';
import { russianWords, words } from './words';

test('every Russian page is served in Russian, titled in Russian, with a way to the same page in English', async ({ request }) => {
  for (const { path, title } of russianPages) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    const html = await response.text();
    expect(/<html lang="([^"]+)"/.exec(html)?.[1], path).toBe('ru');
    expect(/<title>([^<]*)<\/title>/.exec(html)?.[1], path).toContain(title.replace(/&/g, '&amp;'));
    const english = `/${path.slice('ru/'.length)}`;
    expect(html, `${path} links its English page`).toMatch(
      new RegExp(`<a href="[^"]*${english.replace(/[/]/g, '\\/')}"[^>]* lang="en" hreflang="en" data-language-switch`),
    );
  }
});

/**
 * Clicks the language switch where it is, as a reader does: Playwright's click would first scroll
 * it "into view", which for a link in a sticky header moves the page away from the reader's place.
 */
async function clickSwitch(page: Page, languageName: string) {
  const box = (await page.getByRole('banner').getByRole('link', { name: languageName }).boundingBox())!;
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
}

/** The heading with an id, and whether it sits whole below the sticky header in the viewport. */
async function expectLandedOn(page: Page, id: string) {
  const heading = page.locator(`[id="${id}"]`);
  await expect(heading).toBeInViewport();
  expect((await heading.boundingBox())!.y, `#${id} is below the header`).toBeGreaterThanOrEqual(await headerBottom(page));
}

test('a deep link into a Russian chapter lands on the section the English link names, below the header', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('ru/clashes-2022/#casualties-2022');
  await expectLandedOn(page, 'casualties-2022');
  await expect(page.locator('#casualties-2022')).toHaveText(/Потери/);
});

test('every published anchor, aliases included, resolves on the Russian page as on the English', async ({ page }) => {
  const byPage = Map.groupBy(publishedAnchors(), (anchor) => anchor.page);
  for (const [path, anchors] of byPage) {
    await page.goto(`ru/${relative(path)}`);
    const ids = anchors.map((anchor) => anchor.id);
    const counts = await page.evaluate((wanted) => wanted.map((id) => document.querySelectorAll(`[id="${CSS.escape(id)}"]`).length), ids);
    expect(Object.fromEntries(ids.map((id, i) => [`/ru${path}#${id}`, counts[i]]))).toEqual(
      Object.fromEntries(ids.map((id) => [`/ru${path}#${id}`, 1])),
    );
  }
});

test('the language switch takes a reader to the section they are at, in Russian and back in English', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('clashes-2022/#casualties-2022');
  await expectLandedOn(page, 'casualties-2022');
  await clickSwitch(page, russianWords.languageName);
  await expect(page).toHaveURL(/\/ru\/clashes-2022\/#casualties-2022$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
  await expectLandedOn(page, 'casualties-2022');

  // Scrolled further down in Russian, and back: the section the reader scrolled to is the one kept.
  const laterSection = await page.locator('main h2[id]').evaluateAll((headings) =>
    headings
      .filter((h) => (h as HTMLElement).checkVisibility())
      .map((h) => h.id)
      .at(-2)!,
  );
  expect(laterSection).not.toBe('casualties-2022');
  await page.evaluate((id) => document.getElementById(id)!.scrollIntoView(), laterSection);
  await expectLandedOn(page, laterSection);
  await clickSwitch(page, words.languageName);
  await expect(page).toHaveURL(new RegExp(`/clashes-2022/#${laterSection}$`));
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expectLandedOn(page, laterSection);
});

test.describe('Without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the language switch leads to the top of the same page in the other language', async ({ page }) => {
    await page.goto('ru/border/');
    await page.getByRole('link', { name: words.languageName }).click();
    await expect(page).toHaveURL(/\/border\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toBeInViewport();
  });
});

test('an unknown address under /ru/ gets the Russian not-found page, which hosts serve from /ru/404.html and whose switch leads to the English home page', async ({
  page,
}) => {
  const redirects = readFileSync(fileURLToPath(new URL('../dist/_redirects', import.meta.url)), 'utf8');
  expect(redirects).toMatch(/^\/ru\/\*\s+\/ru\/404\.html\s+404$/m);
  await page.goto('ru/404.html');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
  await expect(page.getByRole('heading', { level: 1, name: russianWords.notFoundTitle })).toBeVisible();
  await expect(page.locator('head link[rel="alternate"][hreflang]')).toHaveCount(0);
  // No twin page to switch to: the switch leads to the other language's home page, not to a 404.
  const englishHome = new URL(page.url()).pathname.replace(/ru\/404\.html$/, '');
  await expect(page.getByRole('link', { name: words.languageName, exact: true })).toHaveAttribute('href', englishHome);
});

test('a source title in another language than the page is marked as such, so a screen reader speaks it in its own', async ({ page }) => {
  await page.goto('ru/sources/');
  await expect(page.locator('#source-kazinform-2022-01-28 [lang="en"]')).toHaveText(/^«10 injured, 2 died in conflict/);
  await expect(page.locator('#source-german-wikipedia-n34 [lang="de"]')).toHaveText('«Woruch»');
  await expect(page.locator('#source-utrk-2021 [lang]'), 'a title in brackets is the edition’s own words').toHaveCount(0);
  await page.goto('sources/');
  await expect(page.locator('#source-russian-wikipedia-n38 [lang="ru"]')).toHaveCount(1);
  await expect(page.locator('#source-kazinform-2022-01-28 [lang]')).toHaveCount(0);
});
