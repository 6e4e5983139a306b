/** Headings: the contents list and the rule that a heading id names one place on the site. */
import { collapsedText, parseHtml } from './mdx-tree';

export interface Heading {
  depth: number;
  slug: string;
  text: string;
}

/** Ids the Markdown processor gives to machinery rather than to the author's sections. */
const GENERATED_IDS = new Set(['footnote-label']);

/** The entries of a chapter's contents list: its h2 and h3 headings, in order. */
export function tocEntries(headings: readonly Heading[]): Heading[] {
  return headings.filter((h) => (h.depth === 2 || h.depth === 3) && !GENERATED_IDS.has(h.slug));
}

export interface PageHeadings {
  /** Where the headings come from, for messages (`content/chapters/border.mdx`). */
  file: string;
  ids: readonly string[];
}

/**
 * Every id used by more than one heading anywhere on the site, with the files using it. Ids must
 * be unique site-wide so a heading id alone finds its section, in the print edition too.
 */
export function findDuplicateIds(pages: readonly PageHeadings[]): Array<{ id: string; files: string[] }> {
  const seen = new Map<string, string[]>();
  for (const { file, ids } of pages) {
    for (const id of ids) seen.set(id, [...(seen.get(id) ?? []), file]);
  }
  return [...seen].filter(([, files]) => files.length > 1).map(([id, files]) => ({ id, files }));
}

/**
 * The text of a rendered heading's HTML, for accessible names ("Link to section …"): tags dropped,
 * every character reference decoded (`&nbsp;` stays a no-break space, `&mdash;` becomes —), and
 * runs of HTML white space made one space.
 */
export function plainText(html: string): string {
  return collapsedText(parseHtml(html));
}
