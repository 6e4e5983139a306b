/**
 * One event of the chronology: its facts, a row of `content/data/events.yaml`, and its words, an
 * entry of `content/data/text/<locale>/events.yaml` under the row's id (see ./text-layers.ts). The
 * schemas are the authors' guide to those files; a row or entry that breaks them stops the build
 * naming it and the field. That its sources and its section exist is checked against the rest of
 * the site in src/collections/site-content.ts (see src/lib/chronology/checks.ts).
 */
import { z } from 'astro/zod';
import { partialDate, SLUG, slugId } from './fields';
import { factRow, textEntry } from './text-layers';

export const EVENT_KINDS = ['delimitation', 'talks', 'incident', 'clash', 'ceasefire', 'treaty', 'aftermath'] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

/** The longest timeline label that fits beside its mark on a phone. */
const TIMELINE_LABEL_MAX = 30;

export const eventSchema = factRow(
  {
    /** Stable id, lowercase words joined by hyphens, ending with the year: `guliston-protocol-2022`. */
    id: slugId(),
    /** When it happened, as precise as the sources allow (`2022-09-16`, `2022-09`, `1924`); never invent a day. The same string is the `<time datetime>`. */
    date: partialDate,
    /**
     * When a report of it was published, where the sources give only that and not the day it
     * happened: `date` then says only what is known of the event's own date (the month, `2022-11`),
     * and the page adds "reported on 14 November 2022". Never put a report's date in `date`.
     */
    reported: partialDate.optional(),
    /**
     * Its place among the events of the same day, 1 first, as the sources tell the sequence (the
     * Samarkand ceasefire before the Ovchi-Kalacha strike of 16 September 2022). Required of every
     * event that shares its day with another: the build refuses a day whose order is not given.
     */
    order: z.number({ error: 'a whole number: 1 for the first event of the day' }).int().positive().optional(),
    /** Source ids from content/sources.yaml that support the sentence. */
    sources: z.array(slugId(), { error: 'a list of source ids: [tass-2022-09-25]' }).min(1, 'name at least one source id'),
    /** The section of the text that tells it, as a site path and heading id: `/clashes-2022/#buildup-2022`. */
    section: z.string().regex(new RegExp(`^/(?:${SLUG}/)?#${SLUG}$`), 'a path and heading id such as /border/#vorukh'),
    /** What sort of event it is. */
    kind: z.enum(EVENT_KINDS, { error: `one of ${EVENT_KINDS.join(', ')}` }),
  },
  'events.yaml',
).superRefine((event, ctx) => {
  // ISO dates of any precision compare as strings; one that begins the other overlaps it.
  if (event.reported && event.reported < event.date && !event.date.startsWith(event.reported)) {
    ctx.addIssue({
      code: 'custom',
      path: ['reported'],
      message: `${event.reported} is before the event's date ${event.date}; a report cannot precede what it reports`,
    });
  }
});

/** An event's words in one language: an entry of `content/data/text/<locale>/events.yaml`. */
export const eventTextSchema = textEntry(
  {
    /** One sentence in our own words, attributed where it rests on one side's word. */
    text: z
      .string({ error: 'say in one sentence what happened' })
      .min(20, 'say in one sentence what happened')
      .max(260, 'keep it to one sentence (260 characters)')
      .refine((text) => /[.!?]["”)]?$/.test(text), 'end the sentence with a full stop'),
    /**
     * Set for the events on the timeline figure of /samarkand-ceasefire/ (from the Samarkand meeting
     * on): the mark's short label.
     */
    timeline: z.string().min(3).max(TIMELINE_LABEL_MAX, `keep the timeline label to ${TIMELINE_LABEL_MAX} characters`).optional(),
  },
  'events.yaml',
);

/** An event as the site shows it: its facts and its words in the page's language. */
export type ChronologyEvent = z.infer<typeof eventSchema> & z.infer<typeof eventTextSchema>;
