/**
 * The order of the chronology. Collections come back in no promised order, so events that share
 * a date are put in a fixed one: by their `order`, which the build requires of events sharing a
 * day (src/lib/chronology/checks.ts), so the page keeps the sequence the sources tell; events of
 * the same month or year without one by kind in the order of EVENT_KINDS (talks before the
 * fighting, the fighting before the ceasefire that ends it, a treaty before its aftermath), then by id.
 */
import { EVENT_KINDS, type EventKind } from '../../schemas/events';
import { byDate } from './dates';

export function chronologicalOrder<T extends { id: string; date: string; kind: EventKind; order?: number | undefined }>(
  events: readonly T[],
): T[] {
  const tieOrder = [...events].sort(
    (a, b) => (a.order ?? 0) - (b.order ?? 0) || EVENT_KINDS.indexOf(a.kind) - EVENT_KINDS.indexOf(b.kind) || a.id.localeCompare(b.id),
  );
  return byDate(tieOrder);
}
