import { expect, test, type Page } from '@playwright/test';
import { words } from './words';

/**
 * Scrolls down most of a screen at a time, a frame between steps, as a reader does, until the
 * element is on screen, then brings it to the top. (One jump far down would land before the
 * sections above the target, skipped until then by content-visibility, were laid out and grew.)
 */
async function readDownTo(page: Page, id: string): Promise<void> {
  await page.evaluate(async (target) => {
    const element = document.getElementById(target)!;
    const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
    for (let step = 0; step < 200 && element.getBoundingClientRect().top > innerHeight; step++) {
      const before = scrollY;
      scrollBy(0, innerHeight * 0.8);
      await frame();
      await frame();
      if (scrollY === before) break;
    }
    element.scrollIntoView({ block: 'start' });
  }, id);
}

test.describe('On a wide screen', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test('the contents mark the section being read as the reader moves through the chapter', async ({ page }) => {
    await page.goto('border/');
    const toc = page.getByRole('navigation', { name: words.onThisPage });
    await readDownTo(page, 'golovnoi');
    await expect(toc.getByRole('link', { name: 'Golovnoi water-distribution point' })).toHaveAttribute('aria-current', 'true');
    await readDownTo(page, 'incident-1989');
    await expect(toc.getByRole('link', { name: 'The 1989 clash' })).toHaveAttribute('aria-current', 'true');
    await expect(toc.locator('[aria-current]')).toHaveCount(1);
  });
});

test.describe('On a phone', () => {
  test.use({ viewport: { width: 390, height: 800 } });

  test('the contents start folded and open to lead to a section', async ({ page }) => {
    await page.goto('clashes-2021/');
    const toc = page.getByRole('navigation', { name: words.onThisPage });
    const entry = toc.getByRole('link', { name: 'How it ended' });
    await expect(entry).toBeHidden();
    await toc.getByText(words.onThisPage).click();
    await entry.click();
    await expect(page).toHaveURL(/#ending-2021$/);
    await expect(page.locator('#ending-2021')).toBeInViewport();
  });
});
