import { describe, expect, it } from 'vitest';
import { en } from './en';
import { ru } from './ru';
import { plural } from '../lib/site/plural';
import { formatNumber } from '../lib/site/format';
import { countText, otherReportsText, whenText } from '../lib/casualties/labels';
import { row } from '../lib/casualties/test-rows';

/** A phrase given in plural forms: an object whose `other` is a function. */
function isPluralForms(value: unknown): boolean {
  return typeof value === 'object' && value !== null && typeof (value as { other?: unknown }).other === 'function';
}

/**
 * Every path of a dictionary down to its words, functions, patterns and plural phrases
 * (`casualties.qualifier.about`); a plural phrase's forms differ by language, so it is one path.
 */
function paths(words: object, prefix = ''): string[] {
  return Object.entries(words).flatMap(([key, value]) => {
    const path = `${prefix}${key}`;
    const branch =
      typeof value === 'object' && value !== null && !(value instanceof RegExp) && !Array.isArray(value) && !isPluralForms(value);
    return branch ? [path, ...paths(value as object, `${path}.`)] : [path];
  });
}

/** The value at a path of `paths`. */
function at(words: object, path: string): unknown {
  return path.split('.').reduce<unknown>((value, key) => (value as Record<string, unknown>)[key], words);
}

/** The paths of the phrases a dictionary gives in plural forms. */
function pluralPaths(words: object): string[] {
  return paths(words).filter((path) => isPluralForms(at(words, path)));
}

