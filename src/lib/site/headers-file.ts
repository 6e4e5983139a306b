/**
 * The `_headers` file that Netlify and Cloudflare Pages read from the published folder: a URL
 * pattern on its own line, then its headers indented beneath it. A request takes the headers of
 * every rule whose pattern matches; Cloudflare joins a header set by two matching rules with a
 * comma (two Cache-Control values, or two policies that would both be enforced), so no header
 * here is set by two rules that can match the same path, but one: a figure's embed page
 * (/figures/<id>/embed/), which any site may frame, replaces the site-wide policy, which lets no
 * site frame a page. Its rule detaches the site-wide header (`! Content-Security-Policy`, Cloudflare
 * Pages' syntax) and sets its own; Netlify gives a path the header of the last matching rule, so
 * the rule comes after the site-wide one. Pure: the build integration
 * (src/build/headers-file.ts) supplies the pages and writes the file; the Playwright test reads
 * it back with parseHeadersFile and headersFor to apply it the way those hosts do.
 */
import { headerPolicy, policyInHtml } from './csp.ts';
import { isFigureEmbedPath } from './routes.ts';

export interface HeaderRule {
  /** A URL path; `*` stands for any run of characters, slashes included. */
  pattern: string;
  headers: Array<[name: string, value: string]>;
  /** Headers that other matching rules set and this rule takes off (`! Name`), before setting its own. */
  detach?: string[];
}

/** Astro names what it bundles into this folder by content hash: a changed file gets a new name. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';
/** Pages are checked with the host on every visit, so a correction reaches readers at once. */
export const REVALIDATE = 'public, max-age=0, must-revalidate';
/**
 * The fonts keep their names when the build subsets them again for new characters. A day is a
 * fair trade: a returning reader may for a day see a newly used character in the fallback serif.
 */
export const FONT_CACHE = 'public, max-age=86400';
/** Other sites learn only that a reader came from this site, never which page. */
const REFERRER_POLICY = 'strict-origin-when-cross-origin';

/** Cloudflare Pages' documented limits; past them it ignores rules rather than failing. */
const MAX_RULES = 100;
export const MAX_LINE = 2000;

