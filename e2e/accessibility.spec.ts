import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { allPages } from './site';

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`In the ${colorScheme} colour scheme`, () => {
    test.use({ colorScheme });
    for (const { path } of [...allPages, { path: 'no-such-page/' }]) {
      test(`axe finds no WCAG 2.2 A or AA violations on /${path}`, async ({ page }) => {
        // The print edition is every chapter and figure at once; axe needs longer for it.
        test.setTimeout(90_000);
        await page.goto(path);
        const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
        expect(results.violations.map((v) => `${v.id}: ${v.nodes.length} × ${v.nodes[0]?.target.join(' ')} — ${v.help}`)).toEqual([]);
      });
    }
  });
}

test.describe('On a phone', () => {
  test.use({ viewport: { width: 320, height: 700 } });
  test('no chapter scrolls sideways at 320 px', async ({ page }) => {
    for (const { path } of allPages) {
      await page.goto(path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, path).toBeLessThanOrEqual(0);
    }
  });

  test('the skip link is the first thing a keyboard reaches and it moves focus to the text', async ({ page }) => {
    await page.goto('border/');
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to the text' });
    await expect(skip).toBeFocused();
    await expect(skip).toBeInViewport();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('main')).toBeFocused();
  });
});
