import { z } from 'astro/zod';
import { calendarDate } from './fields';

/** A page of the explainer, one MDX file in `content/chapters/`; its file name is its URL. */
export const chapterSchema = z.object({
  /** The page's `<h1>` and the start of its `<title>`. */
  title: z.string().min(3, 'write the chapter title (at least 3 characters)'),
  /** The short label used in the chapter navigation and the print edition's contents. */
  navTitle: z.string().min(2).max(28, 'keep the navigation label to 28 characters'),
  /** One sentence for search results, link previews and the overview's list of chapters. */
  description: z.string().min(50, 'write one full sentence (50–200 characters)').max(200, 'keep it to 200 characters'),
  /** Reading order: 0 is the overview, then the chapters, then the about page. Unique. */
  order: z.number().int().min(0),
  /** The date of the last substantive change, `YYYY-MM-DD`, shown as "Last updated". */
  updated: calendarDate,
});
