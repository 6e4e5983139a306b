import { describe, expect, it } from 'vitest';
import { calendarDate, clashYear, partialDate, slugId, sourceIdList } from './fields';
import { splitSourceList } from '../lib/site/citations';

describe('slugId', () => {
  it('takes lowercase words joined by single hyphens', () => {
    expect(slugId().safeParse('hrw-2023-05-02').success).toBe(true);
    for (const bad of ['HRW', 'a--b', '-a', 'a b', 'a_b']) expect(slugId().safeParse(bad).success, bad).toBe(false);
  });
});

describe('partialDate', () => {
  it('keeps the date as written, at the precision given', () => {
    for (const date of ['2023', '2023-05', '2024-02-29']) expect(partialDate.parse(date)).toBe(date);
  });
  it('says what is wrong with a date the calendar does not have', () => {
    expect(partialDate.safeParse('2023-02-29').error?.issues[0]?.message).toBe('"2023-02-29" is not a day of the calendar');
  });
});

describe('calendarDate', () => {
  it('reads a full date as midnight UTC', () => {
    expect(calendarDate.parse('2026-11-27')).toEqual(new Date('2026-11-27T00:00:00Z'));
  });
  it('wants a real day, written out', () => {
    expect(calendarDate.safeParse('2026-02-30').success).toBe(false);
    expect(calendarDate.safeParse('2026').success).toBe(false);
    expect(calendarDate.safeParse(new Date('2026-03-02')).success).toBe(false);
  });
});

describe('clashYear', () => {
  it('names the years it takes', () => {
    expect(clashYear.parse(2021)).toBe(2021);
    expect(clashYear.safeParse(2023).error?.issues[0]?.message).toBe('one of 2021, 2022');
  });
});

describe('sourceIdList', () => {
  it('takes ids separated by single spaces, the form splitSourceList reads', () => {
    const list = 'natural-earth-10m hrw-2023-05-02';
    expect(sourceIdList.parse(list)).toBe(list);
    expect(splitSourceList(list)).toEqual(['natural-earth-10m', 'hrw-2023-05-02']);
  });
  it('rejects commas and stray spaces rather than guess', () => {
    for (const bad of ['a,b', 'a, b', ' a', 'a  b', 'a ']) expect(sourceIdList.safeParse(bad).success, bad).toBe(false);
  });
});
