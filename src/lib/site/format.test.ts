import { describe, expect, it } from 'vitest';
import { formatDate, formatPartialDate, isoDate, readableUrl } from './format';

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

describe('readableUrl', () => {
  it('shows percent-encoded letters as letters', () => {
    expect(readableUrl('https://ru.wikipedia.org/wiki/%D0%92%D0%BE%D1%80%D1%83%D1%85')).toBe('https://ru.wikipedia.org/wiki/Ворух');
    expect(readableUrl('https://wikimili.com/en/Isfara_%28river%29')).toBe('https://wikimili.com/en/Isfara_(river)');
    expect(readableUrl('https://en.wikipedia.org/wiki/2021_Kyrgyzstan%E2%80%93Tajikistan_conflict')).toBe(
      'https://en.wikipedia.org/wiki/2021_Kyrgyzstan–Tajikistan_conflict',
    );
  });

  it('keeps encoded what would change the address if typed as itself', () => {
    expect(readableUrl('https://example.org/a%20b%2Fc%23d%3F%25')).toBe('https://example.org/a%20b%2Fc%23d%3F%25');
  });

  it('leaves an address that is not valid percent-encoding as it is', () => {
    expect(readableUrl('https://example.org/%E0%A4%A')).toBe('https://example.org/%E0%A4%A');
  });
});
