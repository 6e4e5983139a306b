import { describe, expect, it } from 'vitest';
import { linkedSourceIds, listItemValues, printedSourceIds } from './page-citations';

const cite = (id: string) => `<sup class="cite">[<a href="/sources/#source-${id}">1</a>]</sup>`;

describe('printedSourceIds', () => {
  it('lists each cited source once, in order, leaving out those cited only off paper', () => {
    const html = `<p>${cite('b')} ${cite('a')}</p><div data-off-paper>${cite('c')}${cite('a')}</div><p>${cite('b')}</p>`;
    expect(printedSourceIds(html)).toEqual(['b', 'a']);
  });

  it('leaves out marked elements with everything inside them, nested tags of the same name included', () => {
    const html = `<p>${cite('a')}</p><div class="x" data-off-paper><div><div>${cite('b')}</div></div>${cite('c')}</div><p>${cite('d')}</p><details data-off-paper=""><summary>${cite('e')}</summary></details>${cite('f')}`;
    expect(printedSourceIds(html)).toEqual(['a', 'd', 'f']);
    expect(printedSourceIds(`<div data-offpaper="no">${cite('a')}</div>`)).toEqual(['a']);
  });

  it('reads a figure source line and an address under a sub-path', () => {
    expect(printedSourceIds('<p class="figure__sources"><a href="/sub/sources/#source-tass-2022-09-14">[3] TASS</a></p>')).toEqual([
      'tass-2022-09-14',
    ]);
  });
});

describe('linkedSourceIds', () => {
  it('lists every linked source once, in order, those off paper included', () => {
    const html = `<p>${cite('b')}</p><div data-off-paper>${cite('c')}${cite('b')}</div>`;
    expect(linkedSourceIds(html)).toEqual(['b', 'c']);
  });
});

describe('listItemValues', () => {
  it('writes a number only where the count skips, and always on an item left off paper', () => {
    const items = [
      { number: 1, offPaper: false },
      { number: 2, offPaper: true },
      { number: 3, offPaper: false },
      { number: 4, offPaper: false },
      { number: 9, offPaper: false },
      { number: 10, offPaper: false },
    ];
    expect(listItemValues(items)).toEqual([undefined, 2, 3, undefined, 9, undefined]);
  });
});
