/**
 * Reading printed pages back: print a page to an A4 PDF the way Chromium's print dialog does
 * (print CSS, the page's own @page size), then read each PDF page's text with pdfjs and how far
 * down its text area the ink reaches (pages rendered with poppler's pdftoppm). Shared by the
 * print tests and e2e/measure/print-pages.ts.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { contentDepth, parsePgm } from '../src/lib/print/page-fill.ts';

/**
 * The pages issue 12 budgets, with their budgets in A4 pages. They grew on 6 December with what a
 * printed chapter must now carry: the sources and events the fact-check added, "Cite this chapter"
 * (issue 20), and the chapter's corrections after its sources (issue 21); the print edition's
 * corrections, every page's in two columns after its sources, take four more pages. The home
 * page, the overview chapter, has had its own since the Russian edition: the 8 pages it prints in.
 */
export const PRINT_BUDGETS: Record<string, number> = {
  '/': 8,
  '/border/': 14,
  '/clashes-2021/': 13,
  '/clashes-2022/': 17,
  '/samarkand-ceasefire/': 12,
  '/print/': 64,
};

/** A page whose content ends above this depth of its text area is mostly empty. */
const MOSTLY_EMPTY = 0.5;

/**
 * The pages (0-based) that may be short: a chapter's last, where the running head's title
 * changes on the next page or the document ends.
 */
function chapterEnds(runs: readonly (readonly string[])[]): Set<number> {
  return new Set(runs.flatMap((page, i) => (i === runs.length - 1 || runs[i + 1]?.[0] !== page[0] ? [i] : [])));
}

/**
 * The pages (0-based) whose next page opens with a figure's graphic. A figure prints whole, so
 * when it does not fit under the text before it, that page ends short: not a page left empty.
 * `figureTexts` are the texts drawn in the figures' graphics, squashed.
 */
function beforeFigures(runs: readonly (readonly PrintedRun[])[], figureTexts: ReadonlySet<string>): Set<number> {
  return new Set(
    runs.flatMap((_, i) => {
      const next = runs[i + 1]?.find((run) => !run.inMargin);
      return next && figureTexts.has(squash(next.text)) ? [i] : [];
    }),
  );
}

/**
 * The pages (1-based) left mostly empty: content ending above `MOSTLY_EMPTY` of the text area.
 * Not counted: a chapter's last page, a page that ends short because the figure after it prints
 * whole, and the print edition's title page, short by design. The one rule of the print tests
 * and `npm run measure:print`. `page` is the printed page, still open, for its figures' texts.
 */
export async function mostlyEmptyPages(page: Page, pdf: Buffer, runs: readonly (readonly PrintedRun[])[]): Promise<number[]> {
  const depths = pdfPageDepths(pdf);
  const ends = chapterEnds(runs.map((r) => r.map((run) => run.text)));
  const figureTexts = new Set(
    [
      ...(await page.locator('.figure__graphic svg text').allTextContents()),
      // A map's numbered key prints each item's number ("1.") as a run of its own, and may come first on its page.
      ...(await page.locator('.figure__graphic ol > li').evaluateAll((items) => items.map((li) => `${(li as HTMLLIElement).value}.`))),
    ]
      .map((text) => squash(text))
      .filter((text) => text !== ''),
  );
  const shortBeforeFigure = beforeFigures(runs, figureTexts);
  const titlePage = (await page.locator('.print-title-page').count()) > 0 ? 0 : -1;
  return depths.flatMap((depth, i) =>
    i !== titlePage && !ends.has(i) && !shortBeforeFigure.has(i) && depth < MOSTLY_EMPTY ? [i + 1] : [],
  );
}

/** The page printed to PDF with print media and its CSS page size (A4). */
export async function printToPdf(page: Page): Promise<Buffer> {
  await page.emulateMedia({ media: 'print' });
  await page.evaluate(() => document.fonts.ready);
  return page.pdf({ preferCSSPageSize: true });
}

/** The text of each page of a PDF, in order, its runs joined by spaces. */
export async function pdfPageTexts(pdf: Buffer): Promise<string[]> {
  const document = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: true }).promise;
  const pages: string[] = [];
  for (let n = 1; n <= document.numPages; n++) {
    const content = await (await document.getPage(n)).getTextContent();
    pages.push(
      content.items
        .map((item) => ('str' in item ? item.str : ''))
        .join(' ')
        .replace(/\s+/g, ' '),
    );
  }
  await document.cleanup();
  return pages;
}

/** A run of text as printed: its characters, its size in points and the font it is set in. */
export interface PrintedRun {
  text: string;
  points: number;
  font: string;
  /** Printed in the page margin (the running heads), not in the text area. */
  inMargin: boolean;
}

/** The A4 page margins of print.css, in PDF points: the running heads print inside them. */
const MARGIN_TOP = (16 / 25.4) * 72;
const MARGIN_BOTTOM = (18 / 25.4) * 72;

/** The printed text runs of each page, with their type size and font (blank runs left out). */
export async function pdfTextRuns(pdf: Buffer): Promise<PrintedRun[][]> {
  const document = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: true, fontExtraProperties: true }).promise;
  const pages: PrintedRun[][] = [];
  for (let n = 1; n <= document.numPages; n++) {
    const page = await document.getPage(n);
    await page.getOperatorList();
    const content = await page.getTextContent();
    pages.push(
      content.items.flatMap((item) =>
        'str' in item && item.str.trim() !== ''
          ? [
              {
                text: item.str,
                points: Math.hypot(item.transform[2], item.transform[3]),
                font: String((page.commonObjs.get(item.fontName) as { name?: string }).name ?? item.fontName),
                inMargin: item.transform[5] > page.view[3]! - MARGIN_TOP || item.transform[5] < MARGIN_BOTTOM,
              },
            ]
          : [],
      ),
    );
  }
  await document.cleanup();
  return pages;
}

/**
 * For each page, how far down the text area the content reaches (0 to 1), from the pages
 * rendered in grey at a low resolution by pdftoppm (Debian package poppler-utils).
 */
function pdfPageDepths(pdf: Buffer, dpi = 30): number[] {
  const folder = mkdtempSync(join(tmpdir(), 'print-pages-'));
  try {
    writeFileSync(join(folder, 'doc.pdf'), pdf);
    execFileSync('pdftoppm', ['-r', String(dpi), '-gray', join(folder, 'doc.pdf'), join(folder, 'page')]);
    return readdirSync(folder)
      .filter((name) => name.endsWith('.pgm'))
      .sort((a, b) => Number(/(\d+)\.pgm$/.exec(a)![1]) - Number(/(\d+)\.pgm$/.exec(b)![1]))
      .map((name) => contentDepth(parsePgm(new Uint8Array(readFileSync(join(folder, name))))));
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/**
 * Text extracted from a PDF splits words at ligatures ("cease fi re") and keeps CSS capitals, so
 * comparisons drop all white space and case.
 */
export function squash(text: string): string {
  return text.replace(/\s+/g, '').toLowerCase();
}

/**
 * The pages (1-based) that print a citation's brackets with no number between them: the top of a
 * raised citation on the next page's first line, drawn above that page's text area and so at the
 * foot of this one.
 */
export function pagesWithEmptyBrackets(pageTexts: readonly string[]): number[] {
  return pageTexts.flatMap((text, i) => (/\[\s*\]/.test(text) ? [i + 1] : []));
}
