/**
 * Dates as precise as a source gives them: `2022`, `2022-09` or `2022-09-16`. The one reader of
 * that format: the schemas check content with it, and the pages format and sort with it.
 */

export interface PartialDate {
  year: number;
  /** 1–12, when the month is known. */
  month?: number;
  /** 1–31, when the day is known (only with a month). */
  day?: number;
}

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/**
 * Why a `YYYY`, `YYYY-MM` or `YYYY-MM-DD` string is not a real date, or undefined when it is.
 * "2022-09-31" fails: the calendar has no such day.
 */
export function partialDateProblem(value: string): string | undefined {
  const match = PARTIAL_DATE.exec(value);
  if (!match) return `"${value}" is not a date; write YYYY-MM-DD, YYYY-MM or YYYY`;
  const [year, month, day] = [match[1], match[2], match[3]].map((part) => (part === undefined ? undefined : Number(part))) as [
    number,
    number?,
    number?,
  ];
  if (month !== undefined && (month < 1 || month > 12)) return `"${value}" has no month ${month}`;
  if (day !== undefined) {
    const date = new Date(Date.UTC(year, month! - 1, day));
    if (day < 1 || date.getUTCMonth() !== month! - 1) return `"${value}" is not a day of the calendar`;
  }
  return undefined;
}

/** The parts of a real partial date; undefined for anything else (see partialDateProblem). */
export function parsePartialDate(value: string): PartialDate | undefined {
  if (partialDateProblem(value) !== undefined) return undefined;
  const [year, month, day] = value.split('-').map(Number) as [number, number?, number?];
  return { year, ...(month === undefined ? {} : { month }), ...(day === undefined ? {} : { day }) };
}

/** True for a full `YYYY-MM-DD` date (as opposed to a month or a year). */
export function isFullDate(value: string | undefined): value is string {
  return value !== undefined && parsePartialDate(value)?.day !== undefined;
}
