/**
 * The page numbers in the print edition's contents, after each build. Chromium ignores CSS
 * `target-counter()`, so they are found the way a reader gets them: /print/ (and /ru/print/) is printed to an A4
 * PDF by Chromium with the print CSS (as e2e/pdf.ts printToPdf does), and each contents link's
 * target is looked up among the PDF's named destinations, the page a PDF reader jumps to when the
 * entry is clicked. The numbers go into the slots the contents reserve (src/lib/print/
 * contents-pages.ts), then the page is printed again to check that every number is still right;
 * should one have moved, the numbers are written again and checked once more, and if they still
 * do not hold, the contents are left without numbers rather than with wrong ones.
 *
 * Needs Playwright and pdfjs-dist (devDependencies) and a Chromium (src/build/chromium.ts). Without
 * them the site still builds, its contents without numbers, and the build says why in one line.
 * The numbers are those of this machine's Chromium and fonts; another browser may paginate a page
 * or two apart (the running heads' and headings' sans-serif is the reader's system font).
 */
import { readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import type { Browser, BrowserType } from '@playwright/test';
import { contentsMismatches, contentsPages, contentsTargets, withContentsPages } from '../../lib/print/contents-pages.ts';
import { chromiumLaunchOptions } from '../chromium.ts';
import { LOCALES } from '../../lib/site/locales.ts';
import { localizedPath } from '../../lib/site/routes.ts';

/** The print edition of each language (src/pages/print.astro, src/pages/ru/print.astro), relative to the base. */
const PRINT_PAGES = LOCALES.map((locale) => localizedPath('/print/', locale).slice(1));
/** A host that is no one's: every request the page makes is answered from dist/ (see `printEdition`). */
const ORIGIN = 'http://print-edition.invalid';
/** How many times the page is printed at most: numbers written, checked, and once more if they moved. */
const PRINTS = 3;

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.woff2': 'font/woff2',
  '.xml': 'application/xml',
};

/** An error's first line: enough for the one line of the build's log. */
const firstLine = (error: unknown) => String(error instanceof Error ? error.message : error).split('\n')[0];

/** The packages the print pass needs, both devDependencies: absent from a production-only install. */
interface PrintTools {
  chromium: BrowserType;
  getDocument: typeof import('pdfjs-dist/legacy/build/pdf.mjs').getDocument;
}

/**
 * The print pass's packages, or why they cannot be loaded. Loaded with Node's own
 * require (which loads pdfjs's ES module too): Astro loads its config, and so this file, through
 * Vite, whose module loader is closed by the time the build is done.
 */
function loadTools(): PrintTools | string {
  const require = createRequire(import.meta.url);
  try {
    const { chromium } = require('@playwright/test') as typeof import('@playwright/test');
    const { getDocument } = require('pdfjs-dist/legacy/build/pdf.mjs') as typeof import('pdfjs-dist/legacy/build/pdf.mjs');
    return { chromium, getDocument };
  } catch (error) {
    return `Playwright and pdfjs-dist (devDependencies) do not load: ${firstLine(error)}`;
  }
}

/** On which PDF page (1-based) each of `ids` lands, read from the PDF's named destinations. */
async function destinationPages(tools: PrintTools, pdf: Buffer, ids: readonly string[]): Promise<Map<string, number>> {
  const loading = tools.getDocument({ data: new Uint8Array(pdf), useSystemFonts: true });
  const document = await loading.promise;
  try {
    const pages = new Map<string, number>();
    for (const id of ids) {
      const destination = await document.getDestination(id);
      const target = destination?.[0];
      if (target && typeof target === 'object') pages.set(id, (await document.getPageIndex(target)) + 1);
    }
    return pages;
  } finally {
    await loading.destroy();
  }
}

