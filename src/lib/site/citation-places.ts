/**
 * Where each source is cited: the sections of the chapters whose text cites it, so that an entry
 * on /sources/ can link back to them, and the set of sources one page's text cites, so that
 * the page carries the preview text of those and no others. Pure functions over the chapters' MDX text.
 */
import { extractCitedIds } from './citations';

export interface CitationPlace {
  chapterId: string;
  /** The id of the h2/h3 the citation stands under; undefined before the first heading. */
  sectionId: string | undefined;
}

/** A heading line with an explicit id: `## Title {#id}` or `### Title {#id}`. */
const HEADING = /^#{2,3}\s.*\{#([^}\s]+)\}\s*$/;

/**
 * Every (chapter, section) that cites each source, in reading order, each place once. A
 * citation before the chapter's first heading belongs to the chapter's top.
 */
export function citationPlaces(chapters: ReadonlyArray<{ id: string; body: string }>): Map<string, CitationPlace[]> {
  const places = new Map<string, CitationPlace[]>();
  for (const chapter of chapters) {
    let sectionId: string | undefined;
    for (const line of chapter.body.split('\n')) {
      const heading = HEADING.exec(line);
      if (heading) {
        sectionId = heading[1];
        continue;
      }
      for (const id of extractCitedIds(line)) {
        const list = places.get(id) ?? [];
        if (!list.some((p) => p.chapterId === chapter.id && p.sectionId === sectionId)) list.push({ chapterId: chapter.id, sectionId });
        places.set(id, list);
      }
    }
  }
  return places;
}
