import { describe, expect, it } from 'vitest';
import {
  countText,
  markDescription,
  markLabel,
  otherReportsText,
  shortValueText,
  sourceList,
  sourceRefs,
  valueText,
  whenText,
} from './labels';
import { row } from './test-rows';
import { words } from './test-words';

describe('valueText and shortValueText', () => {
  it('write the number as the source hedged it, with the locale’s grouping', () => {
    expect(valueText(row({ id: 'a', value: 136000, qualifier: 'at-least' }), words)).toBe('at\u00A0least\u00A0136,000');
    expect(valueText(row({ id: 'b', value: 51, qualifier: 'estimated' }), words)).toBe('an\u00A0estimated\u00A051');
    expect(shortValueText(row({ id: 'c', value: 60, qualifier: 'more-than' }), words)).toBe('>60');
    expect(shortValueText(row({ id: 'd', value: 62 }), words)).toBe('62');
  });
});

describe('countText', () => {
  it('says what was counted, and when only civilians were', () => {
    expect(countText(row({ id: 'a', value: 62 }), words)).toBe('62 killed');
    expect(countText(row({ id: 'b', value: 50, qualifier: 'more-than', counts: 'civilians' }), words)).toBe(
      'more\u00A0than\u00A050 civilians killed',
    );
  });
});

describe('whenText', () => {
  it('gives the date in words, with the time of day when known', () => {
    expect(whenText(row({ id: 'a', asOf: '2022-09-24' }), words)).toBe('24 September 2022');
    expect(whenText(row({ id: 'b', asOf: '2022-09-16', time: 'evening' }), words)).toBe('16 September 2022, evening');
    expect(whenText(row({ id: 'c', asOf: '2022-09' }), words)).toBe('September 2022');
  });

  it("prefers the source's own wording of the date", () => {
    expect(whenText(row({ id: 'a', event: 2021, asOf: '2021-05-04', asOfLabel: '3–4 May 2021' }), words)).toBe('3–4 May 2021');
  });
});

describe('markLabel and markDescription', () => {
  it('read as the issue asks: side, year, count, who, when', () => {
    const latest = row({ id: 'a', value: 62, asOf: '2022-09-24', reportedBy: 'Kyrgyz Health Ministry, via Sputnik' });
    expect(markLabel(latest, words)).toBe('Kyrgyzstan, 2022: 62 killed, Kyrgyz Health Ministry, via Sputnik, 24 September 2022');
  });

  it('say when a count is not official, and add its sources with their numbers', () => {
    const recap = row({ id: 'b', value: 63, official: false, asOf: undefined, asOfLabel: 'later recap', reportedBy: '24.kg' });
    expect(markDescription(recap, [{ number: 31, name: '24.kg' }], words)).toBe(
      'Kyrgyzstan, 2022: 63 killed, 24.kg, later recap (not an official count). Source 31: 24.kg',
    );
  });
});

describe('sourceRefs and sourceList', () => {
  it('look up each source once, keeping the order of first use', () => {
    const sources = new Map([
      ['a', { publisher: 'Agency A' }],
      ['b', { publisher: 'Agency B' }],
    ]);
    expect(sourceRefs(['b', 'a'], sources, new Map([['a', 4]]), words)).toEqual([
      { id: 'b', number: undefined, name: 'Agency B', href: undefined },
      { id: 'a', number: 4, name: 'Agency A', href: undefined },
    ]);
    expect(sourceList([row({ id: 'x', sources: ['b', 'a'] }), row({ id: 'y', sources: ['a', 'c'] })])).toBe('b a c');
  });
});

describe('otherReportsText', () => {
  it('lists one or two reports in full and sums up more as a range', () => {
    expect(otherReportsText([row({ id: 'a', value: 63 })], words)).toBe('63');
    expect(otherReportsText([row({ id: 'b', value: 50, qualifier: 'more-than', counts: 'civilians' })], words)).toBe(
      'more\u00A0than\u00A050 civilians',
    );
    expect(
      otherReportsText(
        [153, 168, 183, 189].map((value) => row({ id: `w${value}`, value })),
        words,
      ),
    ).toBe('153–189');
  });
});
