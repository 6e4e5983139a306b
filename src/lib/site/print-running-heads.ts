/** CSS for the running heads of printed pages (see pages/print-running-heads.css.ts). */

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
  return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/[\r\n]+/g, ' ')}"`;
}

export function printRunningHeadsCss(pages: readonly PrintedPage[]): string {
  return pages
    .map(
      ({ name, title, address }) =>
        `@page ${name} { @top-left { content: ${cssString(title)}; } @top-right { content: ${address === undefined ? 'none' : cssString(address)}; } }\n` +
        `[data-print-page=${cssString(name)}] { page: ${name}; }\n`,
    )
    .join('');
}