describe('the Russian dictionary', () => {
  it('nests quotation marks as Russian does: „лапки“ inside «ёлочек»', () => {
    expect(ru.sectionLink('КПП «Гулистон», 19 сентября')).toBe('Ссылка на раздел «КПП „Гулистон“, 19 сентября»');
    expect(ru.names.entryLink('«Град»')).toBe('Ссылка на «„Град“»');
    expect(ru.quoted('Ворух')).toBe('«Ворух»');
  });

  it('has every word the English one has, and no word English lacks', () => {
    expect(paths(ru).sort()).toEqual(paths(en).sort());
  });

  it('gives every plural phrase in exactly the forms Russian numbers take', () => {
    const categories = new Intl.PluralRules('ru').resolvedOptions().pluralCategories;
    expect(pluralPaths(en).length).toBeGreaterThan(0);
    for (const path of pluralPaths(en)) {
      expect(Object.keys(at(ru, path) as object).sort(), path).toEqual([...categories].sort());
    }
  });

  it('writes numbers as the glossary does: a decimal comma, a narrow no-break space from five whole digits', () => {
    expect(formatNumber(1006.84, ru.formatLocale, 2)).toBe('1006,84');
    expect(formatNumber(142071, ru.formatLocale)).toBe('142\u202F071');
    expect(ru.borderLengths.length(formatNumber(970.8, ru.formatLocale, 2))).toBe('970,8\u00A0км');
    expect(ru.borderMap.kilometres(10)).toBe('10\u00A0км');
  });

  it('recognises its own figure names, in every case a sentence declines them into, as references to a figure', () => {
    expect(ru.figureReference.test(ru.figureName(2))).toBe(true);
    for (const reference of ['рисунок 3', 'рисунка 3', 'рисунку 3', 'рисунком 3', 'рисунке 3', 'Рисунке\u00A012'])
      expect(ru.figureReference.test(reference), reference).toBe(true);
    expect(ru.figureReference.test('Figure 2')).toBe(false);
    expect(ru.figureReference.test('на рисунке 3')).toBe(false);
    expect(ru.figureReference.test('рисунки 2 и 3')).toBe(false);
    expect(ru.figureLink(ru.figureName(2))).toBe('Ссылка на рисунок 2');
  });

  it('makes a count agree with its number, from the number itself', () => {
    const { count } = ru.casualties;
    const killed = (value: number) => count({ value, measure: 'killed', counts: 'all' });
    expect([1, 2, 5, 21, 22, 25, 101].map(killed)).toEqual([
      '1 погибший',
      '2 погибших',
      '5 погибших',
      '21 погибший',
      '22 погибших',
      '25 погибших',
      '101 погибший',
    ]);
    expect([11, 12, 13, 14, 111, 112].map(killed)).toEqual([
      '11 погибших',
      '12 погибших',
      '13 погибших',
      '14 погибших',
      '111 погибших',
      '112 погибших',
    ]);
    expect(count({ value: 3, measure: 'wounded', counts: 'all' })).toBe('3 раненых');
    expect(count({ value: 1, measure: 'wounded', counts: 'all' })).toBe('1 раненый');
    expect(count({ value: 62, measure: 'killed', counts: 'all' })).toBe('62 погибших');
    expect(count({ value: 136770, measure: 'displaced', counts: 'all' })).toBe('136\u202F770 перемещённых');
    expect(count({ value: 1.5, measure: 'killed', counts: 'all' })).toBe('1,5 погибшего');
  });

  it('counts civilians in the form the number asks for', () => {
    const { count, civilianCount } = ru.casualties;
    expect(count({ value: 1, measure: 'killed', counts: 'civilians' })).toBe('1 погибший мирный житель');
    expect(count({ value: 121, measure: 'wounded', counts: 'civilians' })).toBe('121 раненый мирный житель');
    expect(count({ value: 2, measure: 'killed', counts: 'civilians' })).toBe('2 погибших мирных жителя');
    expect(count({ value: 13, measure: 'killed', counts: 'civilians' })).toBe('13 погибших мирных жителей');
    expect(civilianCount({ value: 50, qualifier: 'more-than' })).toBe('более\u00A050 мирных жителей');
    expect(civilianCount({ value: 24, qualifier: undefined })).toBe('24 мирных жителя');
  });

  it('puts a count hedged by «не менее», «более», «около» or «до» in the genitive, and one hedged by «почти» not', () => {
    const { count } = ru.casualties;
    expect(count({ value: 37, measure: 'killed', qualifier: 'at-least', counts: 'all' })).toBe('не\u00A0менее\u00A037 погибших');
    expect(count({ value: 21, measure: 'killed', qualifier: 'more-than', counts: 'all' })).toBe('более\u00A021 погибшего');
    expect(count({ value: 51, measure: 'killed', qualifier: 'up-to', counts: 'civilians' })).toBe('до\u00A051 погибшего мирного жителя');
    expect(count({ value: 50, measure: 'killed', qualifier: 'more-than', counts: 'civilians' })).toBe(
      'более\u00A050 погибших мирных жителей',
    );
    expect(count({ value: 3, measure: 'wounded', qualifier: 'about', counts: 'civilians' })).toBe('около\u00A03 раненых мирных жителей');
    expect(count({ value: 22, measure: 'killed', qualifier: 'almost', counts: 'civilians' })).toBe('почти\u00A022 погибших мирных жителя');
    expect(count({ value: 31, measure: 'wounded', qualifier: 'almost', counts: 'all' })).toBe('почти\u00A031 раненый');
    expect(count({ value: 137000, measure: 'displaced', qualifier: 'at-least', counts: 'all' })).toBe(
      'не\u00A0менее\u00A0137\u202F000 перемещённых',
    );
  });

  it('writes a casualty figure’s count, other reports and date for the charts and tables', () => {
    const killed = row({ id: 'a', measure: 'killed', value: 21, qualifier: 'more-than', counts: 'civilians', asOf: '2022-09-16' });
    expect(countText(killed, ru)).toBe('более\u00A021 погибшего мирного жителя');
    expect(whenText(killed, ru)).toBe('16 сентября 2022 года');
    expect(otherReportsText([killed, row({ id: 'b', value: 1006 })], ru)).toBe('более\u00A021 мирного жителя, 1006');
    expect(
      otherReportsText(
        [12000, 14, 136770].map((value) => row({ id: `r${value}`, value })),
        ru,
      ),
    ).toBe('14–136\u202F770');
  });

  it('counts the rows of a data file in the form each number takes', () => {
    const { casualties, places } = ru.dataFiles.files;
    expect(plural(casualties.rows, 1, ru.formatLocale)).toBe('1 цифра');
    expect(plural(casualties.rows, 154, ru.formatLocale)).toBe('154 цифры');
    expect(plural(casualties.rows, 15, ru.formatLocale)).toBe('15 цифр');
    expect(plural(places.rows, 41, ru.formatLocale)).toBe('41 объект');
    expect(plural(places.rows, 10571, ru.formatLocale)).toBe('10\u202F571 объект');
  });

  it('counts sources and corrections in the form each number takes', () => {
    expect(plural(ru.sourcesInAll, 1, ru.formatLocale)).toBe('Всего 1 источник.');
    expect(plural(ru.sourcesInAll, 34, ru.formatLocale)).toBe('Всего 34 источника.');
    expect(plural(ru.sourcesInAll, 145, ru.formatLocale)).toBe('Всего 145 источников.');
    expect(ru.changes.seeCorrections(plural(ru.changes.corrections, 2, ru.formatLocale))).toBe('см. 2 исправления');
  });

  it('puts the thing a copy button copies in the accusative', () => {
    expect(ru.copyCitation(ru.citationPlain.toLowerCase())).toBe('Скопировать библиографическую ссылку');
    expect(ru.copyCitation(ru.citationBibtexEntry)).toBe('Скопировать запись BibTeX');
  });

  it('writes the month of the fighting as a label and as a time', () => {
    expect(ru.borderMap.clashSite(2022)).toBe('Место столкновений, сентябрь 2022 года');
    expect(ru.borderMap.fighting(2021)).toBe('апрель 2021 года');
    expect(ru.borderMap.titleForYear(2021)).toContain('в апреле 2021 года');
  });

  it('writes Кыргызстан, never Киргизия', () => {
    const everyWord = paths(ru)
      .map((path) => String(at(ru, path)))
      .join('\n');
    expect(everyWord).toMatch(/Кыргызстан/);
    expect(everyWord).not.toMatch(/[Кк]иргиз/);
  });
});
