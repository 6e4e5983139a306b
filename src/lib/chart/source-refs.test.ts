import { describe, expect, it } from 'vitest';
import { sourceRefs, sourcesText } from './source-refs';

const sources = new Map([
  ['al-arabiya', { publisher: 'Al Arabiya', carries: 'AFP' }],
  ['tass', { publisher: 'TASS' }],
]);

describe('sourceRefs', () => {
  it('names a copy by whose text it is, then where it was read', () => {
    expect(sourceRefs(['al-arabiya', 'tass'], sources, new Map([['al-arabiya', 4]]))).toEqual([
      { id: 'al-arabiya', number: 4, name: 'AFP, via Al Arabiya', href: undefined },
      { id: 'tass', number: undefined, name: 'TASS', href: undefined },
    ]);
  });
  it('names an id that no source has by the id, so the gap shows', () => {
    expect(sourceRefs(['gone'], sources, new Map())[0]?.name).toBe('gone');
  });
  it('links to the entry on /sources/, or in print to the numbered entry of the same document', () => {
    expect(sourceRefs(['tass'], sources, new Map([['tass', 7]]), { base: '/sub/', inPrint: false })[0]?.href).toBe('/sub/sources/#source-tass');
    expect(sourceRefs(['tass'], sources, new Map([['tass', 7]]), { base: '/sub/', inPrint: true })[0]?.href).toBe('#s7');
  });
});

describe('sourcesText', () => {
  it('gives each source its number and name', () => {
    expect(sourcesText(sourceRefs(['al-arabiya', 'tass'], sources, new Map([['al-arabiya', 4]])), 'Source')).toBe('Source 4: AFP, via Al Arabiya; Source: TASS');
  });
});
