/**
 * What the event schema cannot check alone: that each row's sources are in content/sources.yaml,
 * that its section is a heading of the page it names, and that ids are not repeated.
 */
export const EVENTS_FILE = 'content/data/events.yaml';

interface CheckedEvent {
  id: string;
  sources: readonly string[];
  section: string;
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
  return [...eventSourceProblems(events, sourceIds), ...eventSectionProblems(events, headingPages)];
}
