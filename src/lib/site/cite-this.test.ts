import { describe, expect, it } from 'vitest';
import { bibtexCitation, plainCitation } from './cite-this';

const words = {
  lastUpdated: 'Last updated',
  citationAccessed: (day: string) => `accessed ${day}`,
  quoted: (text: string) => `“${text}”`,
};

const chapter = {
  id: 'clashes-2022',
  title: 'The September 2022 clashes',
  siteName: 'The Kyrgyz–Tajik border conflict',
  url: 'https://example.org/clashes-2022/',
  updated: new Date('2026-11-27T00:00:00Z'),
  locale: 'en-GB',
};

describe('plainCitation', () => {
  it('gives the site as author, the year, title, last-updated date, and the address as read on that date', () => {
    expect(plainCitation(chapter, words)).toBe(
      'The Kyrgyz–Tajik border conflict (2026). “The September 2022 clashes”. Last updated 27 November 2026. https://example.org/clashes-2022/ (accessed 27 November 2026).',
    );
  });
  it('gives no address rather than a made-up one when the site has none', () => {
    expect(plainCitation({ ...chapter, url: undefined }, words)).toBe(
      'The Kyrgyz–Tajik border conflict (2026). “The September 2022 clashes”. Last updated 27 November 2026.',
    );
  });
});

describe('bibtexCitation', () => {
  it('is an @online entry with a stable key, the site as a corporate author, the ISO date, its year and the address as read on that date', () => {
    const entry = bibtexCitation(chapter);
    expect(entry.split('\n')).toEqual([
      '@online{kgtj-border-clashes-2022,',
      '  author = {{The Kyrgyz–Tajik border conflict}},',
      '  title = {The September 2022 clashes},',
      '  organization = {The Kyrgyz–Tajik border conflict},',
      '  date = {2026-11-27},',
      '  year = {2026},',
      '  url = {https://example.org/clashes-2022/},',
      '  urldate = {2026-11-27},',
      '}',
    ]);
  });
  it('leaves out the url and urldate fields when the site has no address', () => {
    const entry = bibtexCitation({ ...chapter, url: undefined });
    expect(entry).not.toContain('url');
    expect(entry).toContain('  year = {2026},');
  });
  it('drops braces that would break the entry', () => {
    expect(bibtexCitation({ ...chapter, title: 'A {bad} title' })).toContain('title = {A bad title}');
  });
});
