import { expect, test } from '@playwright/test';

test.describe('On a wide screen', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test('the contents mark the section being read as the reader moves through the chapter', async ({ page }) => {
    await page.goto('border/');
    const toc = page.getByRole('navigation', { name: 'On this page' });
    await page.evaluate(() => document.getElementById('golovnoi')!.scrollIntoView({ block: 'start' }));
    await expect(toc.getByRole('link', { name: 'Golovnoi water-distribution point' })).toHaveAttribute('aria-current', 'true');
    await page.evaluate(() => document.getElementById('incident-1989')!.scrollIntoView({ block: 'start' }));
    await expect(toc.getByRole('link', { name: 'The 1989 clash' })).toHaveAttribute('aria-current', 'true');
    await expect(toc.locator('[aria-current]')).toHaveCount(1);
  });
});

test.describe('On a phone', () => {
  test.use({ viewport: { width: 390, height: 800 } });

  test('the contents start folded and open to lead to a section', async ({ page }) => {
    await page.goto('clashes-2021/');
    const toc = page.getByRole('navigation', { name: 'On this page' });
    const entry = toc.getByRole('link', { name: 'How it ended' });
    await expect(entry).toBeHidden();
    await toc.getByText('On this page').click();
    await entry.click();
    await expect(page).toHaveURL(/#ending-2021$/);
    await expect(page.locator('#ending-2021')).toBeInViewport();
  });
});
