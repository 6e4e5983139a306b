import { expect, test, type Page } from '@playwright/test';
import { allPages, chapters } from './site';
import { words } from './words';

/**
 * The text of the page's main region with every section laid out: sections off screen skip
 * their layout (content-visibility: auto) and innerText leaves out what is not laid out, so
 * without this the comparison would depend on what each page had got to.
 */
async function mainText(page: Page): Promise<string> {
  await page.locator('main *').evaluateAll((elements) => {
    for (const element of elements) {
      if (getComputedStyle(element).contentVisibility === 'auto') (element as HTMLElement).style.contentVisibility = 'visible';
    }
  });
  return page.getByRole('main').innerText();
}

test.describe('With JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  for (const { path } of allPages) {
    test(`the page at /${path} shows the same text as with JavaScript on`, async ({ page, browser }) => {
      // A context of its own, JavaScript on by name: the test's own options turn it off.
      const withScripts = await browser.newContext({ javaScriptEnabled: true });
      try {
        const scripted = await withScripts.newPage();
        await scripted.goto(path);
        // Every enhancement is a custom element; once the page's scripts have run, all are defined.
        await expect(scripted.locator(':not(:defined)'), 'elements no script defined').toHaveCount(0);
        const enhanced = await scripted
          .locator('body *')
          .evaluateAll((elements) => elements.filter((element) => element.localName.includes('-')).length);
        if (await scripted.locator('script').count()) expect(enhanced, 'a page with scripts has elements they enhance').toBeGreaterThan(0);
        const expected = await mainText(scripted);

        await page.goto(path);
        await expect(page.locator(':not(:defined)'), 'the same elements, left undefined without scripts').toHaveCount(enhanced);
        expect(await mainText(page)).toBe(expected);
      } finally {
        await withScripts.close();
      }
    });
  }

  test('the chapter menu opens on a phone without scripts', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 800 });
    await page.goto('border/');
    const nav = page.getByRole('navigation', { name: words.mainNavigation });
    await nav.getByText(words.chapters, { exact: true }).click();
    await nav.getByRole('link', { name: '2022 clashes' }).click();
    await expect(page).toHaveURL(/\/clashes-2022\/$/);
  });

  for (const chapter of chapters) {
    test(`the contents of the “${chapter.id}” chapter are beside the text on a wide screen and every entry leads to its section`, async ({
      page,
    }) => {
      await page.setViewportSize({ width: 1280, height: 800 });
      await page.goto(chapter.path);
      const toc = page.getByRole('navigation', { name: words.onThisPage });
      const entries = toc.getByRole('link');
      await expect(entries.first()).toBeVisible();
      const targets = await entries.evaluateAll((as) => as.map((a) => a.getAttribute('href')!.slice(1)));
      const missing = await page.evaluate(
        (ids) => ids.filter((id) => document.querySelectorAll(`[id="${CSS.escape(id)}"]`).length !== 1),
        targets,
      );
      expect(missing, 'entries whose section is missing or not unique').toEqual([]);
    });
  }
});
