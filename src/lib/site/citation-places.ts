/**
 * Where each source is cited: the sections of the chapters whose text cites it, so that an entry
 * on /sources/ can link back to them, and the set of sources one page's text cites, so that
 * the page carries the preview text of those and no others. Pure functions over the chapters' MDX,
 * read as a syntax tree.
 */
import { citedIdsIn } from './citations';
import { headingId, jsxElement, parseMdx, walk } from './mdx-tree';

export interface CitationPlace {
  chapterId: string;
  /** The id of the h2/h3 the citation stands under; undefined before the first heading. */
  sectionId: string | undefined;
}

/**
 * Every (chapter, section) that cites each source, in reading order, each place once. A
 * citation before the chapter's first heading belongs to the chapter's top; a heading without
 * an explicit id (`## Title {#id}`) starts no section of its own.
 */
export function citationPlaces(chapters: ReadonlyArray<{ id: string; body: string }>): Map<string, CitationPlace[]> {
  const places = new Map<string, CitationPlace[]>();
  for (const chapter of chapters) {
    let sectionId: string | undefined;
    for (const { node } of walk(parseMdx(chapter.body))) {
      if (node.type === 'heading' && (node.depth === 2 || node.depth === 3)) sectionId = headingId(node) ?? sectionId;
      if (jsxElement(node)?.name !== 'Cite') continue;
      for (const id of citedIdsIn(node)) {
        const list = places.get(id) ?? [];
        if (!list.some((p) => p.chapterId === chapter.id && p.sectionId === sectionId)) list.push({ chapterId: chapter.id, sectionId });
        places.set(id, list);
      }
    }
  }
  return places;
}
