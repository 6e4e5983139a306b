import { expect, test, type Page } from '@playwright/test';
import { chapters } from './site';

/**
 * The reader's words of a chapter's text in order, citation numbers and figures left out, and
 * the number of words that come before the element matching `stop` (or all of them).
 */
async function proseWords(page: Page, stop?: string): Promise<{ words: string[]; before: number }> {
  return page.getByRole('article').evaluate((article, stopSelector) => {
    const copy = article.cloneNode(true) as HTMLElement;
    const marker = stopSelector ? copy.querySelector(stopSelector) : null;
    if (marker) marker.replaceWith(document.createTextNode(' \u2063STOP\u2063 '));
    copy.querySelectorAll('.cite, figure, details, .section-heading__link, copy-link').forEach((el) => el.remove());
    const all = (copy.textContent ?? '').split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
    const at = all.indexOf('\u2063STOP\u2063');
    const words = all.filter((w) => w !== '\u2063STOP\u2063');
    return { words, before: at < 0 ? words.length : at };
  }, stop);
}

test('the home page gives the tolls, the evacuation and the treaty, with sources, in its first 250 words', async ({ page }) => {
  await page.goto('');
  const { words } = await proseWords(page);
  const opening = words.slice(0, 250).join(' ');
  for (const figure of ['36', '19', '62', '63', '41', '137,000', '13 March 2025']) expect(opening, figure).toContain(figure);
  // The paragraph where each toll first appears cites a source.
  for (const figure of ['36', '62', '41', '137,000']) {
    const paragraph = page
      .getByRole('article')
      .locator('p')
      .filter({ hasText: new RegExp(`(^|\\s)${figure}\\b`) })
      .first();
    await expect(paragraph.getByRole('link', { name: /^Source \d+$/ }).first(), figure).toBeVisible();
  }
});

test('the home page shows the casualty comparison before 400 words, and key figures as 4 to 6 sourced, dated cards', async ({ page }) => {
  await page.goto('');
  const { before } = await proseWords(page, '#figure-casualties');
  expect(before).toBeLessThan(400);
  const cards = page.getByRole('article').locator('.key-figures > li');
  const count = await cards.count();
  expect(count).toBeGreaterThanOrEqual(4);
  expect(count).toBeLessThanOrEqual(6);
  for (let i = 0; i < count; i++) {
    await expect(
      cards
        .nth(i)
        .getByRole('link', { name: /^Source \d+$/ })
        .first(),
    ).toBeVisible();
    await expect(cards.nth(i)).toContainText(/\b(19|20)\d\d\b/);
  }
  const fullTable = page.getByText('Every key figure, each version with its source');
  await expect(page.getByRole('article').getByRole('table').first()).toBeHidden();
  await fullTable.click();
  await expect(page.getByRole('article').getByRole('table').first()).toBeVisible();
});

test('“The story in brief” on the home page takes at most 350 words', async ({ page }) => {
  await page.goto('');
  const words = await page.getByRole('article').evaluate((article) => {
    const start = article.querySelector('#story-in-brief')!.closest('.section-heading')!;
    let count = 0;
    for (let el = start.nextElementSibling; el && !el.matches('.section-heading--h2'); el = el.nextElementSibling) {
      const copy = el.cloneNode(true) as HTMLElement;
      copy.querySelectorAll('.cite, .section-heading__link, copy-link').forEach((c) => c.remove());
      count += (copy.textContent ?? '').split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
    }
    return count;
  });
  expect(words).toBeGreaterThan(100);
  expect(words).toBeLessThanOrEqual(350);
});

for (const chapter of chapters.filter((c) => c.id !== 'overview')) {
  test(`/${chapter.path} opens with “In brief”: three to five points, each with a number`, async ({ page }) => {
    await page.goto(chapter.path);
    const article = page.getByRole('article');
    await expect(article.getByRole('heading', { level: 2 }).first()).toHaveText('In brief');
    const firstBlock = article.locator(':scope > *').first();
    await expect(firstBlock.getByRole('heading', { name: 'In brief' })).toBeVisible();
    const points = article.locator('.section-heading:has(h2) + ul').first().getByRole('listitem');
    const count = await points.count();
    expect(count).toBeGreaterThanOrEqual(3);
    expect(count).toBeLessThanOrEqual(5);
    for (let i = 0; i < count; i++) await expect(points.nth(i)).toContainText(/\d/);
  });
}

test('/clashes-2022/ gives the first count, 24, the latest Kyrgyz counts, 62 and 63, and Tajikistan’s 41 in its first 250 words', async ({
  page,
}) => {
  await page.goto('clashes-2022/');
  const { words } = await proseWords(page);
  const opening = words.slice(0, 250);
  for (const figure of ['24', '62', '63', '41'])
    expect(
      opening.some((w) => w.replace(/[^\d,]/g, '') === figure),
      figure,
    ).toBe(true);
});

test('/clashes-2022/ shows its map and its toll chart within its first 500 words', async ({ page }) => {
  await page.goto('clashes-2022/');
  for (const figure of ['#figure-map-2022', '#figure-toll-2022']) {
    await expect(page.locator(figure)).toBeAttached();
    const { before } = await proseWords(page, figure);
    expect(before, figure).toBeGreaterThan(100);
    expect(before, figure).toBeLessThanOrEqual(500);
  }
});

test('the “In brief” of /clashes-2022/ tells the Samarkand ceasefire: its date and the two presidents who agreed it', async ({ page }) => {
  await page.goto('clashes-2022/');
  const brief = page.getByRole('article').locator('.section-heading:has(#brief-2022) + ul');
  const point = brief.getByRole('listitem').filter({ hasText: 'ceasefire' });
  await expect(point).toHaveCount(1);
  for (const fact of ['16 September', 'Samarkand', 'Sadyr Japarov', 'Emomali Rahmon']) await expect(point).toContainText(fact);
  await expect(point.getByRole('link', { name: /^Source \d+$/ }).first()).toBeVisible();
});
