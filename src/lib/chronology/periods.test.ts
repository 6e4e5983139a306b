import { describe, expect, it } from 'vitest';
import { groupByPeriod, periodAnchor, PERIOD_KEYS, yearSpan } from './periods';

const events = [
  { id: 'treaty', date: '2025-03-13' },
  { id: 'delimitation', date: '1924-10-14' },
  { id: 'clash-1989', date: '1989-07-13' },
  { id: 'commission', date: '2002-12-23' },
  { id: 'samarkand', date: '2022-09-16' },
  { id: 'build-up', date: '2022-01-27' },
  { id: 'dismissal', date: '2026-02-10' },
];

describe('groupByPeriod', () => {
  it('puts each event in the period of its year, in date order, leaving out empty periods', () => {
    const groups = groupByPeriod(events);
    expect(groups.map((g) => g.key)).toEqual(['soviet', 'independence', 'clashes-2022', 'treaty']);
    expect(groups.map((g) => g.events.map((e) => e.id))).toEqual([
      ['delimitation', 'clash-1989'],
      ['commission'],
      ['build-up', 'samarkand'],
      ['treaty', 'dismissal'],
    ]);
  });

  it('labels each group with the years its events span', () => {
    expect(groupByPeriod(events).map((g) => g.years)).toEqual(['1924–1989', '2002', '2022', '2025–2026']);
  });

  it('keeps the last period open for later years', () => {
    expect(groupByPeriod([{ id: 'later', date: '2031' }])[0]).toMatchObject({ key: 'treaty', years: '2031' });
  });

  it('refuses an event no period holds rather than dropping it', () => {
    expect(() => groupByPeriod([{ id: 'too-early', date: '1850' }])).toThrow(/too-early/);
  });
});

describe('periodAnchor and yearSpan', () => {
  it('gives every period its own heading id', () => {
    expect(new Set(PERIOD_KEYS.map(periodAnchor)).size).toBe(PERIOD_KEYS.length);
    expect(periodAnchor('clashes-2021')).toBe('chronology-clashes-2021');
  });

  it('writes a span with an en dash, and one year alone', () => {
    expect(yearSpan(1924, 1989)).toBe('1924–1989');
    expect(yearSpan(2021, 2021)).toBe('2021');
  });
});
