/**
 * How a source is named wherever the site names it (citation labels, figure source lines, the CSV,
 * /sources/): a copy or mirror is named by whose text it is first, then where it was read, so a
 * reader never takes Devdiscourse's copy of a Reuters report for Devdiscourse's own reporting.
 */

/** How the page's language names a copy: "Reuters, via Devdiscourse". */
export interface SourceNameWords {
  copyOf(carries: string, publisher: string): string;
}

export interface NamedSource {
  publisher: string;
  /** Whose text the publisher republished, for a copy or mirror (content/sources.yaml `carries`). */
  carries?: string | undefined;
}

/** "Reuters, via Devdiscourse" for a copy; the publisher alone otherwise. */
export function sourceName(source: NamedSource, words: SourceNameWords): string {
  return source.carries ? words.copyOf(source.carries, source.publisher) : source.publisher;
}

/** The same for a source looked up by id, which may be missing: undefined then. */
export function sourceNameOf(source: NamedSource | undefined, words: SourceNameWords): string | undefined {
  return source && sourceName(source, words);
}
