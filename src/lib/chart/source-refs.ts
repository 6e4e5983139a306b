/**
 * How a figure names and links the sources of what it draws: the one way from a source id to the
 * name a reader sees ("AFP, via Al Arabiya", through sourceName) and to the entry it links to, so
 * no chart, map or table names a copy by the site that carried it.
 */
import { sourceNameOf, type NamedSource, type SourceNameWords } from '../site/source-name';

export interface SourceRef {
  id: string;
  /** The source's number on /sources/, when it has one. */
  number: number | undefined;
  /** Its name as the site gives it everywhere; the id itself for an id that no source has. */
  name: string;
  /** Its entry on /sources/, or in the print edition its entry at the end of the document; only when asked for. */
  href: string | undefined;
}

/** The page's link to a source's entry (the page context's `sourceHref`). */
export type SourceHref = (sourceId: string, number?: number) => string;

/** The number, name and (given the page's `sourceHref`) link of each source id, in the order given. */
export function sourceRefs(
  ids: readonly string[],
  sources: ReadonlyMap<string, NamedSource>,
  numbers: ReadonlyMap<string, number>,
  words: SourceNameWords,
  sourceHref?: SourceHref,
): SourceRef[] {
  return ids.map((id) => {
    const number = numbers.get(id);
    return { id, number, name: sourceNameOf(sources.get(id), words) ?? id, href: sourceHref?.(id, number) };
  });
}

/** "Source 23: Sputnik, via UrduPoint"; several sources are joined with semicolons. `label` is the word for "Source". */
export function sourcesText(refs: ReadonlyArray<Pick<SourceRef, 'number' | 'name'>>, label: string): string {
  return refs.map((ref) => `${label}${ref.number === undefined ? '' : ` ${ref.number}`}: ${ref.name}`).join('; ');
}
