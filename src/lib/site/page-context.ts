/**
 * What every component needs to know about the page it is rendered on: its language and words,
 * its edition and where the site lives. src/middleware.ts builds it once per page with
 * `pageContext` and puts it on `Astro.locals`, so no component works any of it out again.
 */
import { isFigureEmbedPath, sourceHref, withBase } from './routes';

/**
 * Which document a component is rendered into: a page of the web site, the print edition
 * (/print/, every chapter in one document), or a figure embedded on another site (/figures/<id>/embed/).
 */
export type Edition = 'web' | 'print' | 'embed';

export interface PageContext<Locale extends string, Words> {
  locale: Locale;
  /** The interface's words in the page's language. */
  words: Words;
  edition: Edition;
  /** The path the site is served under, with a slash at each end (`/`, `/batken-explainer/`). */
  base: string;
  /** A root-relative path (`/sources/`) as a link under the base; any other link comes back unchanged. */
  link(path: string): string;
  /**
   * The link to a source's entry: on /sources/, or, in the print edition and given the source's
   * number there, to the entry at the end of the same document.
   */
  sourceHref(sourceId: string, number?: number): string;
}

/**
 * The edition a page's address belongs to: /print/ under the base is the print edition, a
 * figure's /figures/<id>/embed/ the edition shown inside a frame on another site.
 */
export function editionOf(url: URL, base: string): Edition {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  if (url.pathname === `${prefix}print/`) return 'print';
  return url.pathname.startsWith(prefix) && isFigureEmbedPath(url.pathname.slice(prefix.length)) ? 'embed' : 'web';
}

export function pageContext<Locale extends string, Words>(page: {
  url: URL;
  base: string;
  locale: Locale;
  words: Words;
}): PageContext<Locale, Words> {
  const { base, locale, words } = page;
  const edition = editionOf(page.url, base);
  return {
    locale,
    words,
    edition,
    base,
    link: (path) => withBase(path, base),
    sourceHref: (sourceId, number) => sourceHref(sourceId, base, edition === 'print' ? number : undefined),
  };
}
