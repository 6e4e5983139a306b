import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { allPages } from './site';
import { words } from './words';

/**
 * What axe leaves out on a page: on /print/, the chapters' text and the source list, each checked
 * on its own page. The rest of the print edition (title page, contents, chapter openings, the
 * appendix and the page frame) is checked there.
 */
const CHECKED_ELSEWHERE: Record<string, string[]> = {
  'print/': ['.print-chapter .prose', '.print-chapter .source-list'],
};

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`In the ${colorScheme} colour scheme`, () => {
    test.use({ colorScheme });
    // The Russian edition is drawn by the same components: its home page, its chapter with the most
    // figures and its sources are checked (axe takes 10–20 s a chapter; all twelve would add four minutes).
    for (const { path } of [
      ...allPages,
      { path: 'no-such-page/' },
      { path: 'ru/' },
      { path: 'ru/clashes-2022/' },
      { path: 'ru/sources/' },
    ]) {
      const excluded = CHECKED_ELSEWHERE[path] ?? [];
      test(`axe finds no WCAG 2.2 A or AA violations on /${path}${excluded.length ? ' outside the chapters and sources checked on their own pages' : ''}`, async ({
        page,
      }) => {
        // axe weighs the colour contrast of every text node: 10–20 s a chapter on two busy cores.
        test.setTimeout(120_000);
        await page.goto(path);
        // axe.run in the page itself ("legacy mode") rather than a partial run here and its results
        // finished in a second, blank page: the same rules and results, three to four times faster.
        // What legacy mode gives up is cross-origin frames, and the site's pages have no frames.
        expect(page.frames(), 'frames axe would have to reach across origins').toHaveLength(1);
        // Only violations are asserted on, so axe need not gather the details of every passing node.
        let axe = new AxeBuilder({ page })
          .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
          .options({ resultTypes: ['violations'] })
          .setLegacyMode();
        for (const selector of excluded) {
          await expect(page.locator(selector).first(), `${selector} is there to leave out`).toBeAttached();
          axe = axe.exclude(selector);
        }
        const results = await axe.analyze();
        expect(results.violations.map((v) => `${v.id}: ${v.nodes.length} × ${v.nodes[0]?.target.join(' ')} — ${v.help}`)).toEqual([]);
      });
    }
  });
}

test.describe('On a phone', () => {
  test.use({ viewport: { width: 320, height: 700 } });
  for (const { path } of allPages) {
    test(`the page at /${path} does not scroll sideways at 320 px`, async ({ page }) => {
      await page.goto(path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
    });
  }

  test('the skip link is the first thing a keyboard reaches and it moves focus to the text', async ({ page }) => {
    await page.goto('border/');
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: words.skipToContent });
    await expect(skip).toBeFocused();
    await expect(skip).toBeInViewport();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('main')).toBeFocused();
  });
});
