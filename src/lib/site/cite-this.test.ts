import { describe, expect, it } from 'vitest';
import { bibtexCitation, plainCitation } from './cite-this';

const words = { lastUpdated: 'Last updated', quoted: (text: string) => `“${text}”` };

const chapter = {
  id: 'clashes-2022',
  title: 'The September 2022 clashes',
  siteName: 'The Kyrgyz–Tajik border conflict',
  url: 'https://example.org/clashes-2022/',
  updated: new Date('2026-11-27T00:00:00Z'),
  locale: 'en-GB',
};

describe('plainCitation', () => {
  it('gives title, site, last-updated date and address', () => {
    expect(plainCitation(chapter, words)).toBe(
      '“The September 2022 clashes”. The Kyrgyz–Tajik border conflict. Last updated 27 November 2026. https://example.org/clashes-2022/',
    );
  });
  it('gives no address rather than a made-up one when the site has none', () => {
    expect(plainCitation({ ...chapter, url: undefined }, words)).toBe(
      '“The September 2022 clashes”. The Kyrgyz–Tajik border conflict. Last updated 27 November 2026.',
    );
  });
});

describe('bibtexCitation', () => {
  it('is an @online entry with a stable key and the ISO date', () => {
    const entry = bibtexCitation(chapter);
    expect(entry.split('\n')[0]).toBe('@online{kgtj-border-clashes-2022,');
    expect(entry).toContain('  date = {2026-11-27},');
    expect(entry).toContain('  url = {https://example.org/clashes-2022/},');
    expect(entry.endsWith('}')).toBe(true);
  });
  it('leaves out the url field when the site has no address', () => {
    expect(bibtexCitation({ ...chapter, url: undefined })).not.toContain('url =');
  });
  it('drops braces that would break the entry', () => {
    expect(bibtexCitation({ ...chapter, title: 'A {bad} title' })).toContain('title = {A bad title}');
  });
});
