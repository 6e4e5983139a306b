/**
 * One reported casualty or displacement figure: its facts, a row of `content/data/casualties.yaml`,
 * and its words, an entry of `content/data/text/<locale>/casualties.yaml` under the row's id (see
 * ./text-layers.ts). The schemas are the authors' guide to those files; a row or entry that breaks
 * them stops the build with its id and the field named. Checks that need more than one row, or the
 * source list, are in src/lib/casualties/checks.ts.
 */
import { z } from 'astro/zod';
import { isFullDate, partialDateProblem } from './partial-date';
import { clashYear, partialDate, slugId, type ClashYear } from './fields';
import { factRow, textEntry } from './text-layers';

export const SIDES = ['kyrgyzstan', 'tajikistan', 'both'] as const;
export const MEASURES = ['killed', 'wounded', 'displaced'] as const;
export const QUALIFIERS = ['at-least', 'more-than', 'about', 'almost', 'up-to', 'estimated'] as const;

type Side = (typeof SIDES)[number];
/** The two countries, for what is drawn per country. */
export type Country = Exclude<Side, 'both'>;
type Measure = (typeof MEASURES)[number];
export type Qualifier = (typeof QUALIFIERS)[number];
/** What the figures draw: the two countries, and killed and wounded (displaced is in the data only). */
export const COUNTRIES: readonly Country[] = ['kyrgyzstan', 'tajikistan'];
export type ChartedMeasure = Extract<Measure, 'killed' | 'wounded'>;
export const CHARTED_MEASURES: readonly ChartedMeasure[] = ['killed', 'wounded'];

/** The first day of each event's fighting: no figure about it can be as of an earlier day. */
const EVENT_START: Record<ClashYear, string> = { 2021: '2021-04-28', 2022: '2022-09-14' };

export const casualtyRowSchema = factRow(
  {
    /** Stable id of the row, lowercase words joined by hyphens: `2022-kg-0924-health-ministry-killed`. */
    id: slugId(),
    /** Which fighting the figure is about: the April–May 2021 clashes or the September 2022 clashes. */
    event: clashYear,
    /** Whose dead, wounded or displaced are counted; `both` for combined and independent counts. */
    side: z.enum(SIDES, { error: `one of ${SIDES.join(', ')}` }),
    /** What is counted. Wounded covers "injured" and "suffered" as the source words it (say so in `note`). */
    measure: z.enum(MEASURES, { error: `one of ${MEASURES.join(', ')}` }),
    /** The number exactly as published: never rounded, added up or picked from a range. */
    value: z.number({ error: 'a number' }).int('a whole number').nonnegative('not negative'),
    /** When the source hedges the number: "at least 24", "more than 20", "about 200", "an estimated 51". */
    qualifier: z.enum(QUALIFIERS).optional(),
    /** Whom the figure counts: everyone (the default) or civilians only. */
    counts: z.enum(['all', 'civilians']).default('all'),
    /**
     * The day the figure was given (`2022-09-24`), or as much of it as is known (`2022-09`,
     * `2022`). When the source gives no other date, the date it was published.
     */
    asOf: partialDate.optional(),
    /** Time of day when the source gives one: `10:00`, `evening`. Needs a full `asOf`. */
    time: z
      .string()
      .regex(/^(?:[01]\d|2[0-3]):[0-5]\d$|^(?:morning|afternoon|evening|night)$/, 'HH:MM or morning/afternoon/evening/night')
      .optional(),
    /** True when a government body of the side counted gave it (directly or relayed by media). */
    official: z.boolean({ error: 'true or false' }),
    /**
     * How the comparison figure uses the row. `latest`: the latest official figure for its event,
     * side and measure, drawn as the bar (one per event, country, killed/wounded). `other`: a later
     * or competing figure for the same count, drawn as a tick beside the bar so the spread shows.
     */
    comparison: z.enum(['latest', 'other']).optional(),
    /** Ids from content/sources.yaml that carry the figure; at least one. */
    sources: z.array(slugId('ids from content/sources.yaml')).min(1, 'give at least one source id'),
  },
  'casualties.yaml',
).superRefine((row, ctx) => {
  // partialDate has already said what is wrong with a date the calendar does not have.
  if (row.asOf !== undefined && partialDateProblem(row.asOf) === undefined) {
    const start = EVENT_START[row.event];
    if (row.asOf < start.slice(0, row.asOf.length)) {
      ctx.addIssue({ code: 'custom', path: ['asOf'], message: `${row.asOf} is before the ${row.event} fighting began (${start})` });
    }
    if (row.asOf > new Date().toISOString().slice(0, row.asOf.length)) {
      ctx.addIssue({ code: 'custom', path: ['asOf'], message: `${row.asOf} is in the future` });
    }
  }
  if (row.time !== undefined && !isFullDate(row.asOf)) {
    ctx.addIssue({ code: 'custom', path: ['time'], message: 'only with a full asOf date (YYYY-MM-DD)' });
  }
  if (row.comparison === 'latest' && (!row.official || row.counts !== 'all' || row.side === 'both' || row.measure === 'displaced')) {
    ctx.addIssue({
      code: 'custom',
      path: ['comparison'],
      message: 'latest is for an official count of everyone killed or wounded on one side',
    });
  }
  if (row.comparison !== undefined && (row.side === 'both' || row.measure === 'displaced')) {
    ctx.addIssue({ code: 'custom', path: ['comparison'], message: 'only killed or wounded on one side are compared' });
  }
});

/** A figure's words in one language: an entry of `content/data/text/<locale>/casualties.yaml`. */
export const casualtyTextSchema = textEntry(
  {
    /** Who gave the figure, and through whom it reached us: "Kyrgyz Health Ministry, via Sputnik". */
    reportedBy: z.string({ error: 'who gave the figure' }).min(2, 'who gave the figure'),
    /**
     * How the source words the date when `asOf` alone would mislead or is unknown: "3–4 May 2021",
     * "later recap; date not shown in the stored copy". Shown instead of `asOf`.
     */
    asOfLabel: z.string().min(3).optional(),
    /** Anything a reader needs to read the number right: who was counted, the wording, what differs. */
    note: z.string().optional(),
  },
  'casualties.yaml',
);

/** A figure as the site shows it: its facts and its words in the page's language. */
export type CasualtyRow = z.output<typeof casualtyRowSchema> & z.output<typeof casualtyTextSchema>;
/** A figure as an author writes it, facts and words together (the unit tests' rows). */
export type CasualtyRowInput = z.input<typeof casualtyRowSchema> & z.input<typeof casualtyTextSchema>;

/**
 * What neither half can check alone, as `field: message`: a figure without a date needs words
 * saying why, in every language.
 */
export function casualtyRowProblems(row: CasualtyRow): string[] {
  return row.asOf === undefined && row.asOfLabel === undefined
    ? ['asOf: give the date of the figure, or asOfLabel in the text layer when no date is known']
    : [];
}
