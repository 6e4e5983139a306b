/**
 * The built site served with the headers of dist/_headers, as Netlify and Cloudflare Pages serve
 * it: every response gets the headers its URL matches in the file (applied here by intercepting
 * the responses of `astro preview`), so the header Content Security Policy is enforced on top of
 * each page's own `<meta>` policy.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { FONT_CACHE, IMMUTABLE, REVALIDATE, headersFor, parseHeadersFile, type HeaderRule } from '../src/lib/site/headers-file.ts';
import { allPages } from './site';

let rules: HeaderRule[] | undefined;
/** Read when first needed: the file exists only once the web server's build has run. */
function headerRules(): HeaderRule[] {
  rules ??= parseHeadersFile(readFileSync(new URL('../dist/_headers', import.meta.url), 'utf8'));
  return rules;
}

/** Serves every response with the headers the file gives its path, and records CSP violations. */
async function serveWithHeadersFile(page: Page): Promise<string[]> {
  await page.route('**/*', async (route) => {
    const response = await route.fetch();
    const extra = headersFor(headerRules(), new URL(route.request().url()).pathname);
    await route.fulfill({ response, headers: { ...response.headers(), ...extra } });
  });
  await page.addInitScript(() => {
    const seen: string[] = [];
    Object.assign(window, { cspViolations: seen });
    document.addEventListener('securitypolicyviolation', (event) => {
      seen.push(
        `${event.effectiveDirective} blocked ${event.blockedURI || 'an inline script or style'} at ${event.sourceFile}:${event.lineNumber}`,
      );
    });
  });
  const problems: string[] = [];
  page.on('console', (message) => {
    if (/Content.Security.Policy|Refused to/i.test(message.text())) problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
  return problems;
}

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
