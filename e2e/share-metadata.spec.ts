import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { allPages, chapters, figures, publishedRoot, russianChapters, russianPages } from './site';
import { russianWords, words } from './words';

/** Width and height from a PNG's IHDR chunk, or undefined when the bytes are not a PNG. */
function pngSize(bytes: Buffer): { width: number; height: number } | undefined {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (bytes.length < 24 || signature.some((b, i) => bytes[i] !== b) || bytes.toString('latin1', 12, 16) !== 'IHDR') return undefined;
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** The content of `<meta property=…>` (Open Graph) or `<meta name=…>` (Twitter, description). */
async function meta(page: Page, key: string): Promise<string | null> {
  const tags = page.locator(`head meta[property="${key}"], head meta[name="${key}"]`);
  await expect(tags, `exactly one ${key}`).toHaveCount(1);
  return tags.getAttribute('content');
}

/** Asks the preview server for an absolute URL on the published site, by its path. */
function fetchPublished(request: APIRequestContext, baseURL: string | undefined, url: string) {
  return request.get(new URL(new URL(url).pathname, baseURL).href);
}

const chapterByPath = new Map([...chapters, ...russianChapters].map((c) => [c.path, c]));

/** Each edition's pages, with the words its previews are in and the prefix of its share cards. */
const editions = [
  { pages: allPages, words, prefix: '' },
  { pages: russianPages, words: russianWords, prefix: 'ru/' },
];

test.describe('Shared links look right', () => {
  for (const { pages, words, prefix } of editions)
    for (const { path, title } of pages) {
      const chapter = chapterByPath.get(path);
      // The same page in the other edition: the path with the prefix taken off or put on.
      const english = prefix ? path.slice(prefix.length) : path;
      test(`the page at /${path} gives link previews its title, sentence, address and picture in its language, names its other language, and never loads the picture`, async ({
        page,
        request,
        baseURL,
      }) => {
        const pngRequests: string[] = [];
        page.on('request', (r) => {
          if (r.url().includes('/og/')) pngRequests.push(r.url());
        });
        await page.goto(path);
        await page.evaluate(async () => void (await document.fonts.ready));
        expect(pngRequests, 'the page itself loads no share picture').toEqual([]);
        const address = new URL(path, publishedRoot).href;

        await expect(page.locator('head link[rel="canonical"]')).toHaveAttribute('href', address);
        expect(await meta(page, 'og:url')).toBe(address);
        const alternates = Object.fromEntries(
          await page
            .locator('head link[rel="alternate"][hreflang]')
            .evaluateAll((links) => links.map((l) => [l.getAttribute('hreflang'), l.getAttribute('href')])),
        );
        expect(alternates).toEqual({
          en: new URL(english, publishedRoot).href,
          ru: new URL(`ru/${english}`, publishedRoot).href,
          'x-default': new URL(english, publishedRoot).href,
        });
        expect(await meta(page, 'og:type')).toBe(chapter && chapter.id !== 'overview' ? 'article' : 'website');
        expect(await meta(page, 'og:site_name')).toBe(words.siteName);
        expect(await meta(page, 'og:locale')).toMatch(new RegExp(`^${await page.locator('html').getAttribute('lang')}_[A-Z]{2}$`));

        const ogTitle = await meta(page, 'og:title');
        expect(ogTitle).toContain(title);
        if (chapter) await expect(page.getByRole('heading', { level: 1 })).toHaveText(ogTitle!);
        expect(await meta(page, 'twitter:title')).toBe(ogTitle);

        const description = await meta(page, 'description');
        expect(description?.length).toBeGreaterThan(40);
        expect(await meta(page, 'og:description')).toBe(description);
        expect(await meta(page, 'twitter:description')).toBe(description);

        expect(await meta(page, 'twitter:card')).toBe('summary_large_image');
        const image = await meta(page, 'og:image');
        expect(image).toBe(new URL(`${prefix}og/${chapter?.id ?? 'site'}.png`, publishedRoot).href);
        expect(await meta(page, 'twitter:image')).toBe(image);
        const alt = await meta(page, 'og:image:alt');
        expect(alt).toContain(chapter ? words.quoted(title) : words.siteName);
        expect(await meta(page, 'twitter:image:alt')).toBe(alt);

        const response = await fetchPublished(request, baseURL, image!);
        expect(response.status()).toBe(200);
        expect(response.headers()['content-type']).toMatch(/^image\/png/);
        const size = pngSize(await response.body());
        expect(size).toEqual({ width: Number(await meta(page, 'og:image:width')), height: Number(await meta(page, 'og:image:height')) });
        expect(size).toEqual({ width: 1200, height: 630 });
      });
    }

  test('each chapter has a picture of its own', async ({ request }) => {
    const images = new Set<string>();
    for (const chapter of chapters) {
      const html = await (await request.get(chapter.path)).text();
      images.add(/<meta property="og:image" content="([^"]+)"/.exec(html)?.[1] ?? `none on ${chapter.path}`);
    }
    expect([...images].filter((image) => image.startsWith('none'))).toEqual([]);
    expect(images.size).toBe(chapters.length);
  });

  test('the 404 page is kept out of search results and claims no address of its own', async ({ page }) => {
    const response = await page.goto('no-such-page/');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1, name: words.notFoundTitle })).toBeVisible();
    expect(await meta(page, 'robots')).toBe('noindex');
    await expect(page.locator('head link[rel="canonical"], head meta[property="og:url"]')).toHaveCount(0);
    expect(await meta(page, 'og:image')).toBe(new URL('og/site.png', publishedRoot).href);
  });

  test('the sitemap lists exactly the pages and the figures’ pages, with trailing slashes, and not the 404 page', async ({
    request,
    baseURL,
  }) => {
    const index = await request.get('sitemap-index.xml');
    expect(index.status()).toBe(200);
    const sitemaps = [...(await index.text()).matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
    expect(sitemaps.length).toBeGreaterThan(0);
    const listed: string[] = [];
    const entries: string[] = [];
    for (const sitemap of sitemaps) {
      expect(sitemap.startsWith(publishedRoot.href), `${sitemap} is on the published site`).toBe(true);
      const response = await fetchPublished(request, baseURL, sitemap);
      expect(response.status()).toBe(200);
      const text = await response.text();
      listed.push(...[...text.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!));
      entries.push(...[...text.matchAll(/<url>([\s\S]*?)<\/url>/g)].map((m) => m[1]!));
    }
    const everyPage = [...allPages, ...russianPages, ...figures, ...figures.map(({ path }) => ({ path: `ru/${path}` }))];
    expect(listed.sort()).toEqual(everyPage.map(({ path }) => new URL(path, publishedRoot).href).sort());
    for (const url of listed) expect(url).toMatch(/\/$/);
    // Each page names its counterpart in the other language, in both directions.
    const border = new URL('border/', publishedRoot).href;
    const russianBorder = new URL('ru/border/', publishedRoot).href;
    for (const loc of [border, russianBorder]) {
      const entry = entries.find((e) => e.includes(`<loc>${loc}</loc>`));
      expect(entry, `${loc} is listed`).toBeDefined();
      expect(entry).toContain(`hreflang="en" href="${border}"`);
      expect(entry).toContain(`hreflang="ru" href="${russianBorder}"`);
    }
    expect(listed.some((url) => /404|no-such/.test(url))).toBe(false);
  });

  test('robots.txt names the sitemap at its published address', async ({ request, baseURL }) => {
    const response = await request.get('robots.txt');
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toMatch(/^text\/plain/);
    const text = await response.text();
    expect(text).toMatch(/^User-agent: \*$/m);
    const sitemap = /^Sitemap: (\S+)$/m.exec(text)?.[1];
    expect(sitemap).toBe(new URL('sitemap-index.xml', publishedRoot).href);
    expect((await fetchPublished(request, baseURL, sitemap!)).status()).toBe(200);
  });

  test('the PNG header check tells a picture from a page', async ({ request }) => {
    expect(pngSize(await (await request.get('')).body())).toBeUndefined();
  });
});
