/**
 * Reading printed pages back: print a page to a PDF the way Chromium's print dialog does (print
 * CSS, the page's own @page size), then read each PDF page's text with pdfjs. Shared by the
 * print tests.
 */
import type { Page } from '@playwright/test';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

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
    pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' ').replace(/\s+/g, ' '));
  }
  await document.cleanup();
  return pages;
}

/**
 * Text extracted from a PDF splits words at ligatures ("cease fi re") and keeps CSS capitals, so
 * comparisons drop all white space and case.
 */
export function squash(text: string): string {
  return text.replace(/\s+/g, '').toLowerCase();
}
