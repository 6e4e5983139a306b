import { describe, expect, it } from 'vitest';
import { parsePolicy } from './csp.ts';
import {
  FONT_CACHE,
  IMMUTABLE,
  MAX_LINE,
  REVALIDATE,
  formatHeadersFile,
  headersFor,
  normaliseBase,
  pagePath,
  parseHeadersFile,
  siteHeaderRules,
  type HeaderRule,
} from './headers-file.ts';

const meta = (hash: string) =>
  `<meta http-equiv="content-security-policy" content="script-src 'self' 'sha256-${hash}='; style-src 'self';">`;
const pages = [
  { file: 'index.html', html: meta('HOME') },
  { file: 'border/index.html', html: meta('BORDER') },
  { file: '404.html', html: meta('HOME') },
];
const site = (base: string) => siteHeaderRules({ base, assetsDir: '_astro', fontsDir: 'fonts', pages });

describe('normaliseBase and pagePath', () => {
  it('give the base slashes at both ends', () => {
    expect(normaliseBase('')).toBe('/');
    expect(normaliseBase('/')).toBe('/');
    expect(normaliseBase('batken-explainer')).toBe('/batken-explainer/');
    expect(normaliseBase('/batken-explainer')).toBe('/batken-explainer/');
  });

  it('serve a folder’s index.html at the folder and other files at their own name', () => {
    expect(pagePath('index.html', '/')).toBe('/');
    expect(pagePath('border/index.html', '/')).toBe('/border/');
    expect(pagePath('404.html', '/')).toBe('/404.html');
    expect(pagePath('border/index.html', '/batken-explainer/')).toBe('/batken-explainer/border/');
  });
});

describe('siteHeaderRules', () => {
  it('sends every address the security headers, with a policy allowing every page’s hashes', () => {
    for (const path of ['/', '/border/', '/no-such-page/', '/_astro/x.css']) {
      const headers = headersFor(site('/'), path);
      expect(headers['x-content-type-options']).toBe('nosniff');
      expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
      expect(parsePolicy(headers['content-security-policy']!).get('script-src')).toEqual(["'self'", "'sha256-HOME='", "'sha256-BORDER='"]);
    }
  });

  it('caches hashed assets for a year, fonts for a day, and has every page revalidated', () => {
    const rules = site('/');
    expect(headersFor(rules, '/_astro/BaseLayout.BcAlnswg.css')['cache-control']).toBe(IMMUTABLE);
    expect(headersFor(rules, '/fonts/source-serif-latin.woff2')['cache-control']).toBe(FONT_CACHE);
    for (const path of ['/', '/border/', '/404.html']) expect(headersFor(rules, path)['cache-control']).toBe(REVALIDATE);
  });

  it('never sets one header twice for the same address', () => {
    const rules = site('/');
    for (const path of ['/', '/border/', '/404.html', '/_astro/a.js', '/fonts/a.woff2', '/favicon.svg']) {
      const matching = rules.filter((rule) => Object.keys(headersFor([rule], path)).length > 0);
      const names = matching.flatMap((rule) => rule.headers.map(([name]) => name.toLowerCase()));
      expect(new Set(names).size, path).toBe(names.length);
    }
  });

  it('puts every pattern under the base path', () => {
    const rules = site('/batken-explainer/');
    expect(rules.map((rule) => rule.pattern)).toEqual([
      '/batken-explainer/*',
      '/batken-explainer/_astro/*',
      '/batken-explainer/fonts/*',
      '/batken-explainer/',
      '/batken-explainer/404.html',
      '/batken-explainer/border/',
    ]);
    expect(headersFor(rules, '/border/')).toEqual({});
  });

  it('names the page that has no policy to build from', () => {
    expect(() =>
      siteHeaderRules({
        base: '/',
        assetsDir: '_astro',
        fontsDir: 'fonts',
        pages: [...pages, { file: 'sources/index.html', html: '<head></head>' }],
      }),
    ).toThrow(/sources\/index\.html has no Content Security Policy/);
  });
});

