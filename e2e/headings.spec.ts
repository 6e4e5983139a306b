import { expect, test } from '@playwright/test';
import { chapters } from './site';

test('every section heading of every chapter has a unique id and a visible self-link with an accessible name', async ({ page }) => {
  const seen = new Set<string>();
  for (const chapter of chapters) {
    await page.goto(chapter.path);
    const headings = page.getByRole('main').locator('h2[id], h3[id]');
    const count = await headings.count();
    expect(count, chapter.id).toBeGreaterThan(0);
    for (let i = 0; i < count; i++) {
      const heading = headings.nth(i);
      const id = (await heading.getAttribute('id'))!;
      expect(seen.has(id), `#${id} is used twice`).toBe(false);
      seen.add(id);
      const text = (await heading.innerText()).trim();
      const link = page.getByRole('link', { name: `Link to the section “${text}”`, exact: true });
      await expect(link).toHaveAttribute('href', `#${id}`);
      await expect(link).toBeVisible();
    }
  }
});

test.describe('Copying a section link', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('the copy button puts the address of the section on the clipboard and says so', async ({ page }) => {
    await page.goto('border/');
    const button = page.getByRole('button', { name: 'Copy the link to the section “Vorukh”' });
    await button.click();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toMatch(/\/border\/#vorukh$/);
    await expect(page.locator('#copy-link-status')).toContainText('Link copied');
  });
});

test.describe('Without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the copy buttons stay hidden and the self-links still work', async ({ page }) => {
    await page.goto('border/');
    await expect(page.getByRole('button', { name: /Copy the link/ })).toHaveCount(0);
    await page.getByRole('link', { name: 'Link to the section “Vorukh”' }).click();
    await expect(page).toHaveURL(/#vorukh$/);
  });
});
