/** Printing a page to PDF and reading its text back, page by page, for the print tests. */
import type { Page } from '@playwright/test';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** The text of each page of a PDF, in order, its runs of white space made single spaces. */
export async function pdfPageTexts(pdf: Buffer): Promise<string[]> {
  const document = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: true }).promise;
  const pages: string[] = [];
  for (let n = 1; n <= document.numPages; n++) {
    const content = await (await document.getPage(n)).getTextContent();
    pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' ').replace(/\s+/g, ' '));
  }
  return pages;
}

/** The page as Chromium prints it (print media, the page size its CSS asks for), as text per page. */
export async function printToPdf(page: Page): Promise<string[]> {
  await page.emulateMedia({ media: 'print' });
  return pdfPageTexts(await page.pdf({ preferCSSPageSize: true }));
}

/**
 * Text extracted from a PDF splits words at ligatures ("cease fi re") and keeps CSS capitals, so
 * comparisons drop all white space and case.
 */
export function squash(text: string): string {
  return text.replace(/\s+/g, '').toLowerCase();
}