/** `/sub/`, `sub` or `/sub` → `/sub/`; empty or `/` → `/`. */
export function normaliseBase(base: string): string {
  const trimmed = base.replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

/** The URL path a built HTML file is served at: `border/index.html` → `/sub/border/`. */
export function pagePath(file: string, base: string): string {
  const relative = file.replace(/^\/+/, '');
  const path = relative === 'index.html' ? '' : relative.endsWith('/index.html') ? relative.slice(0, -'index.html'.length) : relative;
  return normaliseBase(base) + path;
}

export interface SiteHeaderOptions {
  /** The site's base path (Astro's `base`). */
  base: string;
  /** The folder Astro bundles hashed assets into (Astro's `build.assets`, `_astro`). */
  assetsDir: string;
  /** The folder the self-hosted fonts are served from. */
  fontsDir: string;
  /** Every built HTML file: its path inside the output folder and its text. */
  pages: ReadonlyArray<{ file: string; html: string }>;
}

/**
 * The site's rules: security headers and the CSP for everything under the base (the not-found
 * page is served at any address, so the policy cannot be per path), a year for hashed assets, a
 * day for fonts, and revalidation for each page. Throws, naming the file, when a page has no CSP
 * `<meta>`: a header policy built without it could block what that page needs.
 */
export function siteHeaderRules({ base, assetsDir, fontsDir, pages }: SiteHeaderOptions): HeaderRule[] {
  if (pages.length === 0) throw new Error('no built pages to take the Content Security Policy from');
  const policies = pages.map(({ file, html }) => {
    const policy = policyInHtml(html);
    if (!policy) throw new Error(`${file} has no Content Security Policy <meta> tag to build the header policy from`);
    return policy;
  });
  const root = normaliseBase(base);
  const embedPolicies = pages.filter(({ file }) => isEmbed(pagePath(file, base), root)).map(({ html }) => policyInHtml(html)!);
  const folder = (name: string) => `${root}${name.replace(/^\/+|\/+$/g, '')}/*`;
  return [
    {
      pattern: `${root}*`,
      headers: [
        ['Content-Security-Policy', headerPolicy(policies)],
        ['X-Content-Type-Options', 'nosniff'],
        ['Referrer-Policy', REFERRER_POLICY],
      ],
    },
    { pattern: folder(assetsDir), headers: [['Cache-Control', IMMUTABLE]] },
    { pattern: folder(fontsDir), headers: [['Cache-Control', FONT_CACHE]] },
    ...pages
      .map(({ file }) => pagePath(file, base))
      .sort()
      .map((pattern): HeaderRule => {
        if (!isEmbed(pattern, root)) return { pattern, headers: [['Cache-Control', REVALIDATE]] };
        return {
          pattern,
          detach: ['Content-Security-Policy'],
          headers: [
            ['Content-Security-Policy', headerPolicy(embedPolicies, 'any')],
            ['Cache-Control', REVALIDATE],
          ],
        };
      }),
  ];
}

/** A figure's embed page, the one kind of page other sites may frame. */
function isEmbed(path: string, root: string): boolean {
  return path.startsWith(root) && isFigureEmbedPath(path.slice(root.length));
}

/** The file's text, with a note that it is generated. Throws past Cloudflare's limits. */
export function formatHeadersFile(rules: readonly HeaderRule[], note: string): string {
  if (rules.length > MAX_RULES) throw new Error(`_headers would have ${rules.length} rules; Cloudflare Pages reads at most ${MAX_RULES}`);
  const lines = [...note.split('\n').map((line) => `# ${line}`.trimEnd())];
  for (const { pattern, headers, detach = [] } of rules) {
    lines.push('', pattern, ...detach.map((name) => `  ! ${name}`), ...headers.map(([name, value]) => `  ${name}: ${value}`));
  }
  const long = lines.find((line) => line.length > MAX_LINE);
  if (long)
    throw new Error(`a _headers line is ${long.length} characters; Cloudflare Pages reads at most ${MAX_LINE}: ${long.slice(0, 60)}…`);
  return `${lines.join('\n')}\n`;
}

/** Reads a `_headers` file: comments and blank lines skipped, headers under the pattern above them. */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const [index, raw] of text.split(/\r?\n/).entries()) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    if (!/^\s/.test(raw)) {
      rules.push({ pattern: line, headers: [] });
      continue;
    }
    const rule = rules.at(-1);
    const detached = /^!\s*(\S+)$/.exec(line)?.[1];
    if (rule && detached) {
      (rule.detach ??= []).push(detached);
      continue;
    }
    const colon = line.indexOf(':');
    if (!rule || colon < 1) throw new Error(`_headers line ${index + 1} is neither a URL pattern nor a header under one: ${raw}`);
    rule.headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
  }
  return rules;
}

function patternMatches(pattern: string, pathname: string): boolean {
  const expression = pattern
    .split('*')
    .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
    .join('.*');
  return new RegExp(`^${expression}$`).test(pathname);
}

/**
 * The headers a request for `pathname` gets, as Cloudflare Pages gives them: those of every
 * matching rule, names in lower case, a header set by several rules joined with `, `, except that
 * a header a matching rule detaches (`! Name`) comes only from the rules that detach it.
 */
export function headersFor(rules: readonly HeaderRule[], pathname: string): Record<string, string> {
  const result: Record<string, string> = {};
  const matching = rules.filter(({ pattern }) => patternMatches(pattern, pathname));
  const detached = new Set(matching.flatMap(({ detach = [] }) => detach.map((name) => name.toLowerCase())));
  for (const { headers, detach = [] } of matching) {
    const own = new Set(detach.map((name) => name.toLowerCase()));
    for (const [name, value] of headers) {
      const key = name.toLowerCase();
      if (detached.has(key) && !own.has(key)) continue;
      result[key] = result[key] === undefined ? value : `${result[key]}, ${value}`;
    }
  }
  return result;
}
