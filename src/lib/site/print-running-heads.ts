/** CSS for the running heads and feet of printed pages (see pages/print-heads/[page].css.ts). */

export interface PrintedPage {
  /** The value of `data-print-page` on the element that starts this named page. */
  name: string;
  /** Printed at the top left of every page. */
  title: string;
  /** Printed at the top right: where the page lives on the web; nothing when that is not known. */
  address: string | undefined;
}

/** A CSS string literal: quotes and backslashes escaped, line breaks removed. */
export function cssString(value: string): string {
  return `"${value
    .replace(/\\/g, '\\\\')
    .replace(/"/g, '\\"')
    .replace(/[\r\n]+/g, ' ')}"`;
}

/** The words of a printed page's foot. */
export interface RunningFootWords {
  /** "page {page} of {pages}": `{page}` and `{pages}` stand for the page's number and the document's length. */
  pageNumber: string;
}

/** A phrase with `{page}` and `{pages}` as the CSS content that prints it with the page counters. */
export function pageNumberContent(phrase: string): string {
  return phrase
    .split(/(\{pages?\})/)
    .filter((part) => part !== '')
    .map((part) => (part === '{page}' ? 'counter(page)' : part === '{pages}' ? 'counter(pages)' : cssString(part)))
    .join(' ');
}

export function printRunningHeadsCss(pages: readonly PrintedPage[], words: RunningFootWords): string {
  const foot = `@page { @bottom-right { content: ${pageNumberContent(words.pageNumber)}; } }\n`;
  const heads = pages.map(
    ({ name, title, address }) =>
      `@page ${name} { @top-left { content: ${cssString(title)}; } @top-right { content: ${address === undefined ? 'none' : cssString(address)}; } }\n` +
      `[data-print-page=${cssString(name)}] { page: ${name}; }\n`,
  );
  return [foot, ...heads].join('');
}
