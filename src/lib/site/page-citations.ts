/**
 * The sources a printed page shows numbers for: read from the page's rendered text, the links
 * of its citations and figure source lines (`…#source-<id>`), leaving out what is not printed
 * (elements marked `data-off-paper`: figures' data tables, reference tables). A chapter's own
 * source list, at its end on paper, is made from this, so it lists exactly the numbers a reader
 * of the paper meets. Pure: HTML in, read as a tree, ids out.
 */
import { isElement, parseHtml, type TreeNode } from './mdx-tree';

/** Marks an element left off paper (`data-off-paper`; print.css hides it), as the parsed tree names it. */
const OFF_PAPER = 'dataOffPaper';

const SOURCE_LINK = /#source-(.+)$/;

/** The ids of the sources linked to under a node, in document order; off-paper parts skipped if asked. */
function sourceLinks(node: TreeNode, skipOffPaper: boolean): string[] {
  if (skipOffPaper && node.properties?.[OFF_PAPER] !== undefined) return [];
  const href = isElement(node, 'a') ? node.properties?.['href'] : undefined;
  const own = typeof href === 'string' ? SOURCE_LINK.exec(href)?.[1] : undefined;
  return [...(own ? [decodeURIComponent(own)] : []), ...(node.children ?? []).flatMap((child) => sourceLinks(child, skipOffPaper))];
}

/** The ids of the sources the HTML links to, in order of first link. */
export function linkedSourceIds(html: string): string[] {
  return [...new Set(sourceLinks(parseHtml(html), false))];
}

/** The ids of the sources the printed part of the HTML links to, in order of first link. */
export function printedSourceIds(html: string): string[] {
  return [...new Set(sourceLinks(parseHtml(html), true))];
}

/**
 * The `value` each item of a numbered list must carry to show its own number: none where the
 * browser's count already gives it. Items left off paper are not displayed in print, so the
 * browser does not count them there: they always carry their number and do not advance the count.
 */
export function listItemValues(items: readonly { number: number; offPaper: boolean }[]): (number | undefined)[] {
  let counted = 0;
  return items.map(({ number, offPaper }) => {
    if (offPaper) return number;
    const value = number === counted + 1 ? undefined : number;
    counted = number;
    return value;
  });
}
