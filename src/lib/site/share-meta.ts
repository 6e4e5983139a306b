/**
 * What a page tells the sites that preview its link (Open Graph, read by most of them, and the
 * Twitter/X card tags): title, sentence, address, kind of page, and the share card picture.
 * Pure: the layout passes in absolute URLs and words and writes out the tags this returns.
 */

interface ShareImage {
  /** Absolute URL of the PNG. */
  url: string;
  width: number;
  height: number;
  /** What the picture shows, for readers who cannot see it. */
  alt: string;
}

export interface ShareMetaInput {
  /** The page's own title, without the site's name (`og:site_name` carries that). */
  title: string;
  description: string;
  /** The page's canonical, absolute URL; omitted for the 404 page, which has no address of its own. */
  url?: string;
  /** `article` for a chapter, `website` for the home page and the site's other pages. */
  type: 'article' | 'website';
  siteName: string;
  /** The page's language as a BCP 47 tag (`en-GB`). */
  locale: string;
  image: ShareImage;
  /** When an article was last changed. */
  modified?: Date;
}

/** One `<meta>`: Open Graph tags use `property`, Twitter's use `name`. */
export type MetaTag = { property: string; content: string } | { name: string; content: string };

/** A BCP 47 tag as Open Graph writes locales: `en-GB` → `en_GB`, `ru` → `ru`. */
export function ogLocale(tag: string): string {
  const [language, region] = tag.split('-');
  if (!language) throw new Error(`not a language tag: "${tag}"`);
  return region ? `${language.toLowerCase()}_${region.toUpperCase()}` : language.toLowerCase();
}

function isAbsolute(url: string): boolean {
  return /^https?:\/\/[^/]/.test(url);
}

/** The Open Graph and Twitter card tags for a page, in a stable order. */
export function shareMetaTags(input: ShareMetaInput): MetaTag[] {
  const { title, description, url, type, siteName, locale, image, modified } = input;
  for (const [what, value] of [
    ['page URL', url],
    ['image URL', image.url],
  ] as const) {
    if (value !== undefined && !isAbsolute(value)) throw new Error(`link previews need an absolute ${what}, not "${value}"`);
  }
  const og = (property: string, content: string): MetaTag => ({ property, content });
  const tw = (name: string, content: string): MetaTag => ({ name, content });
  return [
    og('og:type', type),
    og('og:site_name', siteName),
    og('og:locale', ogLocale(locale)),
    og('og:title', title),
    og('og:description', description),
    ...(url ? [og('og:url', url)] : []),
    og('og:image', image.url),
    og('og:image:type', 'image/png'),
    og('og:image:width', String(image.width)),
    og('og:image:height', String(image.height)),
    og('og:image:alt', image.alt),
    ...(type === 'article' && modified ? [og('article:modified_time', modified.toISOString())] : []),
    tw('twitter:card', 'summary_large_image'),
    tw('twitter:title', title),
    tw('twitter:description', description),
    tw('twitter:image', image.url),
    tw('twitter:image:alt', image.alt),
  ];
}

/** robots.txt that lets every crawler in and names the sitemap, when there is an absolute address for it. */
export function robotsTxt(sitemapUrl?: string): string {
  if (sitemapUrl !== undefined && !isAbsolute(sitemapUrl)) throw new Error(`robots.txt needs an absolute sitemap URL, not "${sitemapUrl}"`);
  return ['User-agent: *', 'Allow: /', ...(sitemapUrl ? ['', `Sitemap: ${sitemapUrl}`] : []), ''].join('\n');
}
