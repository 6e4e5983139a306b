import { expect, test } from '@playwright/test';
import { allPages, chapters } from './site';

test.describe('With JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('every page shows the same text as with JavaScript on', async ({ page, browser }) => {
    const withScripts = await browser.newPage();
    for (const { path } of allPages) {
      await withScripts.goto(path);
      const expected = await withScripts.getByRole('main').innerText();
      await page.goto(path);
      expect(await page.getByRole('main').innerText(), path).toBe(expected);
    }
    await withScripts.close();
  });

  test('the chapter menu opens on a phone without scripts', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 800 });
    await page.goto('border/');
    const nav = page.getByRole('navigation', { name: 'Chapters of the explainer' });
    await nav.getByText('Chapters', { exact: true }).click();
    await nav.getByRole('link', { name: '2022 clashes' }).click();
    await expect(page).toHaveURL(/\/clashes-2022\/$/);
  });

  test('the contents of a chapter are beside the text on a wide screen and every entry leads to its section', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    for (const chapter of chapters) {
      await page.goto(chapter.path);
      const toc = page.getByRole('navigation', { name: 'On this page' });
      const entries = toc.getByRole('link');
      await expect(entries.first()).toBeVisible();
      for (const href of await entries.evaluateAll((as) => as.map((a) => a.getAttribute('href')!))) {
        await expect(page.locator(`[id="${href.slice(1)}"]`)).toHaveCount(1);
      }
    }
  });
});
