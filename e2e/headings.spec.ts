import { expect, test } from '@playwright/test';
import { stringify } from 'yaml';
import { chapters } from './site';

interface Heading {
  level: number;
  id: string;
  text: string;
}

/**
 * What a screen reader should meet at each section heading, as an aria snapshot: the heading,
 * then its self-link, named after it and pointing at its id.
 */
function headingsSnapshot(headings: readonly Heading[]): string {
  const entries = headings.flatMap(({ level, id, text }) => [
    `heading ${JSON.stringify(text)} [level=${level}]`,
    { [`link ${JSON.stringify(`Link to the section “${text}”`)}`]: [{ '/url': `#${id}` }] },
  ]);
  return stringify([{ article: entries }]);
}

for (const chapter of chapters) {
  test(`every section heading of the “${chapter.id}” chapter has a unique id and a visible self-link named after it`, async ({ page }) => {
    await page.goto(chapter.path);
    const article = page.getByRole('main').getByRole('article');
    const headings: Heading[] = await article.locator('h2[id], h3[id]').evaluateAll((elements) =>
      elements.map((h) => ({ level: Number(h.tagName.slice(1)), id: h.id, text: (h as HTMLElement).innerText.trim() })),
    );
    expect(headings.length).toBeGreaterThan(0);
    const ids = headings.map((h) => h.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i), 'ids used twice').toEqual([]);
    await expect(page.getByRole('main').locator('h2[id], h3[id]'), 'every section heading is in the article').toHaveCount(headings.length);
    await expect(article).toMatchAriaSnapshot(headingsSnapshot(headings));
    const selfLinks = article.locator('a.section-heading__link');
    await expect(selfLinks).toHaveCount(headings.length);
    const hidden = await selfLinks.evaluateAll((links) =>
      links.filter((a) => !a.checkVisibility({ visibilityProperty: true }) || a.getBoundingClientRect().width === 0).map((a) => a.getAttribute('href')),
    );
    expect(hidden, 'self-links that cannot be seen').toEqual([]);
  });
}

test('no two chapters use the same section id', async ({ request }) => {
  const owners = new Map<string, string[]>();
  for (const chapter of chapters) {
    const html = await (await request.get(chapter.path)).text();
    for (const [, id] of html.matchAll(/<h[23]\b[^>]*\sid="([^"]+)"/g)) owners.set(id!, [...(owners.get(id!) ?? []), chapter.id]);
  }
  expect(owners.size).toBeGreaterThan(chapters.length);
  expect([...owners].filter(([, pages]) => pages.length > 1)).toEqual([]);
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
