import { describe, expect, it } from 'vitest';
import { cacheControlFor, chooseEncoding, contentTypeFor, isCompressible, normaliseBase, resolveRequest, type Lookup } from './static-host';

/** A built site as the host sees it: files and the folders that hold them. */
function fakeDist(files: string[]): Lookup {
  const dirs = new Set(
    files.flatMap((file) =>
      file
        .split('/')
        .slice(0, -1)
        .map((_, i, parts) => parts.slice(0, i + 1).join('/')),
    ),
  );
  return (path) => (files.includes(path) ? 'file' : dirs.has(path.replace(/\/$/, '')) ? 'dir' : undefined);
}

const dist = fakeDist([
  'index.html',
  '404.html',
  'border/index.html',
  'fonts/source-serif-latin.woff2',
  '_astro/BaseLayout.abc123.css',
  'favicon.svg',
]);

describe('resolveRequest', () => {
  it('serves a page from its folder’s index.html', () => {
    expect(resolveRequest('/', '', '/', dist)).toEqual({ status: 200, file: 'index.html' });
    expect(resolveRequest('/border/', '', '/', dist)).toEqual({ status: 200, file: 'border/index.html' });
  });
  it('redirects a page without its trailing slash to the one with it, keeping the query', () => {
    expect(resolveRequest('/border', '', '/', dist)).toEqual({ status: 301, location: '/border/' });
    expect(resolveRequest('/border', '?utm=x', '/', dist)).toEqual({ status: 301, location: '/border/?utm=x' });
  });
  it('serves files as they are, the 404 page included', () => {
    expect(resolveRequest('/fonts/source-serif-latin.woff2', '', '/', dist)).toEqual({
      status: 200,
      file: 'fonts/source-serif-latin.woff2',
    });
    expect(resolveRequest('/404.html', '', '/', dist)).toEqual({ status: 200, file: '404.html' });
  });
  it('answers 404 for what is not there, and for a file asked for as a folder', () => {
    expect(resolveRequest('/no-such-page/', '', '/', dist)).toEqual({ status: 404 });
    expect(resolveRequest('/no-such-page', '', '/', dist)).toEqual({ status: 404 });
    expect(resolveRequest('/favicon.svg/', '', '/', dist)).toEqual({ status: 404 });
    expect(resolveRequest('/fonts/', '', '/', dist)).toEqual({ status: 404 });
  });
  it('never leaves the served folder', () => {
    expect(resolveRequest('/../etc/passwd', '', '/', dist)).toEqual({ status: 404 });
    expect(resolveRequest('/%2e%2e/etc/passwd', '', '/', dist)).toEqual({ status: 404 });
    expect(resolveRequest('/border/%2e%2e/%2e%2e/x', '', '/', dist)).toEqual({ status: 404 });
    expect(resolveRequest('/%E0%A4%A', '', '/', dist)).toEqual({ status: 404 });
  });
  it('decodes percent-encoded names', () => {
    expect(resolveRequest('/fonts/source%2Dserif-latin.woff2', '', '/', dist)).toEqual({
      status: 200,
      file: 'fonts/source-serif-latin.woff2',
    });
  });
  it('serves the site under a base path and nothing outside it', () => {
    const base = '/batken-explainer/';
    expect(resolveRequest('/batken-explainer/', '', base, dist)).toEqual({ status: 200, file: 'index.html' });
    expect(resolveRequest('/batken-explainer/border/', '', base, dist)).toEqual({ status: 200, file: 'border/index.html' });
    expect(resolveRequest('/batken-explainer/border', '', base, dist)).toEqual({ status: 301, location: '/batken-explainer/border/' });
    expect(resolveRequest('/batken-explainer', '', base, dist)).toEqual({ status: 301, location: '/batken-explainer/' });
    expect(resolveRequest('/border/', '', base, dist)).toEqual({ status: 404 });
    expect(resolveRequest('/', '', base, dist)).toEqual({ status: 404 });
  });
});

