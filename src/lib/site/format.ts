/** Dates and numbers for readers, through `Intl` so a second language is a locale, not code. */
import { parsePartialDate } from '../../schemas/partial-date';

/** "27 November 2026" (en-GB style: day month year, as the region's press writes dates). */
export function formatDate(date: Date, locale: string): string {
  return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date);
}

/** Machine-readable date for `<time datetime>`. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/**
 * A source's publication date as precise as it is known: "2022-09" reads "September 2022",
 * "2017" reads "2017", a full date reads in full.
 */
export function formatPartialDate(value: string, locale: string): string {
  const parsed = parsePartialDate(value);
  if (!parsed) return value;
  const { year, month, day } = parsed;
  if (month === undefined) return String(year);
  const date = new Date(Date.UTC(year, month - 1, day ?? 1));
  const options: Intl.DateTimeFormatOptions =
    day === undefined
      ? { month: 'long', year: 'numeric', timeZone: 'UTC' }
      : { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' };
  return new Intl.DateTimeFormat(locale, options).format(date);
}

/** "137,000" in en-GB: whole numbers with the locale's grouping. */
export function formatNumber(value: number, locale: string): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }).format(value);
}

/** A date on a chart's time axis: the day ("16") on one line, the month ("Sept") under it. */
export function formatAxisDate(date: Date, part: 'day' | 'month', locale: string): string {
  const options: Intl.DateTimeFormatOptions = part === 'day' ? { day: 'numeric', timeZone: 'UTC' } : { month: 'short', timeZone: 'UTC' };
  return new Intl.DateTimeFormat(locale, options).format(date);
}

/**
 * An address as a reader can read and type it: percent-encoded letters (Cyrillic in a Wikipedia
 * address) shown as letters. Encoded characters that would change what the address means if
 * typed as themselves (space, `%`, `#`, `?`, `&`, `/` and the like) stay encoded, while
 * dashes, brackets and commas, which mean the same either way, read as themselves; an address that
 * is not valid percent-encoding is shown as it is.
 */
export function readableUrl(url: string): string {
  return url.replace(/(?:%[0-9A-Fa-f]{2})+/g, (run) => {
    try {
      return [...decodeURIComponent(run)]
        .map((ch) => (/[\p{L}\p{N}\p{M}\p{Pd}._~()!*',]/u.test(ch) ? ch : encodeURIComponent(ch)))
        .join('');
    } catch {
      return run;
    }
  });
}
