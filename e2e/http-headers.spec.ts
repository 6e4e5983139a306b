/**
 * The built site served with the headers of dist/_headers, as Netlify and Cloudflare Pages serve
 * it: every response gets the headers its URL matches in the file (applied here by intercepting
 * the responses of `astro preview`), so the header Content Security Policy is enforced on top of
 * each page's own `<meta>` policy.
 */
import { expect, test, type Page } from '@playwright/test';
import { FONT_CACHE, IMMUTABLE, REVALIDATE } from '../src/lib/site/headers-file.ts';
import { serveWithHeadersFile } from './served-headers';
import { allPages, figures } from './site';

// The favicon may still be on its way through the route when a test ends.
test.afterEach(({ page }) => page.unrouteAll({ behavior: 'ignoreErrors' }));

/** What the page's `securitypolicyviolation` listener has recorded so far. */
function violations(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);
}

const pagesAndNotFound = [
  ...allPages.map(({ path }) => ({ path, name: `the page at /${path}`, status: 200 })),
  { path: 'no-such-page/', name: 'the not-found page', status: 404 },
];

for (const { path, name, status } of pagesAndNotFound) {
  test(`${name} runs every script and style it has under the header policy`, async ({ page }) => {
    const problems = await serveWithHeadersFile(page);
    const response = await page.goto(path);
    expect(response?.status()).toBe(status);
    expect(response?.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
    await page.evaluate(() => document.fonts.ready);
    expect(await violations(page)).toEqual([]);
    expect(problems).toEqual([]);
  });
}

test.describe('the header policy', () => {
  test('forbids framing, plugins and a base address elsewhere, which a meta policy cannot all say', async ({ page }) => {
    await serveWithHeadersFile(page);
    const policy = (await page.goto(''))?.headers()['content-security-policy'] ?? '';
    const directives = policy.split(';').map((directive) => directive.trim());
    expect(directives).toEqual(expect.arrayContaining(["frame-ancestors 'none'", "object-src 'none'", "base-uri 'self'"]));
    const meta = (await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content')) ?? '';
    expect(meta).not.toContain('frame-ancestors');
  });

  test('is enforced: a base element pointing to another site is refused', async ({ page }) => {
    await serveWithHeadersFile(page);
    await page.goto('border/');
    await page.evaluate(() => {
      const base = document.createElement('base');
      base.href = 'https://elsewhere.example/';
      document.head.append(base);
    });
    // Chromium reports the refusal each time it works out the base address, so once or more.
    await expect.poll(() => violations(page)).toContainEqual(expect.stringMatching(/^base-uri blocked https:\/\/elsewhere\.example\//));
    expect((await violations(page)).filter((violation) => !violation.startsWith('base-uri blocked https://elsewhere.example/'))).toEqual(
      [],
    );
    expect(await page.evaluate(() => document.baseURI)).not.toContain('elsewhere.example');
  });

  test('is enforced: the site’s pages cannot be shown inside a frame, even the site’s own', async ({ page }) => {
    const problems = await serveWithHeadersFile(page);
    await page.goto('');
    await page.evaluate(() => {
      const frame = document.createElement('iframe');
      frame.src = 'border/';
      frame.title = 'framed chapter';
      document.body.append(frame);
    });
    await expect.poll(() => problems.join('\n')).toContain("frame-ancestors 'none'");
    await expect(page.frameLocator('iframe[title="framed chapter"]').getByRole('heading', { level: 1 })).toHaveCount(0);
  });

  test('lets any site frame a figure’s embed, and no site its page or any other page', async ({ page }) => {
    const problems = await serveWithHeadersFile(page);
    const [figure] = figures;
    await page.goto('');
    for (const [title, src] of [
      ['framed embed', `figures/${figure!.id}/embed/`],
      ['framed figure page', `figures/${figure!.id}/`],
    ]) {
      const response = await page.request.get(src!);
      expect(response.ok(), src).toBe(true);
      await page.evaluate(
        ([frameTitle, frameSrc]) => {
          const frame = document.createElement('iframe');
          frame.src = frameSrc!;
          frame.title = frameTitle!;
          document.body.append(frame);
        },
        [title, src],
      );
    }
    await expect(page.frameLocator('iframe[title="framed embed"]').locator(`figure#${figure!.id}`)).toBeVisible();
    await expect.poll(() => problems.join('\n')).toContain("frame-ancestors 'none'");
    await expect(page.frameLocator('iframe[title="framed figure page"]').getByRole('heading', { level: 1 })).toHaveCount(0);
  });
});

test('hashed assets are kept a year, fonts a day, and pages are checked again on every visit', async ({ page }) => {
  await serveWithHeadersFile(page);
  const cacheControl = new Map<string, string | undefined>();
  page.on('response', (response) => cacheControl.set(new URL(response.url()).pathname, response.headers()['cache-control']));
  const chapter = await page.goto('border/');
  await page.evaluate(() => document.fonts.ready);
  expect(chapter?.headers()['cache-control']).toBe(REVALIDATE);
  expect(chapter?.headers()['x-content-type-options']).toBe('nosniff');
  expect(chapter?.headers()['referrer-policy']).toBe('strict-origin-when-cross-origin');
  const stylesheet = await page.locator('link[rel="stylesheet"][href*="/_astro/"]').getAttribute('href');
  expect(cacheControl.get(stylesheet!)).toBe(IMMUTABLE);
  const font = await page.locator('link[rel="preload"][as="font"]').first().getAttribute('href');
  await expect.poll(() => cacheControl.get(font!)).toBe(FONT_CACHE);
});