describe('normaliseBase', () => {
  it('gives a base path one slash at each end', () => {
    expect(normaliseBase(undefined)).toBe('/');
    expect(normaliseBase('')).toBe('/');
    expect(normaliseBase('/')).toBe('/');
    expect(normaliseBase('batken-explainer')).toBe('/batken-explainer/');
    expect(normaliseBase('/a/b/')).toBe('/a/b/');
  });
});

describe('contentTypeFor and isCompressible', () => {
  it('names the types the site is built from, text with its charset', () => {
    expect(contentTypeFor('border/index.html')).toBe('text/html; charset=utf-8');
    expect(contentTypeFor('_astro/BaseLayout.abc123.css')).toBe('text/css; charset=utf-8');
    expect(contentTypeFor('_astro/page.abc.js')).toBe('text/javascript; charset=utf-8');
    expect(contentTypeFor('fonts/source-serif-latin.woff2')).toBe('font/woff2');
    expect(contentTypeFor('favicon.svg')).toBe('image/svg+xml; charset=utf-8');
    expect(contentTypeFor('robots.txt')).toBe('text/plain; charset=utf-8');
    expect(contentTypeFor('sitemap-index.xml')).toBe('application/xml; charset=utf-8');
    expect(contentTypeFor('IMAGE.PNG')).toBe('image/png');
  });
  it('falls back to octet-stream for what it does not know', () => {
    expect(contentTypeFor('notes.xyz')).toBe('application/octet-stream');
    expect(contentTypeFor('Makefile')).toBe('application/octet-stream');
    expect(contentTypeFor('.htaccess')).toBe('application/octet-stream');
  });
  it('compresses text, SVG and JSON but not fonts or bitmaps', () => {
    for (const file of ['a.html', 'a.css', 'a.js', 'a.svg', 'a.json', 'a.txt', 'a.xml', 'a.webmanifest'])
      expect(isCompressible(contentTypeFor(file)), file).toBe(true);
    for (const file of ['a.woff2', 'a.png', 'a.jpg', 'a.webp', 'a.pdf', 'a.bin'])
      expect(isCompressible(contentTypeFor(file)), file).toBe(false);
  });
});

describe('cacheControlFor', () => {
  it('keeps hashed bundles for a year, revalidates pages and keeps other files an hour', () => {
    expect(cacheControlFor('_astro/BaseLayout.abc123.css')).toBe('public, max-age=31536000, immutable');
    expect(cacheControlFor('border/index.html')).toBe('public, max-age=0, must-revalidate');
    expect(cacheControlFor('fonts/source-serif-latin.woff2')).toBe('public, max-age=3600');
  });
});

describe('chooseEncoding', () => {
  it('prefers brotli, then gzip, among what the browser accepts and the host offers', () => {
    expect(chooseEncoding('gzip, deflate, br, zstd', ['br', 'gzip'])).toBe('br');
    expect(chooseEncoding('gzip, deflate, br, zstd', ['gzip'])).toBe('gzip');
    expect(chooseEncoding('gzip, deflate', ['br', 'gzip'])).toBe('gzip');
  });
  it('honours q-values and the wildcard', () => {
    expect(chooseEncoding('br;q=0, gzip', ['br', 'gzip'])).toBe('gzip');
    expect(chooseEncoding('br;q=0.5, gzip;q=1.0', ['br', 'gzip'])).toBe('gzip');
    expect(chooseEncoding('*', ['br', 'gzip'])).toBe('br');
    expect(chooseEncoding('*;q=0, gzip', ['br', 'gzip'])).toBe('gzip');
  });
  it('sends the file as it is when nothing offered is accepted', () => {
    expect(chooseEncoding(undefined, ['br', 'gzip'])).toBe('identity');
    expect(chooseEncoding('', ['br', 'gzip'])).toBe('identity');
    expect(chooseEncoding('deflate', ['br', 'gzip'])).toBe('identity');
    expect(chooseEncoding('gzip;q=0', ['gzip'])).toBe('identity');
  });
});