describe('siteHeaderRules for a figure’s embed', () => {
  const withEmbed = [...pages, { file: 'figures/figure-map/embed/index.html', html: meta('EMBED') }];
  const rules = (base: string) => siteHeaderRules({ base, assetsDir: '_astro', fontsDir: 'fonts', pages: withEmbed });
  const framers = (headers: Record<string, string>) => parsePolicy(headers['content-security-policy']!).get('frame-ancestors');

  it('lets any site frame the embed, with one policy that replaces the site-wide one', () => {
    for (const base of ['/', '/batken-explainer/']) {
      const headers = headersFor(rules(base), `${base}figures/figure-map/embed/`);
      expect(headers['content-security-policy']).not.toContain(', ');
      expect(framers(headers)).toEqual(['*']);
      expect(parsePolicy(headers['content-security-policy']!).get('script-src')).toEqual(["'self'", "'sha256-EMBED='"]);
      expect(headers['cache-control']).toBe(REVALIDATE);
      expect(headers['x-content-type-options']).toBe('nosniff');
    }
  });

  it('still lets no site frame any other page, the figure’s own page and unknown addresses included', () => {
    for (const path of ['/', '/border/', '/figures/figure-map/', '/figures/figure-map/embed/x/', '/no-such-page/']) {
      expect(framers(headersFor(rules('/'), path)), path).toEqual(["'none'"]);
    }
  });

  it('writes the detach line Cloudflare Pages reads, after the site-wide rule, and reads it back', () => {
    const text = formatHeadersFile(rules('/'), 'note');
    expect(text).toMatch(
      /\n\/figures\/figure-map\/embed\/\n {2}! Content-Security-Policy\n {2}Content-Security-Policy: [^\n]*frame-ancestors \*/,
    );
    expect(text.indexOf('\n/*\n')).toBeLessThan(text.indexOf('\n/figures/figure-map/embed/\n'));
    expect(parseHeadersFile(text)).toEqual(rules('/'));
  });
});

describe('formatHeadersFile and parseHeadersFile', () => {
  it('write the hosts’ syntax and read it back unchanged', () => {
    const rules = site('/');
    const text = formatHeadersFile(rules, 'Generated at build.\nDo not edit.');
    expect(text.startsWith('# Generated at build.\n# Do not edit.\n\n/*\n  Content-Security-Policy: script-src')).toBe(true);
    expect(text).toContain('\n/_astro/*\n  Cache-Control: public, max-age=31536000, immutable\n');
    expect(parseHeadersFile(text)).toEqual(rules);
  });

  it('refuse a line longer than Cloudflare Pages reads', () => {
    const rules: HeaderRule[] = [{ pattern: '/*', headers: [['X-Long', 'a'.repeat(MAX_LINE)]] }];
    expect(() => formatHeadersFile(rules, 'note')).toThrow(/characters; Cloudflare Pages reads at most 2000/);
  });

  it('reject a header with no pattern above it', () => {
    expect(() => parseHeadersFile('  X-Orphan: yes\n')).toThrow(/line 1/);
  });
});

describe('headersFor', () => {
  it('matches `*` across slashes and joins a header two rules set, as Cloudflare does', () => {
    const rules = parseHeadersFile('/*\n  Cache-Control: a\n/x/*\n  Cache-Control: b\n/x/\n  X-Exact: yes\n');
    expect(headersFor(rules, '/x/y/z.css')).toEqual({ 'cache-control': 'a, b' });
    expect(headersFor(rules, '/x/')).toEqual({ 'cache-control': 'a, b', 'x-exact': 'yes' });
    expect(headersFor(rules, '/xy')).toEqual({ 'cache-control': 'a' });
  });

  it('takes a detached header only from the rules that detach it', () => {
    const rules = parseHeadersFile('/*\n  X-Policy: strict\n  X-Other: 1\n/open/\n  ! X-Policy\n  X-Policy: open\n');
    expect(headersFor(rules, '/open/')).toEqual({ 'x-policy': 'open', 'x-other': '1' });
    expect(headersFor(rules, '/closed/')).toEqual({ 'x-policy': 'strict', 'x-other': '1' });
  });

  it('treats the pattern’s dots literally', () => {
    expect(headersFor(parseHeadersFile('/404.html\n  X: 1\n'), '/404xhtml')).toEqual({});
  });
});
