import { describe, expect, it } from 'vitest';
import { editionOf, pageContext } from './page-context';

describe('editionOf', () => {
  it('recognises the print edition at the root and under a sub-path', () => {
    expect(editionOf(new URL('http://x/print/'), '/')).toBe('print');
    expect(editionOf(new URL('http://x/sub/print/'), '/sub/')).toBe('print');
    expect(editionOf(new URL('http://x/sub/print/'), '/sub')).toBe('print');
  });
  it('is the web edition for chapters and the other pages', () => {
    expect(editionOf(new URL('http://x/border/'), '/')).toBe('web');
    expect(editionOf(new URL('http://x/print/'), '/sub/')).toBe('web');
    expect(editionOf(new URL('http://x/sub/'), '/sub/')).toBe('web');
    expect(editionOf(new URL('http://x/figures/figure-map/'), '/')).toBe('web');
  });
  it('recognises a figure’s embed, and only at its own address', () => {
    expect(editionOf(new URL('http://x/figures/figure-map/embed/'), '/')).toBe('embed');
    expect(editionOf(new URL('http://x/sub/figures/figure-map/embed/'), '/sub/')).toBe('embed');
    expect(editionOf(new URL('http://x/figures/figure-map/embed/'), '/sub/')).toBe('web');
    expect(editionOf(new URL('http://x/figures/a/b/embed/'), '/')).toBe('web');
  });
});

describe('pageContext', () => {
  const words = { hello: 'Hello' };
  const at = (path: string, base: string) => pageContext({ url: new URL(path, 'http://x'), base, locale: 'en', words });

  it('carries the locale, the words and the base', () => {
    const context = at('/sub/border/', '/sub/');
    expect(context).toMatchObject({ locale: 'en', words, base: '/sub/', edition: 'web' });
  });
  it('links root-relative paths under the base and leaves other links alone', () => {
    expect(at('/border/', '/').link('/sources/')).toBe('/sources/');
    expect(at('/sub/border/', '/sub/').link('/sources/')).toBe('/sub/sources/');
    expect(at('/sub/border/', '/sub/').link('https://example.org/')).toBe('https://example.org/');
    expect(at('/sub/border/', '/sub/').link('#vorukh')).toBe('#vorukh');
  });
  it('links a source to /sources/ on the web, whatever its number', () => {
    expect(at('/sub/border/', '/sub/').sourceHref('rferl-2022', 7)).toBe('/sub/sources/#source-rferl-2022');
  });
  it('links a numbered source to the end of the document in the print edition', () => {
    expect(at('/sub/print/', '/sub/').sourceHref('rferl-2022', 7)).toBe('#s7');
    expect(at('/sub/print/', '/sub/').sourceHref('rferl-2022')).toBe('/sub/sources/#source-rferl-2022');
  });
});

describe('pageContext in Russian', () => {
  const at = (path: string, base: string) => pageContext({ url: new URL(path, 'http://x'), base, locale: 'ru', words: {} });

  it('links pages to their Russian edition and files to the one copy', () => {
    expect(at('/sub/ru/border/', '/sub/').link('/sources/')).toBe('/sub/ru/sources/');
    expect(at('/ru/border/', '/').link('/data/casualties.csv')).toBe('/data/casualties.csv');
    expect(at('/ru/border/', '/').pagePath('/')).toBe('/ru/');
  });
  it('links a source to the Russian /sources/ on the web and into the document in print', () => {
    expect(at('/ru/border/', '/').sourceHref('rferl-2022', 7)).toBe('/ru/sources/#source-rferl-2022');
    expect(at('/ru/print/', '/').sourceHref('rferl-2022', 7)).toBe('#s7');
  });
  it('knows the Russian print edition and embeds', () => {
    expect(at('/ru/print/', '/').edition).toBe('print');
    expect(at('/sub/ru/figures/figure-map/embed/', '/sub/').edition).toBe('embed');
  });
});
