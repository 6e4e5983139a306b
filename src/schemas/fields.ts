/**
 * The fields several collections share, defined once so that every file of content/ follows
 * the same rule for the same kind of value: ids, dates, the clash years and lists of sources.
 */
import { z } from 'astro/zod';
import { isFullDate, partialDateProblem } from './partial-date';

/** Lowercase words (letters and digits) joined by single hyphens, unanchored, to build patterns from. */
export const SLUG = '[a-z0-9]+(?:-[a-z0-9]+)*';

/** An id that can be an anchor: `SLUG` and nothing else. */
const SLUG_ID = new RegExp(`^${SLUG}$`);

/** An id written as a URL fragment: `hrw-2023-05-02`, `casualties-2022`. */
export function slugId(message = 'lowercase words joined by hyphens') {
  return z.string().regex(SLUG_ID, message);
}

/**
 * A date as precise as it is known: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, and one the calendar has.
 * Kept as the string written; the YAML loaders (src/collections/content-loaders.ts) keep an
 * unquoted date as written rather than letting YAML turn 2026-02-30 into 2 March.
 */
export const partialDate = z.string({ error: 'a date: YYYY-MM-DD, YYYY-MM or YYYY' }).superRefine((value, ctx) => {
  const problem = partialDateProblem(value);
  if (problem) ctx.addIssue({ code: 'custom', message: problem });
});

/** A day of the calendar, `YYYY-MM-DD`, read as midnight UTC of that day. */
export const calendarDate = z
  .string({ error: 'a date: YYYY-MM-DD' })
  .superRefine((value, ctx) => {
    const problem = partialDateProblem(value) ?? (isFullDate(value) ? undefined : `"${value}" is not a full date; write YYYY-MM-DD`);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  })
  .transform((value) => new Date(`${value}T00:00:00Z`));

/**
 * The years of the clashes the site covers: the April–May 2021 fighting and the September 2022
 * war. The casualty figures, the toll timelines and the map's clash sites are keyed by them.
 */
export const CLASH_YEARS = [2021, 2022] as const;
export type ClashYear = (typeof CLASH_YEARS)[number];

export const clashYear = z.literal(CLASH_YEARS, { error: `one of ${CLASH_YEARS.join(', ')}` });

/** Source ids from content/sources.yaml separated by single spaces: `hrw-2023-05-02 rfe-rl-2022-09`. */
const SOURCE_ID_LIST = new RegExp(`^${SLUG}(?: ${SLUG})*$`);

/** A list of source ids in one string, the form `<Cite source="…">` takes; split with splitSourceList. */
export const sourceIdList = z.string().regex(SOURCE_ID_LIST, 'source ids from content/sources.yaml separated by spaces (no commas)');
