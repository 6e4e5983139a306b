import { describe, expect, it } from 'vitest';
import { isFullDate, parsePartialDate, partialDateProblem } from './partial-date';

describe('partialDateProblem', () => {
  it('accepts YYYY, YYYY-MM and real YYYY-MM-DD dates', () => {
    expect(partialDateProblem('2022')).toBeUndefined();
    expect(partialDateProblem('2022-09')).toBeUndefined();
    expect(partialDateProblem('2024-02-29')).toBeUndefined();
  });

  it('explains what is wrong with anything else', () => {
    expect(partialDateProblem('2023-02-29')).toBe('"2023-02-29" is not a day of the calendar');
    expect(partialDateProblem('2026-02-30')).toBe('"2026-02-30" is not a day of the calendar');
    expect(partialDateProblem('2022-09-00')).toBe('"2022-09-00" is not a day of the calendar');
    expect(partialDateProblem('2022-00')).toBe('"2022-00" has no month 0');
    expect(partialDateProblem('2022-13-01')).toBe('"2022-13-01" has no month 13');
    expect(partialDateProblem('22-09-24')).toMatch(/write YYYY-MM-DD/);
    expect(partialDateProblem('2022-9-24')).toMatch(/write YYYY-MM-DD/);
  });
});

describe('parsePartialDate', () => {
  it('gives only the parts the date has', () => {
    expect(parsePartialDate('2017')).toEqual({ year: 2017 });
    expect(parsePartialDate('2022-09')).toEqual({ year: 2022, month: 9 });
    expect(parsePartialDate('2022-09-16')).toEqual({ year: 2022, month: 9, day: 16 });
  });
  it('reads no date out of one the calendar does not have', () => {
    expect(parsePartialDate('2026-02-30')).toBeUndefined();
    expect(parsePartialDate('soon')).toBeUndefined();
  });
});

describe('isFullDate', () => {
  it('is true for a real day only', () => {
    expect(isFullDate('2022-09-16')).toBe(true);
    expect(isFullDate('2022-09')).toBe(false);
    expect(isFullDate('2022-02-30')).toBe(false);
    expect(isFullDate(undefined)).toBe(false);
  });
});
