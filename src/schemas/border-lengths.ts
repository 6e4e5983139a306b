/**
 * One published length of the Kyrgyz–Tajik border: its facts, a row of
 * `content/data/border-lengths.yaml` (the figure as given and the sources), and its words, an entry
 * of `content/data/text/<locale>/border-lengths.yaml` under the row's id (what was said to be agreed
 * at the time, who said it and when). The /border/ chapter draws them as a dot plot with this table
 * beneath.
 */
import { z } from 'astro/zod';
import { slugId } from './fields';
import { factRow, textEntry } from './text-layers';

export const borderLengthSchema = factRow(
  {
    /** Stable id, lowercase words joined by hyphens (`gknb-2025`). */
    id: slugId(),
    /** The total length in kilometres, exactly as published (970.8, 1006.84). */
    km: z.number().positive(),
    /** True where the source says "about" or "around". */
    approximate: z.boolean().default(false),
    /** Ids from content/sources.yaml. */
    sources: z.array(slugId()).min(1, 'every length needs at least one source'),
    /** Marks a figure the text leans on: `common` (the usual pre-2025 figure) or `treaty` (in force at the 2025 treaty). */
    emphasis: z.enum(['common', 'treaty']).optional(),
  },
  'border-lengths.yaml',
);

/** A length's words in one language: an entry of `content/data/text/<locale>/border-lengths.yaml`. */
export const borderLengthTextSchema = textEntry(
  {
    /** What the source says was agreed, delimited or still open at the time, in its own terms; "not given" if nothing. */
    agreed: z.string().min(3),
    /** Who gave the figure, and when, as the reader should see it. */
    saidBy: z.string().min(3),
  },
  'border-lengths.yaml',
);

/** A published length as the site shows it: its facts and its words in the page's language. */
export type BorderLength = z.infer<typeof borderLengthSchema> & z.infer<typeof borderLengthTextSchema>;
