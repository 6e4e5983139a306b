import { expect, test } from '@playwright/test';
import { allPages, chapters } from './site';
import { words } from './words';

test.describe('Every page renders', () => {
  for (const { path, title } of allPages) {
    test(`the page at /${path} answers 200 with its title as the main heading`, async ({ page }) => {
      const response = await page.goto(path);
      expect(response?.status()).toBe(200);
      await expect(page.getByRole('heading', { level: 1, name: title }).first()).toBeVisible();
      await expect(page).toHaveTitle(new RegExp(title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
    });
  }

  test('a stale link gets the 404 page, which lists every chapter', async ({ page, baseURL }) => {
    const response = await page.goto('no-such-chapter/');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1, name: words.notFoundTitle })).toBeVisible();
    const list = page.getByRole('main').getByRole('navigation', { name: words.chapters });
    // Every chapter, then the chronology, the sources and the print edition.
    await expect(list.getByRole('link')).toHaveCount(chapters.length + 3);
    const hrefs = await list.getByRole('link').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    for (const path of [...chapters.map((c) => c.path), 'chronology/', 'sources/', 'print/'])
      expect(hrefs).toContain(new URL(path, baseURL).pathname);
  });

  for (const [index, chapter] of chapters.entries()) {
    const previous = chapters[index - 1];
    const next = chapters[index + 1];
    test(`the “${chapter.id}” chapter links to the chapters before and after it in reading order`, async ({ page, baseURL }) => {
      await page.goto(chapter.path);
      const nav = page.getByRole('navigation', { name: words.chapterNavigation });
      await expect(nav.getByRole('link')).toHaveCount((previous ? 1 : 0) + (next ? 1 : 0));
      if (next) await expect(nav.locator('a[rel="next"]')).toHaveAttribute('href', new RegExp(`${next.path}$`));
      if (previous) await expect(nav.locator('a[rel="prev"]')).toHaveAttribute('href', new URL(previous.path, baseURL).pathname);
    });

    test(`the “${chapter.id}” chapter shows when it was last updated`, { tag: '@base-independent' }, async ({ page }) => {
      await page.goto(chapter.path);
      const updated = page.getByText(/Last updated: \d{1,2} \w+ \d{4}/);
      await expect(updated).toBeVisible();
      await expect(updated.locator('time')).toHaveAttribute('datetime', chapter.updated);
    });
  }
});
