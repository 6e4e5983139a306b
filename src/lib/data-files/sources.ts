/**
 * How every data file names the sources of a row: by id (content/sources.yaml), by publisher
 * (a copy named as whose text it carries, "Reuters, via Devdiscourse") and by address, so that a
 * row can be checked without the site.
 */
import { sourceName, type SourceNameWords } from '../site/source-name';
import type { CsvSource } from '../casualties/csv';

export interface RowSource {
  id: string;
  publisher: string;
  /** Missing when the source has no web address (a stored copy described in /sources/). */
  url?: string;
}

/** The sources of one row, in the order given; throws, naming the file and row, for an unknown id. */
export function rowSources(
  file: string,
  rowId: string,
  ids: readonly string[],
  sources: ReadonlyMap<string, CsvSource>,
  words: SourceNameWords,
): RowSource[] {
  return ids.map((id) => {
    const source = sources.get(id);
    if (!source) throw new Error(`${file}: row "${rowId}" cites "${id}", which is not a known source.`);
    return { id, publisher: sourceName(source, words), ...(source.url ? { url: source.url } : {}) };
  });
}

/** Source ids written in a text field as a space-separated list (places.yaml's `source`). */
export function splitIds(list: string | undefined): string[] {
  return list ? list.split(/\s+/).filter(Boolean) : [];
}
