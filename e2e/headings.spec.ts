import { expect, test } from '@playwright/test';
import { chapters } from './site';
import { words } from './words';

interface Heading {
  level: number;
  id: string;
  text: string;
}

/**
 * What a screen reader should meet at each section heading, in reading order: the heading, then
 * its self-link, named after it and pointing at its id. Read from one aria snapshot of the
 * article, whatever sections the headings sit in.
 */
function headingLines(headings: readonly Heading[]): string[] {
  return headings.flatMap(({ level, id, text }) => [
    `- heading ${JSON.stringify(text)} [level=${level}]`,
    `- link ${JSON.stringify(`Link to the section “${text}”`)}:`,
    `- /url: "#${id}"`,
  ]);
}

/** The lines of `wanted` that are not found in `snapshot`'s lines in the same order. */
function missingInOrder(snapshot: string, wanted: readonly string[]): string[] {
  // YAML quotes a line that holds a colon: - 'heading "1 May: …" [level=3]'
  const lines = snapshot
    .split('\n')
    .map((line) => line.trim().replace(/^- '(.*)'(:?)$/, (_, inner: string, colon: string) => `- ${inner.replaceAll("''", "'")}${colon}`));
  let at = 0;
  const missing: string[] = [];
  for (const line of wanted) {
    const found = lines.indexOf(line, at);
    if (found === -1) missing.push(line);
    else at = found + 1;
  }
  return missing;
}

for (const chapter of chapters) {
  test(`every section heading of the “${chapter.id}” chapter has a unique id and a visible self-link named after it`, async ({ page }) => {
    await page.goto(chapter.path);
    const article = page.getByRole('main').getByRole('article');
    const headings: Heading[] = await article
      .locator('h2[id], h3[id]')
      .evaluateAll((elements) =>
        elements.map((h) => ({ level: Number(h.tagName.slice(1)), id: h.id, text: (h.textContent ?? '').trim() })),
      );
    expect(headings.length).toBeGreaterThan(0);
    const ids = headings.map((h) => h.id);
    expect(
      ids.filter((id, i) => ids.indexOf(id) !== i),
      'ids used twice',
    ).toEqual([]);
    // Besides the article's: the printed list of the chapter's sources (its test is below) and the
    // chapter's corrections, which follow the article with their own self-link (e2e/changes.spec.ts).
    await expect(
      page.getByRole('main').locator(':is(h2, h3)[id]:not(.chapter-sources h2):not(.chapter-corrections h2)'),
      'every section heading is in the article',
    ).toHaveCount(headings.length);
    expect(
      missingInOrder(await article.ariaSnapshot(), headingLines(headings)),
      'headings and self-links missing from what a screen reader meets',
    ).toEqual([]);
    const selfLinks = article.locator('a.section-heading__link');
    await expect(selfLinks).toHaveCount(headings.length);
    const hidden = await selfLinks.evaluateAll((links) =>
      links
        .filter((a) => !a.checkVisibility({ visibilityProperty: true }) || a.getBoundingClientRect().width === 0)
        .map((a) => a.getAttribute('href')),
    );
    expect(hidden, 'self-links that cannot be seen').toEqual([]);
  });
}

// The chapter's own list of sources prints at its end and stays hidden on screen (the previews
// read it): its heading is reached in the document as the others are, by id and self-link.
for (const chapter of chapters) {
  test(`the “${chapter.id}” chapter’s list of sources has a heading with an id of its own and a self-link`, async ({ page }) => {
    await page.goto(chapter.path);
    const sources = page.getByRole('region', { name: 'Sources', exact: true, includeHidden: true });
    await expect(sources.getByRole('heading', { name: 'Sources', level: 2, includeHidden: true })).toHaveAttribute(
      'id',
      `sources-${chapter.id}`,
    );
    await expect(sources.getByRole('link', { name: 'Link to the section “Sources”', includeHidden: true })).toHaveAttribute(
      'href',
      `#sources-${chapter.id}`,
    );
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
    // Said once the clipboard has the address: only then is it this test's, not an earlier one's.
    await expect(page.locator('#copy-link-status')).toContainText(words.linkCopied);
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toMatch(/\/border\/#vorukh$/);
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
