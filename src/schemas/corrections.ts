/**
 * The public log of changes: one row of `content/data/corrections.yaml` per correction of a fact
 * (not typos or wording) and per new section or page, with its words (what the page said, what it
 * says now, or what was added) in `content/data/text/<locale>/corrections.yaml` under the row's id
 * (see ./text-layers.ts). Each chapter ends with its corrections, /changes/ lists them all and
 * /changes.xml is their feed. That sections and sources exist, and that a chapter's `updated` is
 * no older than its newest correction, is checked in src/lib/content/checks.ts.
 */
import { z } from 'astro/zod';
import { isFullDate, partialDateProblem } from './partial-date';
import { SLUG, slugId } from './fields';
import { factRow, textEntry } from './text-layers';

/** A correction of a fact, or a section or page that was added. */
const CHANGE_KINDS = ['correction', 'addition'] as const;

/** A day of the calendar, `YYYY-MM-DD`, kept as written (a string compares and sorts as a date). */
const day = z.string({ error: 'a date: YYYY-MM-DD' }).superRefine((value, ctx) => {
  const problem = partialDateProblem(value) ?? (isFullDate(value) ? undefined : 'a full date: YYYY-MM-DD');
  if (problem) ctx.addIssue({ code: 'custom', message: problem });
});

export const correctionSchema = factRow(
  {
    /** Stable id, the anchor `#correction-<id>` on the chapter and on /changes/: `m2-ovchi-kalacha-chronology`. */
    id: slugId(),
    /** The day the change reached the site (the day its commit landed), `YYYY-MM-DD`. */
    date: day,
    /** What it is: `correction` of a fact (the default), or `addition`, a new section or page. */
    kind: z.enum(CHANGE_KINDS, { error: `one of ${CHANGE_KINDS.join(', ')}` }).default('correction'),
    /**
     * Where it is, as a site path and heading id (`/clashes-2022/#brief-2022`), a chronology row
     * (`/chronology/#event-talks-resume-2022`), or a page alone for a new page (`/chronology/`).
     */
    section: z
      .string()
      .regex(new RegExp(`^/(?:${SLUG}/)?(?:#${SLUG})?$`), 'a path and heading id such as /border/#vorukh, or a page such as /chronology/'),
    /** The fact-check it answers, by its date (`2026-12-05`); left out for a change no check asked for. */
    check: day.optional(),
    /**
     * The check's own label for the finding (`M2`, `W4`), or its number where the check numbers
     * its items (`4` for the 1 December check). A label, not words: each edition says "finding".
     */
    finding: z
      .string()
      .regex(/^[A-Z]?\d{1,3}$/, 'the finding as the check labels it, M2 or 4, with no words (each edition adds its own)')
      .optional(),
    /** Source ids from content/sources.yaml that the page now rests on for this fact; required of a correction. */
    sources: z.array(slugId(), { error: 'a list of source ids: [tass-2022-09-25]' }).default([]),
  },
  'corrections.yaml',
).superRefine((row, ctx) => {
  if (row.finding && !row.check) ctx.addIssue({ code: 'custom', path: ['check'], message: 'give the date of the check that found it' });
  if (row.kind === 'correction' && row.sources.length === 0) {
    ctx.addIssue({ code: 'custom', path: ['sources'], message: 'name the source the corrected page rests on' });
  }
});

/** A change's words in one language: an entry of `content/data/text/<locale>/corrections.yaml`. */
export const correctionTextSchema = textEntry(
  {
    /** What the page said, quoted or summed up exactly as far as the fact goes; a correction only. */
    said: z.string().min(10, 'say what the page said').optional(),
    /** What it says now; for an addition, what was added. */
    says: z.string({ error: 'say what the page says now' }).min(10, 'say what the page says now'),
  },
  'corrections.yaml',
);

/** A change as the site shows it: its facts and its words in the page's language. */
export type Correction = z.infer<typeof correctionSchema> & z.infer<typeof correctionTextSchema>;

/**
 * What the facts and the words say wrong together, as `field: message` lines: a correction must
 * say what the page said, and an addition has nothing it said.
 */
export function correctionRowProblems(row: Correction): string[] {
  if (row.kind === 'correction' && row.said === undefined) return ['said: say what the page said before the correction'];
  if (row.kind === 'addition' && row.said !== undefined) return ['said: an addition replaced nothing; say what was added in `says`'];
  return [];
}
