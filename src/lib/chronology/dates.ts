/**
 * The chronology's dates: strings as precise as the sources allow (`2022-09-16`, `2022-09`,
 * `1924`), read out through `Intl` in the page's locale, and placed in time for sorting and
 * drawing.
 */
import { formatCalendarDate } from '../site/format';

function parts(value: string): { year: number; month?: number; day?: number } {
  const [year, month, day] = value.split('-').map(Number);
  if (year === undefined || Number.isNaN(year)) throw new Error(`"${value}" is not a date`);
  return { year, ...(month !== undefined ? { month } : {}), ...(day !== undefined ? { day } : {}) };
}

/**
 * "16 September 2022", "October 2023" or "1924" (`long`); "16 Sept 2022", "Oct 2023" (`short`,
 * for a figure's labels). Only as much as is known is said, as the locale writes dates.
 */
export function formatEventDate(value: string, locale: string, style: 'long' | 'short' = 'long'): string {
  return formatCalendarDate(parts(value), locale, style);
}

/** The first moment of the span a date names (a year starts on 1 January), in UTC. */
export function startOf(value: string): Date {
  const { year, month, day } = parts(value);
  return new Date(Date.UTC(year, (month ?? 1) - 1, day ?? 1));
}

/** The year a date falls in. */
export function yearOf(value: string): number {
  return parts(value).year;
}

/**
 * Chronological order; a date known only to the month or year goes before the days of that
 * month or year. Rows with the same date keep the order they are written in.
 */
export function byDate<T extends { date: string }>(rows: readonly T[]): T[] {
  return [...rows].sort((a, b) => startOf(a.date).getTime() - startOf(b.date).getTime() || a.date.length - b.date.length);
}

/** How precisely a date is known. */
export function precisionOf(value: string): 'year' | 'month' | 'day' {
  const { month, day } = parts(value);
  return day !== undefined ? 'day' : month !== undefined ? 'month' : 'year';
}

/** The middle of the span a date names: where a figure draws an event known only to the month. */
export function middleOf(value: string): Date {
  const { year, month } = parts(value);
  const precision = precisionOf(value);
  if (precision === 'day') return startOf(value);
  const start = startOf(value).getTime();
  const end = precision === 'month' ? Date.UTC(year, month!, 1) : Date.UTC(year + 1, 0, 1);
  return new Date((start + end) / 2);
}