/** A print edition (`printPage`, under the base) printed to A4 by `browser`, every request answered from the built site in `dist`. */
async function printEdition(browser: Browser, dist: string, base: string, printPage: string): Promise<Buffer> {
  // The viewport of the print tests (Playwright's Desktop Chrome), so the build paginates as they do.
  const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  try {
    await page.route('**/*', async (route) => {
      const url = new URL(route.request().url());
      if (url.origin !== ORIGIN || !url.pathname.startsWith(base)) return route.abort();
      const path = normalize(decodeURIComponent(url.pathname.slice(base.length)) + (url.pathname.endsWith('/') ? 'index.html' : ''));
      if (path.startsWith('..')) return route.abort();
      const body = await readFile(join(dist, path)).catch(() => undefined);
      return body
        ? route.fulfill({ body, contentType: CONTENT_TYPES[extname(path)] ?? 'application/octet-stream' })
        : route.fulfill({ status: 404, body: '' });
    });
    await page.goto(`${ORIGIN}${base}${printPage}`);
    await page.emulateMedia({ media: 'print' });
    await page.evaluate(() => document.fonts.ready);
    return await page.pdf({ preferCSSPageSize: true });
  } finally {
    await page.close();
  }
}

/** The browser to print with, or why the contents stay without numbers on this machine. */
async function launchBrowser(tools: PrintTools): Promise<Browser | string> {
  try {
    return await tools.chromium.launch(chromiumLaunchOptions);
  } catch (error) {
    return `no Chromium to print with (set CHROMIUM_PATH, or run npx playwright install chromium): ${firstLine(error)}`;
  }
}

/**
 * Prints the edition until the numbers its contents show are the pages their targets print on,
 * writing the numbers found after each print. Returns how many prints that took, or why the
 * numbers did not hold.
 */
async function settleNumbers(tools: PrintTools, browser: Browser, printPage: string, dist: string, base: string): Promise<number | string> {
  const file = join(dist, printPage, 'index.html');
  let html = await readFile(file, 'utf8');
  const targets = contentsTargets(html);
  for (let print = 1; print <= PRINTS; print++) {
    const found = await destinationPages(tools, await printEdition(browser, dist, base, printPage), targets);
    const shown = contentsPages(html);
    const mismatches = contentsMismatches(shown, found);
    if (shown.size === targets.length && mismatches.length === 0) return print;
    if (print === PRINTS) return `they did not hold after ${PRINTS} prints (${mismatches.join('; ')})`;
    html = withContentsPages(html, found);
    await writeFile(file, html);
  }
  return 'no print was made';
}

/**
 * Numbers each print edition's contents with one browser: for each, the prints it took (see
 * `settleNumbers`), or why it has no numbers.
 */
async function printAndNumber(
  tools: PrintTools | string,
  printPages: readonly string[],
  dist: string,
  base: string,
): Promise<Array<number | string>> {
  if (typeof tools === 'string') return printPages.map(() => tools);
  const browser = await launchBrowser(tools);
  if (typeof browser === 'string') return printPages.map(() => browser);
  try {
    const outcomes: Array<number | string> = [];
    for (const printPage of printPages) {
      outcomes.push(
        await settleNumbers(tools, browser, printPage, dist, base).catch((error: unknown) => `printing failed: ${firstLine(error)}`),
      );
    }
    return outcomes;
  } finally {
    await browser.close();
  }
}

async function numberContents(dist: string, base: string, logger: AstroIntegrationLogger): Promise<void> {
  const started = Date.now();
  const printPages: string[] = [];
  for (const printPage of PRINT_PAGES) {
    if (contentsTargets(await readFile(join(dist, printPage, 'index.html'), 'utf8')).length > 0) printPages.push(printPage);
  }
  if (printPages.length === 0) return;
  const outcomes = await printAndNumber(loadTools(), printPages, dist, base);
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  for (const [i, printPage] of printPages.entries()) {
    const outcome = outcomes[i]!;
    const file = join(dist, printPage, 'index.html');
    const html = await readFile(file, 'utf8');
    if (typeof outcome === 'number') {
      logger.info(
        `/${printPage} contents: page numbers for ${contentsTargets(html).length} entries, checked by printing again (${outcome} prints)`,
      );
    } else {
      // Rather no numbers than wrong ones.
      await writeFile(file, withContentsPages(html, new Map()));
      logger.warn(`/${printPage}: its contents have no page numbers: ${outcome}.`);
    }
  }
  logger.info(`${printPages.length} print editions numbered in ${seconds} s`);
}

export function printPageNumbers(): AstroIntegration {
  let base = '/';
  return {
    name: 'print-page-numbers',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': async ({ dir, logger }) => {
        await numberContents(fileURLToPath(dir), base, logger);
      },
    },
  };
}
