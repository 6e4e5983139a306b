import { describe, expect, it } from 'vitest';
import { en } from './en';
import { ru } from './ru';
import { plural } from '../lib/site/plural';

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

  it('formats numbers with the decimal comma Russian writes', () => {
    expect(new Intl.NumberFormat(ru.formatLocale, { useGrouping: 'min2' }).format(1006.84)).toBe('1006,84');
  });

  it('recognises its own figure names as references to a figure', () => {
    expect(ru.figureReference.test(ru.figureName(2))).toBe(true);
    expect(ru.figureReference.test('Figure 2')).toBe(false);
    expect(ru.figureLink(ru.figureName(2))).toBe('Ссылка на рисунок 2');
  });

  it('makes a count agree with its number', () => {
    const { count, measure, civilians, qualifier } = ru.casualties;
    expect(count('1', measure.killed)).toBe('1 погибший');
    expect(count('3', measure.wounded)).toBe('3 раненых');
    expect(count('62', measure.killed)).toBe('62 погибших');
    expect(count('121', measure.wounded, civilians)).toBe('121 раненый мирный житель');
    expect(count('2', measure.killed, civilians)).toBe('2 погибших мирных жителя');
    expect(count(`${qualifier['up-to']} 51`, measure.killed, civilians)).toBe('до 51 погибшего мирного жителя');
    expect(count(`${qualifier['more-than']} 50`, measure.killed, civilians)).toBe('более 50 погибших мирных жителей');
    expect(count('136\u00A0770', measure.displaced)).toBe('136\u00A0770 перемещённых');
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
    expect(ru.borderMap.fighting(2021)).toBe('Апрель 2021 года');
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
