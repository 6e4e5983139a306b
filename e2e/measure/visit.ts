/**
 * Loading a page as a first-time reader on a phone would, and counting what crossed the network.
 */
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Browser, Page, Request } from '@playwright/test';
import { isThirdParty, KINDS, kindOf, type Kind } from './report.ts';

export interface Visit {
  bytes: Record<Kind, number>;
  requests: number;
  thirdPartyRequests: number;
  /** Elements in the document once it has settled. */
  elements: number;
}

/** Every page in `dist`, as paths relative to the base (`/`, `/border/`). */
export function pagesIn(dist: string, dir = dist): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return pagesIn(dist, path);
    if (name !== 'index.html') return [];
    const folder = relative(dist, dir).split('\\').join('/');
    return [folder ? `/${folder}/` : '/'];
  });
}

/** A page's path as the stem of a file written about it: `/ru/border/` → `ru-border`, `/` → `home`. */
export function fileStem(path: string): string {
  return path.replace(/^\/|\/$/g, '').replace(/\//g, '-') || 'home';
}

/**
 * Whether a browser asks for a page's icon at all, learnt on its first visit: Chromium does, after
 * the load event, but its headless shell never does, and waiting ten seconds for an icon on every
 * page was most of the time the page-weight tests and `npm run measure` took.
 */
const asksForIcons = new WeakMap<Browser, boolean>();

/**
 * Waits until the page has fetched all it will on its own: the load event (document, styles,
 * scripts, images), the fonts its text uses, and the icon, if this browser asks for icons.
 */
async function settle(page: Page, browser: Browser, finished: ReadonlySet<string>): Promise<void> {
  await page.evaluate(async () => {
    // A frame laid out first, so that every font the text needs has been asked for.
    await new Promise((resolve) => requestAnimationFrame(resolve));
    await document.fonts.ready;
  });
  const icon = await page.locator('link[rel~="icon"]').evaluateAll((links) => links.map((link) => (link as HTMLLinkElement).href)[0]);
  if (!icon || asksForIcons.get(browser) === false) return;
  if (finished.has(icon)) {
    asksForIcons.set(browser, true);
    return;
  }
  // Until the browser is known, give it ten seconds to ask.
  const asked = await new Promise<boolean>((resolve) => {
    const timer = setTimeout(() => resolve(false), 10_000);
    const settled = (request: Request) => {
      if (request.url() !== icon) return;
      clearTimeout(timer);
      resolve(true);
    };
    page.on('requestfinished', settled);
    page.on('requestfailed', settled);
  });
  if (!asksForIcons.has(browser)) asksForIcons.set(browser, asked);
}

/** A first visit on a phone-sized screen with an empty cache: what crossed the network. */
export async function visit(browser: Browser, url: string, origin: string, log: (message: string) => void): Promise<Visit> {
  const context = await browser.newContext({
    viewport: { width: 412, height: 823 },
    deviceScaleFactor: 1.75,
    isMobile: true,
    hasTouch: true,
  });
  const page = await context.newPage();
  const bytes = Object.fromEntries(KINDS.map((kind) => [kind, 0])) as Record<Kind, number>;
  let requests = 0;
  let thirdPartyRequests = 0;
  const finished = new Set<string>();
  const pending: Array<Promise<void>> = [];
  page.on('request', (request) => {
    if (request.url().startsWith('data:')) return;
    requests++;
    if (isThirdParty(request.url(), origin)) thirdPartyRequests++;
  });
  page.on('requestfinished', (request) => {
    if (request.url().startsWith('data:')) return;
    finished.add(request.url());
    pending.push(
      (async () => {
        const response = await request.response();
        if (!response) return;
        const headers = response.headers();
        const { responseBodySize } = await request.sizes();
        const contentLength = Number(headers['content-length']);
        if (headers['content-encoding'] && Number.isFinite(contentLength) && contentLength !== responseBodySize) {
          log(`  note: ${request.url()} arrived as ${responseBodySize} B but says Content-Length ${contentLength}`);
        }
        bytes[kindOf(headers['content-type'])] += responseBodySize;
      })(),
    );
  });
  await page.goto(url);
  await settle(page, browser, finished);
  await Promise.all(pending);
  const elements = await page.evaluate(() => document.getElementsByTagName('*').length);
  await context.close();
  return { bytes, requests, thirdPartyRequests, elements };
}
