/**
 * The built site served with the headers of dist/_headers, as Netlify and Cloudflare Pages serve
 * it: every response from the site gets the headers its URL matches in the file (applied here by
 * intercepting the responses of `astro preview`, the way lib/site/headers-file.ts headersFor reads
 * the file), and the page records CSP violations.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { headersFor, parseHeadersFile, type HeaderRule } from '../src/lib/site/headers-file.ts';

let rules: HeaderRule[] | undefined;
/** Read when first needed: the file exists only once the web server's build has run. */
function headerRules(): HeaderRule[] {
  rules ??= parseHeadersFile(readFileSync(new URL('../dist/_headers', import.meta.url), 'utf8'));
  return rules;
}

/**
 * Serves every response of the site (`origin`; any origin when not given) with the headers the file
 * gives its path, records CSP violations, and returns the console's refusals and the page errors.
 */
export async function serveWithHeadersFile(page: Page, origin?: string): Promise<string[]> {
  await page.route('**/*', async (route) => {
    if (origin && new URL(route.request().url()).origin !== origin) return route.fallback();
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
