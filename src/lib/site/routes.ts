/**
 * URLs of the site, kept in one place so that chapters, navigation, the print edition and a
 * deployment under a sub-path (`base`) agree. Pure functions; no Astro imports.
 */

import { DEFAULT_LOCALE, isLocale, type Locale } from './locales';

/**
 * Where a language's pages start: nothing for English, `/ru` for Russian. Every page exists in
 * every language at the same path after this prefix (`/border/`, `/ru/border/`), which is what
 * lets the language switch and the `hreflang` links pair them without a table.
 */
export function localePrefix(locale: Locale): string {
  return locale === DEFAULT_LOCALE ? '' : `/${locale}`;
}

/** The language of a root-relative path (`/ru/border/#vorukh` is Russian, `/border/` English). */
export function localeOfPath(path: string): Locale {
  const first = /^\/([^/#?]+)(?:[/#?]|$)/.exec(path)?.[1];
  return first !== undefined && isLocale(first) && first !== DEFAULT_LOCALE ? first : DEFAULT_LOCALE;
}

/** A root-relative path with its language prefix taken off: `/ru/border/` → `/border/`, `/ru/` → `/`. */
export function unlocalizedPath(path: string): string {
  const prefix = localePrefix(localeOfPath(path));
  return prefix ? path.slice(prefix.length) || '/' : path;
}

/**
 * A page's path in a language: `/sources/#source-x` in Russian is `/ru/sources/#source-x`. Only
 * pages move (their paths end in a slash before any `#` or `?`); files (`/data/casualties.csv`,
 * `/favicon.svg`) are one for every language and keep their path. A path that already names a
 * language, and anything not root-relative, comes back unchanged.
 */
export function localizedPath(path: string, locale: Locale): string {
  if (!path.startsWith('/') || localeOfPath(path) !== DEFAULT_LOCALE) return path;
  const pathPart = path.replace(/[#?].*$/, '');
  if (!pathPart.endsWith('/')) return path;
  return `${localePrefix(locale)}${path}`;
}

/** The same page in another language: `/ru/border/#vorukh` in English is `/border/#vorukh`. */
export function pathInLocale(path: string, locale: Locale): string {
  return localizedPath(unlocalizedPath(path), locale);
}

/** The chapter whose page is the site's home page. */
export const HOME_CHAPTER = 'overview';

/** The published path of a chapter, with the trailing slash the site always uses. */
export function chapterPath(chapterId: string): string {
  return chapterId === HOME_CHAPTER ? '/' : `/${chapterId}/`;
}

/**
 * The id of a chapter's list of corrections (ChapterCorrections): one per chapter, so that ids
 * stay unique across the site, as the print edition needs.
 */
export function correctionsAnchor(chapterId: string): string {
  return `corrections-${chapterId}`;
}

/** The id a chapter's section carries inside the print edition. */
export function printChapterAnchor(chapterId: string): string {
  return `chapter-${chapterId}`;
}

/** The id of the print edition's title page. */
export const PRINT_TITLE_ANCHOR = 'print-edition';

/** The chronology page, which the print edition holds as a section with this id. */
export const CHRONOLOGY_PATH = '/chronology/';
export const CHRONOLOGY_PRINT_ANCHOR = 'chronology';
/** The print edition's last part, the corrections of every page. */
export const PRINT_CORRECTIONS_ANCHOR = 'corrections';

/** Names and places, A–Z: a page of its own, not part of the print edition. */
export const NAMES_PATH = '/names/';

/** The data as files: a page of its own listing every downloadable file, not part of the print edition. */
export const DATA_PATH = '/data/';

/** A figure's page of its own, by its anchor (`figure-map` → `/figures/figure-map/`). */
export function figurePath(figureId: string): string {
  return `/figures/${figureId}/`;
}

/** The anchor of the embed code on a figure's page, where every caption's "Embed" leads. */
export const EMBED_ANCHOR = 'embed';

/** A figure's page for a frame on another site: the figure, its caption and sources, and a credit. */
export function figureEmbedPath(figureId: string): string {
  return `${figurePath(figureId)}embed/`;
}

/** A figure's file to download, named after it (`/figures/figure-map/figure-map.png`). */
export function figureDownloadPath(figureId: string, format: 'png' | 'svg'): string {
  return `${figurePath(figureId)}${figureId}.${format}`;
}

/** A figure's oEmbed response, which its page names in a discovery link. */
export function figureOembedPath(figureId: string): string {
  return `${figurePath(figureId)}oembed.json`;
}

/** Whether a path under the base (`figures/figure-map/embed/`, no leading slash) is a figure's embed page. */
export function isFigureEmbedPath(pathUnderBase: string): boolean {
  return /^figures\/[^/]+\/embed\/$/.test(pathUnderBase);
}

/** The anchor of a source's entry on /sources/. */
export function sourceAnchor(sourceId: string): string {
  return `source-${sourceId}`;
}

/**
 * The anchor of a source's entry in the print edition: its number, short because the edition
 * links to its list some 1,200 times (the long anchor cost 6 KiB gzip there).
 */
export function printSourceAnchor(number: number): string {
  return `s${number}`;
}

/**
 * Where a link to a source's entry points: /sources/ under the base, or, inside the print edition
 * (pass the source's number there), the entry at the end of the same document.
 */
export function sourceHref(sourceId: string, base: string, printNumber?: number): string {
  return printNumber === undefined ? withBase(`/sources/#${sourceAnchor(sourceId)}`, base) : `#${printSourceAnchor(printNumber)}`;
}

/** Prefixes a root-relative path with the deployment's base (`/` or `/sub/path/`). */
export function withBase(path: string, base: string): string {
  if (!path.startsWith('/')) return path;
  const trimmed = base.endsWith('/') ? base.slice(0, -1) : base;
  return `${trimmed}${path}`;
}

/**
 * What astro.config.mjs gives `site` when SITE_URL is not set. It is under the reserved
 * `.example` domain, so it is never a real address and is never printed.
 */
export const PLACEHOLDER_SITE = 'https://border-explainer.example';

/** Where the site is published, or undefined when the build was not told (SITE_URL unset). */
export function publishedSite(site: URL | string | undefined): URL | undefined {
  if (site === undefined) return undefined;
  const url = new URL(site);
  return url.origin === new URL(PLACEHOLDER_SITE).origin ? undefined : url;
}

/** A root-relative path as an absolute URL on the published site, or undefined when it is not known. */
export function publishedUrl(path: string, base: string, site: URL | string | undefined): string | undefined {
  const published = publishedSite(site);
  return published && absoluteUrl(path, base, published);
}

/**
 * A root-relative path as an absolute URL on the published site, sub-path included: what
 * canonical links, link previews and the sitemap need (`https://example.org/sub/border/`).
 */
export function absoluteUrl(path: string, base: string, site: string | URL): string {
  if (!path.startsWith('/')) throw new Error(`absoluteUrl takes a root-relative path, not "${path}"`);
  return new URL(withBase(path, base), site).href;
}

/** The id of the share card for the pages that are not chapters (sources, print edition, 404). */
export const SITE_SHARE_CARD = 'site';

/** Where a share card's PNG is published (see src/pages/og/[card].png.ts). */
export function shareImagePath(cardId: string): string {
  return `/og/${cardId}.png`;
}

/** True for links that leave the site (anything with a scheme or starting with `//`). */
export function isExternal(href: string): boolean {
  return /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i.test(href);
}

/**
 * Where an internal link should point inside the print edition, which holds every chapter and
 * the sources in one document. Heading ids are unique across the site, so `/border/#vorukh`
 * becomes `#vorukh`; a link to a chapter's top becomes that chapter's section. Links the print
 * edition cannot hold (external ones, files) come back unchanged.
 */
export function printHref(href: string, chapterIds: readonly string[]): string {
  if (isExternal(href) || !href.startsWith('/')) return href;
  const [written = '/', fragment] = href.split('#', 2);
  if (fragment) return `#${fragment}`;
  // The print edition of either language holds the same pages: /ru/border/ is a chapter of the Russian one.
  const path = unlocalizedPath(written);
  if (path === '/sources/') return '#sources';
  if (path === CHRONOLOGY_PATH) return `#${CHRONOLOGY_PRINT_ANCHOR}`;
  if (path === '/print/') return `#${PRINT_TITLE_ANCHOR}`;
  const chapter = chapterIds.find((id) => chapterPath(id) === path);
  return chapter ? `#${printChapterAnchor(chapter)}` : href;
}
