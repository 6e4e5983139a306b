import { describe, expect, it } from 'vitest';
import { printedSourceIds, withoutOffPaper } from './page-citations';

const cite = (id: string) => `<sup class="cite">[<a href="/sources/#source-${id}">1</a>]</sup>`;

describe('withoutOffPaper', () => {
  it('removes marked elements with everything inside them, nested tags of the same name included', () => {
    const html = `<p>a</p><div class="x" data-off-paper><div><div>b</div></div>c</div><p>d</p><details data-off-paper=""><summary>s</summary></details>e`;
    expect(withoutOffPaper(html)).toBe('<p>a</p><p>d</p>e');
  });

  it('leaves a page without marked elements as it is', () => {
    expect(withoutOffPaper('<div data-offpaper="no">x</div>')).toBe('<div data-offpaper="no">x</div>');
  });
});

describe('printedSourceIds', () => {
  it('lists each cited source once, in order, leaving out those cited only off paper', () => {
    const html = `<p>${cite('b')} ${cite('a')}</p><div data-off-paper>${cite('c')}${cite('a')}</div><p>${cite('b')}</p>`;
    expect(printedSourceIds(html)).toEqual(['b', 'a']);
  });

  it('reads a figure source line and an address under a sub-path', () => {
    expect(printedSourceIds('<p class="figure__sources"><a href="/sub/sources/#source-tass-2022-09-14">[3] TASS</a></p>')).toEqual(['tass-2022-09-14']);
  });
});
