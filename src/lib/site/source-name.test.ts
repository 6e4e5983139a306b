import { describe, expect, it } from 'vitest';
import { sourceName, titleLanguage } from './source-name';

const words = { copyOf: (carries: string, publisher: string) => `${carries}, via ${publisher}` };

describe('sourceName', () => {
  it('names a copy by whose text it carries, then where it was read', () => {
    expect(sourceName({ publisher: 'Devdiscourse', carries: 'Reuters' }, words)).toBe('Reuters, via Devdiscourse');
  });
  it('names an original by its publisher alone', () => {
    expect(sourceName({ publisher: 'Asia-Plus' }, words)).toBe('Asia-Plus');
  });
});

describe('titleLanguage', () => {
  it('marks a title in another language than the page, read from its script or its lang', () => {
    expect(titleLanguage({ title: 'Dozens dead in Kyrgyzstan-Tajikistan border clash' }, 'ru')).toBe('en');
    expect(titleLanguage({ title: 'Dozens dead in Kyrgyzstan-Tajikistan border clash' }, 'en')).toBeUndefined();
    expect(titleLanguage({ title: 'Таджикистан и Кыргызстан договорились' }, 'en')).toBe('ru');
    expect(titleLanguage({ title: 'Таджикистан и Кыргызстан договорились' }, 'ru')).toBeUndefined();
    expect(titleLanguage({ title: 'Woruch', lang: 'de' }, 'en')).toBe('de');
    expect(titleLanguage({ title: 'Woruch', lang: 'de' }, 'ru')).toBe('de');
  });
  it('leaves a title in brackets, which each edition writes in its own language, unmarked', () => {
    expect(titleLanguage({ title: '(Leilek district: Tajik attack through border villages)' }, 'en')).toBeUndefined();
    expect(titleLanguage({ title: '(Лейлекский район: нападение через приграничные сёла)' }, 'ru')).toBeUndefined();
  });
});
