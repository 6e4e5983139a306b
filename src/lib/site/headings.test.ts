import { describe, expect, it } from 'vitest';
import { findDuplicateIds, plainText, tocEntries } from './headings';

describe('tocEntries', () => {
  it('keeps h2 and h3 in order and drops other levels and generated headings', () => {
    const headings = [
      { depth: 2, slug: 'a', text: 'A' },
      { depth: 3, slug: 'b', text: 'B' },
      { depth: 4, slug: 'c', text: 'C' },
      { depth: 2, slug: 'footnote-label', text: 'Footnotes' },
    ];
    expect(tocEntries(headings).map((h) => h.slug)).toEqual(['a', 'b']);
  });
});

describe('findDuplicateIds', () => {
  it('reports an id used on two pages with both files', () => {
    expect(
      findDuplicateIds([
        { file: 'border.mdx', ids: ['vorukh', 'golovnoi'] },
        { file: 'clashes-2021.mdx', ids: ['golovnoi'] },
      ]),
    ).toEqual([{ id: 'golovnoi', files: ['border.mdx', 'clashes-2021.mdx'] }]);
  });
  it('reports an id used twice on one page', () => {
    expect(findDuplicateIds([{ file: 'a.mdx', ids: ['x', 'x'] }])).toEqual([{ id: 'x', files: ['a.mdx', 'a.mdx'] }]);
  });
  it('finds nothing when every id is unique', () => {
    expect(findDuplicateIds([{ file: 'a.mdx', ids: ['x', 'y'] }])).toEqual([]);
  });
});

describe('plainText', () => {
  it('strips markup and decodes the entities headings use', () => {
    expect(plainText('Tajikistan&#39;s <em>count</em> &amp; Kyrgyzstan&#x27;s\n')).toBe("Tajikistan's count & Kyrgyzstan's");
  });
  it('decodes named references too: a no-break space stays one, a dash becomes a dash', () => {
    expect(plainText('Day&nbsp;3 &mdash; <code>16&nbsp;September</code> &hellip;')).toBe('Day\u00a03 — 16\u00a0September …');
    expect(plainText('&lt;Cite&gt; &quot;x&quot; &eacute;')).toBe('<Cite> "x" \u00e9');
  });
});
