import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { strictFile } from './lib/content-loaders';
import { casualtyRowSchema } from './lib/casualties/schema';

/**
 * The collections are the authors' guide: every field says what it is for. A file that breaks
 * a rule stops the build with the file and the field named (see content/README.md).
 */

/** A page of the explainer, one MDX file in `content/chapters/`; its file name is its URL. */
export const chapterSchema = z.object({
  /** The page's `<h1>` and the start of its `<title>`. */
  title: z.string().min(3, 'title: write the chapter title (at least 3 characters)'),
  /** The short label used in the chapter navigation and the print edition's contents. */
  navTitle: z.string().min(2).max(28, 'navTitle: keep the navigation label to 28 characters'),
  /** One sentence for search results, link previews and the overview's list of chapters. */
  description: z
    .string()
    .min(50, 'description: write one full sentence (50–200 characters)')
    .max(200, 'description: keep it to 200 characters'),
  /** Reading order: 0 is the overview, then the chapters, then the about page. Unique. */
  order: z.number().int().min(0),
  /** The date of the last substantive change, shown as "Last updated". */
  updated: z.coerce.date(),
});

/** One source the site may cite; `content/sources.yaml`. */
export const sourceSchema = z.object({
  /** Stable id used by `<Cite source="…" />` and as the anchor `#source-<id>` on /sources/. */
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'id: lowercase words joined by hyphens'),
  /** The source's number in the research fact sheet, to trace it back. */
  factSheet: z.number().int().positive().optional(),
  /** Who published it (outlet, agency or organisation, and who it relays). */
  publisher: z.string().min(2),
  /** The title as published; a title in brackets is a description where none was shown. */
  title: z.string().min(2),
  /** Publication date as precise as known: YYYY, YYYY-MM or YYYY-MM-DD. */
  date: z
    .string()
    .regex(/^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/, 'date: use YYYY, YYYY-MM or YYYY-MM-DD')
    .optional(),
  /** What is known of the date when it is not a plain date ("date not shown in stored copy"). */
  dateNote: z.string().optional(),
  /** Address of the copy that was read; absent when none was recorded. */
  url: z.url().optional(),
  /** Anything a reader should know about the source (a mirror, a copy, no address recorded). */
  note: z.string().optional(),
});

/** A `page#id` link that is out in the world and must keep resolving; `content/anchors.yaml`. */
export const anchorSchema = z.object({
  /** The page path with trailing slash, as published: `/clashes-2022/`. */
  page: z.string().regex(/^\/(?:[a-z0-9-]+\/)*$/, 'page: a path such as /border/'),
  /** The fragment, without `#`. */
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'id: lowercase words joined by hyphens'),
  /** Set when this id is an old one kept alive: the id of the heading it now leads to. */
  aliasOf: z.string().optional(),
});

export const collections = {
  chapters: defineCollection({
    loader: glob({ base: './content/chapters', pattern: '*.mdx' }),
    schema: chapterSchema,
  }),
  sources: defineCollection({
    loader: strictFile('./content/sources.yaml'),
    schema: sourceSchema,
  }),
  /** Reported killed, wounded and displaced; fields documented in src/lib/casualties/schema.ts. */
  casualties: defineCollection({
    loader: strictFile('./content/data/casualties.yaml'),
    schema: casualtyRowSchema,
  }),
  anchors: defineCollection({
    loader: file('./content/anchors.yaml'),
    schema: anchorSchema,
  }),
};
