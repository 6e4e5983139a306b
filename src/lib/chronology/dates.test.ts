import { describe, expect, it } from 'vitest';
import { byDate, formatEventDate, middleOf, precisionOf, startOf, yearOf } from './dates';

describe('formatEventDate', () => {
  it('says a full date in full, day first in British English', () => {
    expect(formatEventDate('2022-09-16', 'en-GB')).toBe('16 September 2022');
  });

  it('says only the month and year when the day is not known', () => {
    expect(formatEventDate('2023-10', 'en-GB')).toBe('October 2023');
  });

  it('says only the year when that is all that is known, without a thousands separator', () => {
    expect(formatEventDate('1924', 'en-GB')).toBe('1924');
    expect(formatEventDate('1924', 'ru')).toBe('1924');
  });

  it('shortens the month for a figure', () => {
    expect(formatEventDate('2025-03-13', 'en-GB', 'short')).toMatch(/^13 Mar\.? 2025$/);
  });

  it('follows the locale, so a Russian edition reads in Russian', () => {
    expect(formatEventDate('2022-09-16', 'ru')).toBe('16 сентября 2022 года');
    expect(formatEventDate('2023-10', 'ru')).toBe('октябрь 2023 года');
    expect(formatEventDate('2025-03-13', 'ru', 'short')).toMatch(/^13 мар\. 2025\sг\.$/);
  });
});

describe('startOf and yearOf', () => {
  it('puts a partial date at the start of its span', () => {
    expect(startOf('1924').toISOString()).toBe('1924-01-01T00:00:00.000Z');
    expect(startOf('2023-10').toISOString()).toBe('2023-10-01T00:00:00.000Z');
    expect(startOf('2022-09-16').toISOString()).toBe('2022-09-16T00:00:00.000Z');
    expect(yearOf('2025-03-13')).toBe(2025);
  });
});

describe('byDate', () => {
  it('sorts by date, a month before its days, and keeps written order for the same date', () => {
    const rows = [
      { id: 'c', date: '2022-09-16' },
      { id: 'a', date: '1924-10-14' },
      { id: 'd', date: '2022-09-16' },
      { id: 'b', date: '2022-09' },
      { id: 'y', date: '1924' },
    ];
    expect(byDate(rows).map((r) => r.id)).toEqual(['y', 'a', 'b', 'c', 'd']);
  });
});

describe('precisionOf and middleOf', () => {
  it('tells how precisely a date is known', () => {
    expect(['2022-09-16', '2023-10', '1924'].map(precisionOf)).toEqual(['day', 'month', 'year']);
  });

  it('puts a month in its middle and a day on itself', () => {
    expect(middleOf('2022-09-16').toISOString()).toBe('2022-09-16T00:00:00.000Z');
    expect(middleOf('2023-02').toISOString()).toBe('2023-02-15T00:00:00.000Z');
    expect(middleOf('2023').toISOString()).toBe('2023-07-02T12:00:00.000Z');
  });
});
