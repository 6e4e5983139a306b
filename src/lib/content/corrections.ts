/**
 * The corrections log as pages show it: newest first, a chapter's own corrections, and the page a
 * row's section is on. Pure functions over the rows of content/data/corrections.yaml.
 */

interface Dated {
  /** `YYYY-MM-DD`. */
  date: string;
}

/** The rows newest first; rows of one day keep the order they are written in. */
export function newestFirst<T extends Dated>(rows: readonly T[]): T[] {
  return [...rows].sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
}

/** The page a section is on: `/clashes-2022/#brief-2022` → `/clashes-2022/`. */
export function pageOf(section: string): string {
  return section.split('#', 1)[0]!;
}

/** The corrections of facts on one page (not its new sections), in the order given. */
export function correctionsOn<T extends { section: string; kind: string }>(rows: readonly T[], path: string): T[] {
  return rows.filter((row) => row.kind === 'correction' && pageOf(row.section) === path);
}

/** The rows by day, newest day first, each day's rows in the order given. */
export function byDay<T extends Dated>(rows: readonly T[]): Array<{ date: string; changes: T[] }> {
  const days = new Map<string, T[]>();
  for (const row of newestFirst(rows)) days.set(row.date, [...(days.get(row.date) ?? []), row]);
  return [...days].map(([date, changes]) => ({ date, changes }));
}

/** The words a change's place is named with; the dictionary's `changes` satisfies it. */
export interface PlaceWords {
  where(heading: string, page: string): string;
  chronologyRow(date: string): string;
  pageOpening: string;
}

/** What the site knows of its pages, to name a place in them. */
export interface SitePlaces {
  /** The chronology's path and title. */
  chronology: { path: string; title: string };
  /** Pages a change can only be on as a whole (/names/), by path, with their titles. */
  pages: ReadonlyArray<{ path: string; title: string }>;
  /** Each chapter's path, navigation label and headings. */
  chapters: ReadonlyArray<{ path: string; navTitle: string; headings: ReadonlyArray<{ slug: string; text: string }> }>;
  /** Each chronology row's anchor (`event-<id>`) with its date as the page writes it. */
  eventDates: ReadonlyMap<string, string>;
}

/**
 * A change's place as a reader knows it: "Casualties, as reported over time (2022 clashes)", "the
 * event of 16 September 2022 (Chronology)", "the opening (Overview)", or a page's name alone;
 * without the page's name (`withPage` false) in a list that is the page's own. The build has
 * checked that the section exists (checks.ts).
 */
export function placeName(section: string, site: SitePlaces, words: PlaceWords, withPage = true): string {
  const path = pageOf(section);
  const id = section.split('#', 2)[1];
  if (path === site.chronology.path) {
    const date = id === undefined ? undefined : site.eventDates.get(id);
    if (date === undefined) return site.chronology.title;
    return withPage ? words.where(words.chronologyRow(date), site.chronology.title) : words.chronologyRow(date);
  }
  const page = site.pages.find((p) => p.path === path);
  if (page) return page.title;
  const chapter = site.chapters.find((c) => c.path === path);
  if (!chapter) return path;
  const place = id === undefined ? words.pageOpening : (chapter.headings.find((h) => h.slug === id)?.text ?? id);
  return withPage ? words.where(place, chapter.navTitle) : place;
}
