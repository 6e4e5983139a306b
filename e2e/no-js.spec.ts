import { expect, test } from '@playwright/test';
import { allPages, chapters } from './site';
import { words } from './words';

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
        const expected = await scripted.getByRole('main').innerText();

        await page.goto(path);
        await expect(page.locator(':not(:defined)'), 'the same elements, left undefined without scripts').toHaveCount(enhanced);
        // Sections off screen are laid out when the browser gets to them (content-visibility), which
        // on a busy machine can be after the first read of the text: read it until it settles.
        await expect.poll(() => page.getByRole('main').innerText()).toBe(expected);
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
