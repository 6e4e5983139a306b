/**
 * How to cite a chapter: a plain reference and a BibTeX (biblatex `@online`) entry, built from
 * the chapter's title, the site's name, its address and the date it was last updated.
 */
export interface ChapterCitation {
  /** The chapter id, used in the BibTeX key. */
  id: string;
  title: string;
  siteName: string;
  /** The chapter's published address (routes.ts publishedUrl); none when the site's address is not set. */
  url: string | undefined;
  updated: Date;
  /** The reader's locale for the written-out date. */
  locale: string;
}

/** The words of a plain reference, in the reader's language. */
export interface CitationWords {
  lastUpdated: string;
  quoted(text: string): string;
}

const isoDay = (date: Date) => date.toISOString().slice(0, 10);

/** “Title.” Site name. Last updated 27 November 2026. https://… */
export function plainCitation(c: ChapterCitation, words: CitationWords): string {
  const day = new Intl.DateTimeFormat(c.locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(c.updated);
  return `${words.quoted(c.title)}. ${c.siteName}. ${words.lastUpdated} ${day}.${c.url ? ` ${c.url}` : ''}`;
}

/** Braces and backslashes would end or escape a BibTeX field; nothing else needs care in UTF-8 biblatex. */
function field(value: string): string {
  return value.replace(/[\\{}]/g, '');
}

/** A biblatex `@online` entry; the key is stable: the site's short key and the chapter id. */
export function bibtexCitation(c: ChapterCitation): string {
  const key = `kgtj-border-${c.id}`.replace(/[^A-Za-z0-9-]/g, '-');
  return [
    `@online{${key},`,
    `  title = {${field(c.title)}},`,
    `  organization = {${field(c.siteName)}},`,
    `  date = {${isoDay(c.updated)}},`,
    ...(c.url ? [`  url = {${field(c.url)}},`] : []),
    `}`,
  ].join('\n');
}
