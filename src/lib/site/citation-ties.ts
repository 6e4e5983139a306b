/**
 * The text before a citation, with the white space that ends it made one no-break space, so the
 * citation stays on the line of the word it follows (citation-ties.ts applies it to the chapters,
 * and components that write a citation after text write `&nbsp;` themselves).
 */
export function tieBeforeCitation(text: string): string {
  return text.replace(/[ \t\r\n]+$/, '\u00a0');
}
