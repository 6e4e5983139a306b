import { z } from 'astro/zod';
import { partialDate, slugId } from './fields';

/** One source the site may cite; `content/sources.yaml`. */
export const sourceSchema = z.object({
  /** Stable id used by `<Cite source="…" />` and as the anchor `#source-<id>` on /sources/. */
  id: slugId(),
  /** The source's number in the research fact sheet, to trace it back. */
  factSheet: z.number().int().positive().optional(),
  /** Who published it (outlet, agency or organisation, and who it relays). */
  publisher: z.string().min(2),
  /** The title as published; a title in brackets is a description where none was shown. */
  title: z.string().min(2),
  /** Publication date as precise as known: YYYY, YYYY-MM or YYYY-MM-DD. */
  date: partialDate.optional(),
  /** What is known of the date when it is not a plain date ("date not shown in stored copy"). */
  dateNote: z.string().optional(),
  /** Address of the copy that was read; absent when none was recorded. */
  url: z.url().optional(),
  /** Anything a reader should know about the source (a mirror, a copy, no address recorded). */
  note: z.string().optional(),
});
