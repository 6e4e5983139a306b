import { describe, expect, it } from 'vitest';
import { plural, type PluralForms } from './plural';

const sources: PluralForms = { one: (n) => `${n} source`, other: (n) => `${n} sources` };

describe('plural', () => {
  it('picks the form of the number’s plural category', () => {
    expect(plural(sources, 1, 'en-GB')).toBe('1 source');
    expect(plural(sources, 0, 'en-GB')).toBe('0 sources');
    expect(plural(sources, 34, 'en-GB')).toBe('34 sources');
  });

  it('writes the count as the locale writes numbers', () => {
    expect(plural(sources, 1234, 'en-GB')).toBe('1,234 sources');
  });

  it('falls back to `other` for a category the forms leave out', () => {
    // Russian puts 3 in "few" and 5 in "many"; forms with only `other` still give a phrase.
    const only: PluralForms = { other: (n) => `${n} x` };
    expect(plural(only, 3, 'ru')).toBe('3 x');
    const russian: PluralForms = { one: (n) => `${n} a`, few: (n) => `${n} b`, many: (n) => `${n} c`, other: (n) => `${n} d` };
    expect([1, 3, 5, 21, 11].map((n) => plural(russian, n, 'ru'))).toEqual(['1 a', '3 b', '5 c', '21 a', '11 c']);
    expect(plural(russian, 142071, 'ru')).toBe('142\u202F071 a');
  });

  it('passes the phrase’s further words to the form', () => {
    const events: PluralForms<[string]> = { one: (n, when) => `${n} event ${when}`, other: (n, when) => `${n} events ${when}` };
    expect(plural(events, 1, 'en-GB', 'in 2022')).toBe('1 event in 2022');
    expect(plural(events, 2, 'en-GB', 'in 2022')).toBe('2 events in 2022');
  });
});
