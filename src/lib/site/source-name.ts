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

/** Whether a title is the project's description of a page, written in brackets, rather than the title as published. */
export function isDescribedTitle(title: string): boolean {
  return title.startsWith('(');
}

/** What a source's title language is read from. */
export interface TitledSource {
  title: string;
  /** content/sources.yaml `lang`, where the script does not tell the title's language. */
  lang?: string | undefined;
}

/**
 * The `lang` a page in `pageLanguage` gives a source's title, or undefined when the title is in
 * the page's language: a title in brackets is the project's description, written in each
 * edition's language; otherwise the source's `lang`, or Russian for a title in Cyrillic and
 * English for one in Latin letters.
 */
export function titleLanguage(source: TitledSource, pageLanguage: string): string | undefined {
  if (isDescribedTitle(source.title)) return undefined;
  const language = source.lang ?? (/[\u0400-\u04ff]/.test(source.title) ? 'ru' : 'en');
  return language === pageLanguage ? undefined : language;
}
