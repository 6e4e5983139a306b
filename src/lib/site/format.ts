/** Dates and numbers for readers, through `Intl` so a second language is a locale, not code. */
import { parsePartialDate, type PartialDate } from '../../schemas/partial-date';

/**
 * Where a language's press writes numbers and dates otherwise than `Intl`'s defaults, keyed by
 * the language of the locale. Russian (../../../shared/ru-glossary.md, "Typography"):
 * - digits are grouped by a narrow no-break space (U+202F; `Intl` gives U+00A0): «142 071»;
 * - a number whose whole part has four digits is not grouped: «1006», «2022» and, as the
 *   glossary's own examples write it, «1006,84 км» — grouping starts at five whole digits
 *   (`Intl`'s `min2`), the fractional part never counting; the decimal sign is `Intl`'s comma;
 * - a date written out in full ends in «года», not `Intl`'s «г.»: «16 сентября 2022 года»,
 *   «сентябрь 2022 года», after a plain space as the chapters write it (`Intl`'s space before
 *   «г.» is a plain, a no-break or a narrow no-break one, by ICU version). A short date, for a
 *   chart's crowded labels, keeps `Intl`'s «г.» after its abbreviated month: «13 мар. 2025 г.».
 * English (en-GB) is `Intl` as it is: «1,006.84», «16 September 2022».
 */
interface Typography {
  /** `Intl.NumberFormat`'s `useGrouping`: `min2` leaves four whole digits ungrouped. */
  readonly grouping: 'auto' | 'min2';
  /** The sign between digit groups, where it is not `Intl`'s. */
  readonly groupSign?: string;
  /** `Intl`'s abbreviation after the year of a long date, and the word the press writes instead. */
  readonly year?: { readonly abbreviation: string; readonly word: string };
}

const TYPOGRAPHY: Readonly<Record<string, Typography>> = {
  ru: { grouping: 'min2', groupSign: '\u202F', year: { abbreviation: 'г.', word: 'года' } },
};

const INTL_TYPOGRAPHY: Typography = { grouping: 'auto' };

function typography(locale: string): Typography {
  return TYPOGRAPHY[new Intl.Locale(locale).language] ?? INTL_TYPOGRAPHY;
}

/**
 * A number as the locale's press writes it: "137,000" and "1,006.84" in en-GB, «137 000» (U+202F)
 * and «1006,84» in Russian. Whole by default; `maximumFractionDigits` keeps a published fraction.
 */
export function formatNumber(value: number, locale: string, maximumFractionDigits = 0): string {
  const { grouping, groupSign } = typography(locale);
  return new Intl.NumberFormat(locale, { maximumFractionDigits, useGrouping: grouping })
    .formatToParts(value)
    .map((part) => (part.type === 'group' && groupSign ? groupSign : part.value))
    .join('');
}

/**
 * A number behind the words its source hedged it with ("more than 50", «не менее 63»), as one
 * unbreakable run: the words and the number joined by no-break spaces. A hedge at a line's end
 * and its number on the next read as two claims (a chart note once broke after «не менее»).
 */
export function hedgedNumber(hedge: string | undefined, number: string): string {
  return hedge ? `${hedge.replaceAll(' ', '\u00A0')}\u00A0${number}` : number;
}

/**
 * A published coordinate in the language's decimal notation, with every digit it was published
 * with and no more: 39.83722 stays 39.83722 («39,83722»), 40.05 stays 40.05.
 */
export function formatCoordinate(degrees: number, locale: string): string {
  // As many decimals as the published value has: its shortest form, String(), shows them all.
  return formatNumber(degrees, locale, String(degrees).split('.')[1]?.length ?? 0);
}

/**
 * Words that open a sentence, with a capital: a Russian month is lower-case in running text
 * («Кулунду: апрель 2021 года») and capital only where it starts one («Апрель 2021 года: …»).
 */
export function sentenceStart(words: string, locale: string): string {
  return words.charAt(0).toLocaleUpperCase(locale) + words.slice(1);
}

/**
 * "16 September 2022", "September 2022" or "1924" (`long`); "16 Sept 2022", "Sept 2022" (`short`,
 * for a figure's labels). In Russian «16 сентября 2022 года», «сентябрь 2022 года», «16 сент. 2022 г.».
 */
export function formatCalendarDate({ year, month, day }: PartialDate, locale: string, style: 'long' | 'short' = 'long'): string {
  if (month === undefined) return new Intl.NumberFormat(locale, { useGrouping: false }).format(year);
  const options: Intl.DateTimeFormatOptions = {
    month: style,
    year: 'numeric',
    timeZone: 'UTC',
    ...(day !== undefined ? { day: 'numeric' } : {}),
  };
  const yearWord = style === 'long' ? typography(locale).year : undefined;
  return new Intl.DateTimeFormat(locale, options)
    .formatToParts(new Date(Date.UTC(year, month - 1, day ?? 1)))
    .map((part, index, parts) =>
      yearWord && part.type === 'literal' && parts[index - 1]?.type === 'year' && part.value.trim() === yearWord.abbreviation
        ? ` ${yearWord.word}`
        : part.value,
    )
    .join('');
}

/** "27 November 2026" (en-GB style: day month year, as the region's press writes dates); «27 ноября 2026 года». */
export function formatDate(date: Date, locale: string): string {
  return formatCalendarDate({ year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() }, locale);
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
  return formatCalendarDate(parsed, locale);
}

/** A date on a chart's time axis: the day ("16") on one line, the month ("Sept"; «сент.») under it. */
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
