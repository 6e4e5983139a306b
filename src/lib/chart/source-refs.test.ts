import { describe, expect, it } from 'vitest';
import { pageContext } from '../site/page-context';
import { sourceRefs, sourcesText } from './source-refs';

const sources = new Map([
  ['al-arabiya', { publisher: 'Al Arabiya', carries: 'AFP' }],
  ['tass', { publisher: 'TASS' }],
]);
const words = { copyOf: (carries: string, publisher: string) => `${carries}, via ${publisher}` };

describe('sourceRefs', () => {
  it('names a copy by whose text it is, then where it was read', () => {
    expect(sourceRefs(['al-arabiya', 'tass'], sources, new Map([['al-arabiya', 4]]), words)).toEqual([
      { id: 'al-arabiya', number: 4, name: 'AFP, via Al Arabiya', href: undefined },
      { id: 'tass', number: undefined, name: 'TASS', href: undefined },
    ]);
  });
  it('names an id that no source has by the id, so the gap shows', () => {
    expect(sourceRefs(['gone'], sources, new Map(), words)[0]?.name).toBe('gone');
  });
  it('links through the page context: to the entry on /sources/, or in print to the numbered entry of the same document', () => {
    const page = (path: string) => pageContext({ url: new URL(`https://example.org/sub${path}`), base: '/sub/', locale: 'en', words: {} });
    expect(sourceRefs(['tass'], sources, new Map([['tass', 7]]), words, page('/border/').sourceHref)[0]?.href).toBe(
      '/sub/sources/#source-tass',
    );
    expect(sourceRefs(['tass'], sources, new Map([['tass', 7]]), words, page('/print/').sourceHref)[0]?.href).toBe('#s7');
  });
});

describe('sourcesText', () => {
  it('gives each source its number and name', () => {
    expect(sourcesText(sourceRefs(['al-arabiya', 'tass'], sources, new Map([['al-arabiya', 4]]), words), 'Source')).toBe(
      'Source 4: AFP, via Al Arabiya; Source: TASS',
    );
  });
});
