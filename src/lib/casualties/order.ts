/**
 * The order rows are listed in, in tables and in the CSV: by event, side and measure, then in the
 * order they were reported. Astro returns a collection sorted by id, not in file order, so the
 * order is stated here rather than left to the file.
 */
import { MEASURES, SIDES, type CasualtyRow } from '../../schemas/casualties';
import { parsePartialDate, type PartialDate } from '../../schemas/partial-date';

/** Hours for the words the data uses for a time of day; a report with no time sits at midday. */
const TIME_OF_DAY: Record<string, string> = { morning: '08:00', afternoon: '15:00', evening: '20:00', night: '23:00' };

/** A sortable key for when a figure was given: a month or a year sorts after its days; no date sorts last. */
function whenKey(row: CasualtyRow): string {
  const {
    year = 9999,
    month = 99,
    day = 99,
  }: Partial<PartialDate> = (row.asOf === undefined ? undefined : parsePartialDate(row.asOf)) ?? {};
  const two = (n: number) => String(n).padStart(2, '0');
  const time = row.time ? (TIME_OF_DAY[row.time] ?? row.time) : '12:00';
  return `${year}-${two(month)}-${two(day)}T${time}`;
}

export function reportOrder(a: CasualtyRow, b: CasualtyRow): number {
  return (
    a.event - b.event ||
    SIDES.indexOf(a.side) - SIDES.indexOf(b.side) ||
    MEASURES.indexOf(a.measure) - MEASURES.indexOf(b.measure) ||
    whenKey(a).localeCompare(whenKey(b)) ||
    a.value - b.value ||
    a.id.localeCompare(b.id)
  );
}
