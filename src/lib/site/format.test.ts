import { describe, expect, it } from 'vitest';
import {
  formatAxisDate,
  formatCalendarDate,
  formatDate,
  formatNumber,
  formatPartialDate,
  hedgedNumber,
  isoDate,
  readableUrl,
  sentenceStart,
  formatCoordinate,
} from './format';

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

describe('formatDate and formatPartialDate in Russian', () => {
  it('end a date written in full with «года», as the region’s press writes it, where Intl writes «г.»', () => {
    expect(formatDate(new Date('2022-09-16T00:00:00Z'), 'ru-RU')).toBe('16 сентября 2022 года');
    expect(formatPartialDate('2023-05-02', 'ru')).toBe('2 мая 2023 года');
    expect(formatPartialDate('2022-09', 'ru-RU')).toBe('сентябрь 2022 года');
    expect(formatPartialDate('2017', 'ru-RU')).toBe('2017');
  });

  it('keep Intl’s abbreviation in a short date, and English as Intl writes it', () => {
    expect(formatCalendarDate({ year: 2025, month: 3, day: 13 }, 'ru-RU', 'short')).toMatch(/^13 мар\. 2025\sг\.$/);
    expect(formatCalendarDate({ year: 2025, month: 3 }, 'en-GB')).toBe('March 2025');
  });

  it('write a chart’s axis day and month', () => {
    expect(formatAxisDate(new Date('2022-09-16T00:00:00Z'), 'day', 'ru-RU')).toBe('16');
    expect(formatAxisDate(new Date('2022-09-16T00:00:00Z'), 'month', 'ru-RU')).toBe('сент.');
  });
});

describe('hedgedNumber', () => {
  it('joins every word of the hedge and the number with no-break spaces, and leaves a bare number alone', () => {
    expect(hedgedNumber('не менее', '63')).toBe('не\u00A0менее\u00A063');
    expect(hedgedNumber('more than', '50')).toBe('more\u00A0than\u00A050');
    expect(hedgedNumber(undefined, '62')).toBe('62');
  });
});

describe('formatCoordinate', () => {
  it('keeps the digits a position was published with, neither padded nor rounded, in the language’s decimal sign', () => {
    expect(formatCoordinate(39.83722, 'en-GB')).toBe('39.83722');
    expect(formatCoordinate(40.05, 'en-GB')).toBe('40.05');
    expect(formatCoordinate(39.83722, 'ru-RU')).toBe('39,83722');
    expect(formatCoordinate(70, 'ru-RU')).toBe('70');
  });
});

describe('sentenceStart', () => {
  it('capitalises the first letter only, in the language’s own capitals', () => {
    expect(sentenceStart('апрель 2021 года', 'ru-RU')).toBe('Апрель 2021 года');
    expect(sentenceStart('April 2021', 'en-GB')).toBe('April 2021');
    expect(sentenceStart('', 'en-GB')).toBe('');
  });
});

describe('formatNumber', () => {
  it('groups English digits by commas from four digits, as Intl does', () => {
    expect(formatNumber(137000, 'en-GB')).toBe('137,000');
    expect(formatNumber(1006, 'en-GB')).toBe('1,006');
    expect(formatNumber(1006.84, 'en-GB', 2)).toBe('1,006.84');
  });

  it('groups Russian digits by a narrow no-break space, from five whole digits only', () => {
    expect(formatNumber(142071, 'ru-RU')).toBe('142\u202F071');
    expect(formatNumber(33388, 'ru')).toBe('33\u202F388');
    expect(formatNumber(1234567, 'ru-RU')).toBe('1\u202F234\u202F567');
    expect(formatNumber(4458, 'ru-RU')).toBe('4458');
    expect(formatNumber(2022, 'ru-RU')).toBe('2022');
  });

  it('writes a Russian fraction with a decimal comma, its four whole digits ungrouped as the glossary writes «1006,84 км»', () => {
    expect(formatNumber(1006.84, 'ru-RU', 2)).toBe('1006,84');
    expect(formatNumber(970.8, 'ru-RU', 2)).toBe('970,8');
    expect(formatNumber(12345.6, 'ru-RU', 2)).toBe('12\u202F345,6');
  });

  it('rounds to whole numbers unless told to keep fraction digits', () => {
    expect(formatNumber(17.4, 'ru-RU')).toBe('17');
    expect(formatNumber(17.4, 'en-GB')).toBe('17');
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
