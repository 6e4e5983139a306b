/**
 * What every component needs to know about the page it is rendered on: its language and words,
 * its edition and where the site lives. src/middleware.ts builds it once per page with
 * `pageContext` and puts it on `Astro.locals`, so no component works any of it out again.
 */
import type { Locale } from './locales';
import { isFigureEmbedPath, localizedPath, sourceHref, unlocalizedPath, withBase } from './routes';

/**
 * Which document a component is rendered into: a page of the web site, the print edition
 * (/print/, every chapter in one document), or a figure embedded on another site (/figures/<id>/embed/).
 */
export type Edition = 'web' | 'print' | 'embed';

export interface PageContext<Words> {
  locale: Locale;
  /** The interface's words in the page's language. */
  words: Words;
  edition: Edition;
  /** The path the site is served under, with a slash at each end (`/`, `/batken-explainer/`). */
  base: string;
  /**
   * A root-relative path (`/sources/`) as a link under the base, to the page in this page's
   * language (`/ru/sources/` on a Russian page); a file's path keeps its own, and any other link
   * comes back unchanged.
   */
  link(path: string): string;
  /** A page's path in this page's language, without the base: what published addresses are made from. */
  pagePath(path: string): string;
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
  if (!url.pathname.startsWith(prefix)) return 'web';
  const path = unlocalizedPath(url.pathname.slice(prefix.length - 1));
  if (path === '/print/') return 'print';
  return isFigureEmbedPath(path.slice(1)) ? 'embed' : 'web';
}

export function pageContext<Words>(page: { url: URL; base: string; locale: Locale; words: Words }): PageContext<Words> {
  const { base, locale, words } = page;
  const edition = editionOf(page.url, base);
  return {
    locale,
    words,
    edition,
    base,
    link: (path) => withBase(localizedPath(path, locale), base),
    pagePath: (path) => localizedPath(path, locale),
    sourceHref: (sourceId, number) =>
      edition === 'print' && number !== undefined
        ? sourceHref(sourceId, base, number)
        : withBase(localizedPath(sourceHref(sourceId, '/'), locale), base),
  };
}
