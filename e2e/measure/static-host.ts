/**
 * The decisions a static host makes for each request, kept pure so they can be tested without a
 * server: which file a URL means (with the site's trailing slashes and its base path), what type
 * it is, whether and how to compress it, and how long browsers may cache it. The benchmark
 * (bench.ts, through serve-dist.ts) serves dist/ with them.
 */

/** Compressions the host can apply, in the order it prefers them. */
export type Encoding = 'br' | 'gzip';

const TYPES: Record<string, string> = {
  html: 'text/html; charset=utf-8',
  css: 'text/css; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
  mjs: 'text/javascript; charset=utf-8',
  json: 'application/json; charset=utf-8',
  map: 'application/json; charset=utf-8',
  webmanifest: 'application/manifest+json; charset=utf-8',
  txt: 'text/plain; charset=utf-8',
  xml: 'application/xml; charset=utf-8',
  svg: 'image/svg+xml; charset=utf-8',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  webp: 'image/webp',
  avif: 'image/avif',
  ico: 'image/x-icon',
  woff2: 'font/woff2',
  woff: 'font/woff',
  ttf: 'font/ttf',
  otf: 'font/otf',
  pdf: 'application/pdf',
};

/** The Content-Type a file is served with, from its extension. */
export function contentTypeFor(path: string): string {
  const name = path.slice(path.lastIndexOf('/') + 1);
  const dot = name.lastIndexOf('.');
  return (dot > 0 && TYPES[name.slice(dot + 1).toLowerCase()]) || 'application/octet-stream';
}

/** Text is compressed on the way out; fonts and images are already compressed formats. */
export function isCompressible(contentType: string): boolean {
  const type = contentType.split(';', 1)[0]!.trim().toLowerCase();
  return type.startsWith('text/') || ['application/json', 'application/manifest+json', 'application/xml', 'image/svg+xml'].includes(type);
}

/**
 * Astro names what it bundles into `_astro/` by content hash, so those files never change and can
 * be kept for a year. Pages must be revalidated so a reader sees corrections at once. Everything
 * else (fonts, favicon, the print running-heads stylesheet) keeps its name across deploys, so an
 * hour.
 */
export function cacheControlFor(relativePath: string): string {
  if (relativePath.startsWith('_astro/')) return 'public, max-age=31536000, immutable';
  if (relativePath.endsWith('.html')) return 'public, max-age=0, must-revalidate';
  return 'public, max-age=3600';
}

/**
 * The best of the offered encodings that an Accept-Encoding header allows (`q=0` refuses one,
 * `*` stands for any not named), or identity when none is.
 */
export function chooseEncoding(acceptEncoding: string | undefined, offered: readonly Encoding[]): Encoding | 'identity' {
  const weights = new Map<string, number>();
  for (const part of (acceptEncoding ?? '').split(',')) {
    const [name = '', ...params] = part.trim().toLowerCase().split(';');
    if (!name) continue;
    const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find((v) => v !== undefined);
    weights.set(name.trim(), q === undefined ? 1 : Number(q));
  }
  let best: Encoding | 'identity' = 'identity';
  let bestWeight = 0;
  for (const encoding of offered) {
    const weight = weights.get(encoding) ?? weights.get('*') ?? 0;
    if (weight > bestWeight) {
      best = encoding;
      bestWeight = weight;
    }
  }
  return best;
}

/** Normalises a base path to start and end with `/` (`batken` → `/batken/`). */
export function normaliseBase(base: string | undefined): string {
  const trimmed = (base ?? '/').replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

/** What a path inside the served folder is, or undefined when there is nothing there. */
export type Lookup = (relativePath: string) => 'file' | 'dir' | undefined;

export type Resolution = { status: 200; file: string } | { status: 301; location: string } | { status: 404 };

/**
 * The response to a request path (as it appears in the URL, percent-encoded), for a site built
 * with `trailingSlash: 'always'` and `build.format: 'directory'` under `base`:
 *
 * - `/border/` serves `border/index.html`; `/border` redirects there (query kept);
 * - a file that exists is served as it is (`/fonts/x.woff2`, `/404.html`);
 * - anything else, anything outside the base and anything that tries to climb out of the folder
 *   is a 404 (the caller serves `404.html` with it).
 */
export function resolveRequest(pathname: string, search: string, base: string, lookup: Lookup): Resolution {
  const root = normaliseBase(base);
  if (root !== '/' && pathname === root.slice(0, -1)) return { status: 301, location: root + search };
  if (!pathname.startsWith(root)) return { status: 404 };
  let relative: string;
  try {
    relative = decodeURIComponent(pathname.slice(root.length));
  } catch {
    return { status: 404 };
  }
  const segments = relative.split('/');
  if (segments.some((s) => s === '..' || s === '.' || s.includes('\\') || s.includes('\0')) || relative.startsWith('/'))
    return { status: 404 };
  if (relative === '' || relative.endsWith('/')) {
    const index = `${relative}index.html`;
    return lookup(index) === 'file' ? { status: 200, file: index } : { status: 404 };
  }
  const found = lookup(relative);
  if (found === 'file') return { status: 200, file: relative };
  if (found === 'dir' && lookup(`${relative}/index.html`) === 'file') return { status: 301, location: `${pathname}/${search}` };
  return { status: 404 };
}
