import { describe, expect, it } from 'vitest';
import { mapHtmlText, tieRussianNumbers } from './russian-typography';

const NBSP = '\u00A0';
const tied = (text: string) => text.replaceAll(NBSP, '~');

describe('tieRussianNumbers', () => {
  it('keeps a number with the word it counts, dates or measures', () => {
    expect(tied(tieRussianNumbers('пика 16 сентября, 63 погибших, 25 км² и 8 исправлений'))).toBe(
      'пика 16~сентября, 63~погибших, 25~км² и 8~исправлений',
    );
  });

  it('keeps a hedge with its number, a two-word hedge whole, whatever its case', () => {
    expect(tied(tieRussianNumbers('не менее 63; Около 137\u202F000 человек; более 50'))).toBe(
      'не~менее~63; Около~137\u202F000~человек; более~50',
    );
  });

  it('keeps «не менее» whole even when words come before its number, and a one-letter word with its number', () => {
    expect(tied(tieRussianNumbers('сообщил не менее чем о 63 погибших'))).toBe('сообщил не~менее чем о~63~погибших');
  });

  it('leaves a hedge word that is part of a longer word, and a number before a sign, alone', () => {
    expect(tied(tieRussianNumbers('бодро 5 — и сдо 7'))).toBe('бодро 5 — и сдо 7');
  });

  it('leaves a number before a Latin word alone: an English title keeps its spacing', () => {
    expect(tieRussianNumbers('«10 injured, 2 died in conflict»')).toBe('«10 injured, 2 died in conflict»');
  });

  it('changes nothing in text without numbers', () => {
    expect(tieRussianNumbers('граница в горах')).toBe('граница в горах');
  });
});

describe('mapHtmlText', () => {
  it('changes the text between tags, not tags, attributes, scripts or styles', () => {
    const html =
      '<p title="не менее 63">не менее 63</p><script>const a = "до 5";</script><style>a::after{content:"до 5"}</style><code>до 5</code><title>до 5</title> до 5';
    expect(tied(mapHtmlText(html, tieRussianNumbers))).toBe(
      '<p title="не менее 63">не~менее~63</p><script>const a = "до 5";</script><style>a::after{content:"до 5"}</style><code>до 5</code><title>до 5</title> до~5',
    );
  });
});
