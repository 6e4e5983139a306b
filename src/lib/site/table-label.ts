/**
 * The accessible name of a table's scroll region: the table's caption if it has one, otherwise
 * its column headings ("Table: Length, Agreed part, Who says so, Source"), so a screen-reader
 * user landing on the scrollable box hears what it holds. Pure: takes the table's inner HTML.
 */
import { elementsNamed, parseHtml, textOf, type TreeNode } from './mdx-tree';

/** A caption's or heading's text on one line: any white space, the no-break space included, one space. */
const text = (node: TreeNode) => textOf(node).replace(/\s+/g, ' ').trim();

export interface TableNameWords {
  /** "Table: Date, Killed, Source", from the column headings. */
  tableOfColumns(columns: readonly string[]): string;
}

export function tableName(innerHtml: string, words: TableNameWords): string | undefined {
  // Inside a table, so that the parser keeps the caption, rows and cells a fragment would drop.
  const table = parseHtml(`<table>${innerHtml}</table>`);
  const caption = elementsNamed(table, 'caption')[0];
  if (caption && text(caption)) return text(caption);
  const columns = elementsNamed(table, 'thead')
    .flatMap((head) => elementsNamed(head, 'th'))
    .map(text)
    .filter(Boolean);
  return columns.length > 0 ? words.tableOfColumns(columns) : undefined;
}
