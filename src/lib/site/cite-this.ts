/**
 * How to cite a chapter: a plain reference and a BibTeX (biblatex `@online`) entry, built from
 * the chapter's title, the site (its author and publisher), its address and the date it was last
 * updated. That date is also the one its address is given as read on (`urldate`, "accessed"):
 * the day from which the address holds the text cited, the same in every build of that text. The
 * day of the build would change with every build, for a change to anything else, and say nothing
 * of the text; nor can a static page know the day a reader reads it.
 */
import { formatDate } from './format';

export interface ChapterCitation {
  /** The chapter id, used in the BibTeX key. */
  id: string;
  title: string;
  /** The site's name: the chapter's author and publisher, as an organisation. */
  siteName: string;
  /** The chapter's published address (routes.ts publishedUrl); none when the site's address is not set. */
  url: string | undefined;
  /** The day the chapter last changed in substance (its `updated`), which also dates its address. */
  updated: Date;
  /** The reader's locale for the written-out dates. */
  locale: string;
}

/**
 * The id of a chapter's "Cite this chapter" heading, which the link at the chapter's top points
 * to: unique across the site, as every heading id is, so the print edition could hold them all.
 */
export function citeThisId(chapterId: string): string {
  return `cite-this-${chapterId}`;
}

/** The words of a plain reference, in the reader's language. */
export interface CitationWords {
  lastUpdated: string;
  /** After the address: "accessed 27 November 2026". */
  citationAccessed(day: string): string;
  quoted(text: string): string;
}

const isoDay = (date: Date) => date.toISOString().slice(0, 10);

/** Site name (year). “Title”. Last updated 27 November 2026. https://… (accessed 27 November 2026). */
export function plainCitation(c: ChapterCitation, words: CitationWords): string {
  const updated = `${words.lastUpdated} ${formatDate(c.updated, c.locale)}.`;
  const where = c.url ? ` ${c.url} (${words.citationAccessed(formatDate(c.updated, c.locale))}).` : '';
  return `${c.siteName} (${c.updated.getUTCFullYear()}). ${words.quoted(c.title)}. ${updated}${where}`;
}

/** Braces and backslashes would end or escape a BibTeX field; nothing else needs care in UTF-8 biblatex. */
function field(value: string): string {
  return value.replace(/[\\{}]/g, '');
}

/**
 * A biblatex `@online` entry; the key is stable: the site's short key and the chapter id. The
 * site is the author in double braces, a name BibTeX does not split into first and last names;
 * `year` beside `date`, since classic BibTeX styles print no year from `date` alone.
 */
export function bibtexCitation(c: ChapterCitation): string {
  const key = `kgtj-border-${c.id}`.replace(/[^A-Za-z0-9-]/g, '-');
  return [
    `@online{${key},`,
    `  author = {{${field(c.siteName)}}},`,
    `  title = {${field(c.title)}},`,
    `  organization = {${field(c.siteName)}},`,
    `  date = {${isoDay(c.updated)}},`,
    `  year = {${c.updated.getUTCFullYear()}},`,
    ...(c.url ? [`  url = {${field(c.url)}},`, `  urldate = {${isoDay(c.updated)}},`] : []),
    `}`,
  ].join('\n');
}
