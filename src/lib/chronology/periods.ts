/**
 * The chronology's periods: the page groups its events under these, each with a heading that the
 * jump links at the top lead to. A period covers whole years; the last one stays open so that
 * later events need no new code.
 */
import { CHRONOLOGY_PRINT_ANCHOR } from '../site/routes';
import { byDate, yearOf } from './dates';

export const PERIOD_KEYS = ['soviet', 'independence', 'clashes-2021', 'clashes-2022', 'talks', 'treaty'] as const;
export type PeriodKey = (typeof PERIOD_KEYS)[number];

interface PeriodSpan {
  key: PeriodKey;
  /** First year of the period. */
  from: number;
  /** Last year of the period; absent for the last one. */
  to?: number;
}

const PERIODS: readonly PeriodSpan[] = [
  { key: 'soviet', from: 1900, to: 1990 },
  { key: 'independence', from: 1991, to: 2020 },
  { key: 'clashes-2021', from: 2021, to: 2021 },
  { key: 'clashes-2022', from: 2022, to: 2022 },
  { key: 'talks', from: 2023, to: 2024 },
  { key: 'treaty', from: 2025 },
];

/** The id of a period's heading on /chronology/ and in the print edition. */
export function periodAnchor(key: PeriodKey): string {
  return `chronology-${key}`;
}

/** Every id the chronology uses (its print section, title and period list, its periods) for itself, which no heading may take. */
export const CHRONOLOGY_IDS = [
  CHRONOLOGY_PRINT_ANCHOR,
  `${CHRONOLOGY_PRINT_ANCHOR}-title`,
  `${CHRONOLOGY_PRINT_ANCHOR}-periods`,
  ...PERIOD_KEYS.map(periodAnchor),
];

export interface PeriodGroup<T> {
  key: PeriodKey;
  /** The years its events span: "1924–1989", "2021". */
  years: string;
  events: T[];
}

/** "1924–1989", or "2021" when first and last are the same year. */
export function yearSpan(first: number, last: number): string {
  return first === last ? String(first) : `${first}–${last}`;
}

/**
 * The events in date order, grouped by period; periods without events are left out. Throws for an
 * event before the first period, which would otherwise vanish from the page.
 */
export function groupByPeriod<T extends { id: string; date: string }>(events: readonly T[]): Array<PeriodGroup<T>> {
  const sorted = byDate(events);
  const groups = PERIODS.map((period) => ({
    key: period.key,
    events: sorted.filter((e) => yearOf(e.date) >= period.from && (period.to === undefined || yearOf(e.date) <= period.to)),
  }));
  const placed = groups.reduce((n, g) => n + g.events.length, 0);
  if (placed !== sorted.length) {
    const lost = sorted.find((e) => yearOf(e.date) < PERIODS[0]!.from);
    throw new Error(`event "${lost?.id}" (${lost?.date}) falls before every period of the chronology`);
  }
  return groups
    .filter((g) => g.events.length > 0)
    .map((g) => ({ ...g, years: yearSpan(yearOf(g.events[0]!.date), yearOf(g.events.at(-1)!.date)) }));
}
