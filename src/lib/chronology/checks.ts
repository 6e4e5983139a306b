/**
 * What the event schema cannot check alone: that each row's sources are in content/sources.yaml,
 * that its section is a heading of the page it names, that ids are not repeated, and that the
 * events of one day say the order they happened in.
 */
export const EVENTS_FILE = 'content/data/events.yaml';

interface CheckedEvent {
  id: string;
  /** As written: `2022-09-16`, `2022-11`, `1924`. */
  date: string;
  /** Its place among the events of its day, where it shares the day with others. */
  order?: number | undefined;
  sources: readonly string[];
  section: string;
}

/**
 * Days with more than one event, where any of them lacks an `order` or two share one: sorting such
 * a day by kind or id once put a strike before the ceasefire it followed. Only whole days are
 * checked; events known to the month or year are placed before that month's or year's days.
 */
function sameDayProblems(events: readonly CheckedEvent[]): string[] {
  const days = new Map<string, CheckedEvent[]>();
  for (const event of events) {
    if (event.date.length === 10) days.set(event.date, [...(days.get(event.date) ?? []), event]);
  }
  const problems: string[] = [];
  for (const [day, sameDay] of days) {
    if (sameDay.length < 2) continue;
    const ids = sameDay.map((e) => `"${e.id}"`).join(', ');
    const unordered = sameDay.filter((e) => e.order === undefined);
    if (unordered.length > 0) {
      problems.push(
        `${day}: rows ${ids} share the day; give each an \`order\` (1 first) in the order they happened, as the sources tell it (missing on ${unordered.map((e) => `"${e.id}"`).join(', ')})`,
      );
    } else if (new Set(sameDay.map((e) => e.order)).size < sameDay.length) {
      problems.push(`${day}: rows ${ids} share the day and an \`order\`; give each its own place`);
    }
  }
  return problems;
}

/** Rows whose id is repeated or whose sources are not in content/sources.yaml, one line each. */
function eventSourceProblems(events: readonly CheckedEvent[], sourceIds: ReadonlySet<string>): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const event of events) {
    if (seen.has(event.id)) problems.push(`row "${event.id}": the id is used twice; give each row its own`);
    seen.add(event.id);
    for (const id of event.sources) {
      if (!sourceIds.has(id)) problems.push(`row "${event.id}": source "${id}" is not in content/sources.yaml`);
    }
  }
  return problems;
}

/**
 * Rows whose section is not a heading of the page it names, one line each. `headingPages` maps
 * each heading id of the site to the path of the page it is on.
 */
function eventSectionProblems(events: readonly CheckedEvent[], headingPages: ReadonlyMap<string, string>): string[] {
  const problems: string[] = [];
  for (const event of events) {
    const [page = '', headingId = ''] = event.section.split('#', 2);
    const actualPage = headingPages.get(headingId);
    if (actualPage === undefined) {
      problems.push(`row "${event.id}": section "${event.section}" does not exist; no heading on the site has the id "${headingId}"`);
    } else if (actualPage !== page) {
      problems.push(`row "${event.id}": section "${event.section}" does not exist; #${headingId} is on ${actualPage}`);
    }
  }
  return problems;
}

/** Every problem with the events, sources first; empty when all is well. */
export function eventProblems(
  events: readonly CheckedEvent[],
  sourceIds: ReadonlySet<string>,
  headingPages: ReadonlyMap<string, string>,
): string[] {
  return [...eventSourceProblems(events, sourceIds), ...eventSectionProblems(events, headingPages), ...sameDayProblems(events)];
}
