import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { allPages } from './site';

/** Every link on the page that stays on the site, as absolute URLs. */
async function internalLinks(page: Page): Promise<string[]> {
  const origin = new URL(page.url()).origin;
  // A link inside an SVG (the map's markers) has no string href; resolve its attribute instead.
  const hrefs = await page.locator('a[href]').evaluateAll((as) => as.map((a) => new URL(a.getAttribute('href')!, document.baseURI).href));
  return hrefs.filter((href) => new URL(href).origin === origin);
}

/**
 * The ids a page's HTML gives its elements, as served (the fragments a link may point at must
 * be there without scripts). Astro writes every attribute in double quotes.
 */
async function idsIn(request: APIRequestContext, url: string): Promise<Set<string>> {
  const html = await (await request.get(url)).text();
  return new Set([...html.matchAll(/<[a-zA-Z][^>]*?\sid="([^"]*)"/g)].map((match) => match[1]!));
}

for (const { path } of allPages) {
  test(`every internal link and fragment on /${path} resolves`, async ({ page, request }) => {
    await page.goto(path);
    const from = page.url();
    const links = await internalLinks(page);
    expect(links.length, 'the page has internal links').toBeGreaterThan(0);
    const statuses = new Map<string, Promise<number>>();
    const ids = new Map<string, Promise<Set<string>>>();
    const broken: string[] = [];
    for (const link of links) {
      const url = new URL(link);
      const target = `${url.origin}${url.pathname}`;
      if (!statuses.has(target))
        statuses.set(
          target,
          request.get(target).then((response) => response.status()),
        );
      const status = await statuses.get(target)!;
      if (status !== 200) {
        broken.push(`${from} → ${link} (${status})`);
        continue;
      }
      if (url.hash && url.pathname.endsWith('/')) {
        if (!ids.has(target))
          ids.set(
            target,
            target === from
              ? page
                  .locator('[id]')
                  .evaluateAll((els) => els.map((el) => el.id))
                  .then((found) => new Set(found))
              : idsIn(request, target),
          );
        if (!(await ids.get(target)!).has(decodeURIComponent(url.hash.slice(1)))) broken.push(`${from} → ${link} (no such id)`);
      }
    }
    expect(broken).toEqual([]);
  });
}

test('every citation links to its source in the numbered list', async ({ page }) => {
  await page.goto('clashes-2022/');
  const citation = page.locator('sup.cite a').first();
  const number = (await citation.innerText()).trim();
  await citation.click();
  await expect(page).toHaveURL(/\/sources\/#source-/);
  const entry = page.locator(':target');
  await expect(entry).toBeInViewport();
  // The number the list shows: an item's own value, else one more than the item before it.
  const shown = await entry.evaluate((li) => {
    const list = li.parentElement as HTMLOListElement;
    let n = list.start - 1;
    for (const item of list.children) {
      n = item.hasAttribute('value') ? (item as HTMLLIElement).value : n + 1;
      if (item === li) break;
    }
    return n;
  });
  expect(shown).toBe(Number(number));
  expect(await entry.evaluate((li) => getComputedStyle(li).listStyleType), 'the number is shown').toBe('decimal');
});

test('a source read on a copy site is marked as a copy and named by whose text it is', async ({ page }) => {
  /** The first citation of a source in the text, a link named by its number. */
  const citationOf = (sourceId: string) =>
    page
      .getByRole('article')
      .getByRole('link', { name: /^Source \d+$/ })
      .and(page.locator(`[href$="#source-${sourceId}"]`))
      .first();
  await page.goto('clashes-2022/');
  // The Keh post report of 14 June 2022 is Reuters's text as Devdiscourse republished it.
  await citationOf('reuters-2022-06-14').click();
  const copy = page.locator(':target');
  await expect(copy).toBeInViewport();
  await expect(copy).toContainText('Reuters, via Devdiscourse');
  await expect(copy.locator('.source-list__copy')).toHaveText(/copy/i);

  await page.goto('clashes-2022/');
  await citationOf('khovar-2022-09-17').click();
  await expect(page.locator(':target')).toContainText('Khovar (English)');
  await expect(page.locator(':target .source-list__copy'), 'an original is not marked as a copy').toHaveCount(0);
});
