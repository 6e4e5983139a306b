import { z } from 'astro/zod';
import { calendarDate, slugId } from './fields';

/**
 * A page that is not a chapter but changes with the content, such as the chronology:
 * `content/pages.yaml`. A chapter keeps its date in its frontmatter; these keep theirs here.
 */
export const pageSchema = z.object({
  /** The page's id, as the print edition and the running heads name it: `chronology`. */
  id: slugId(),
  /** The date of the page's last substantive change, `YYYY-MM-DD`, shown as "Last updated". */
  updated: calendarDate,
});
