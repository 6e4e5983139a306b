import { describe, expect, it } from 'vitest';
import { formatDate, formatPartialDate, isoDate } from './format';

describe('formatDate', () => {
  it('writes the day, the month in words and the year', () => {
    expect(formatDate(new Date('2022-09-16T00:00:00Z'), 'en-GB')).toBe('16 September 2022');
  });
  it('does not shift the day in time zones west of UTC', () => {
    expect(isoDate(new Date('2025-03-13T00:00:00Z'))).toBe('2025-03-13');
  });
});

describe('formatPartialDate', () => {
  it('shows only the precision the source gives', () => {
    expect(formatPartialDate('2017', 'en-GB')).toBe('2017');
    expect(formatPartialDate('2022-09', 'en-GB')).toBe('September 2022');
    expect(formatPartialDate('2023-05-02', 'en-GB')).toBe('2 May 2023');
  });
});
