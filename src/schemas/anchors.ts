import { z } from 'astro/zod';
import { SLUG, slugId } from './fields';

/** A `page#id` link that is out in the world and must keep resolving; `content/anchors.yaml`. */
export const anchorSchema = z.object({
  /** The page path with trailing slash, as published: `/clashes-2022/`. */
  page: z.string().regex(new RegExp(`^/(?:${SLUG}/)*$`), 'a path such as /border/'),
  /** The fragment, without `#`. */
  id: slugId(),
  /** Set when this id is an old one kept alive: the id of the heading it now leads to. */
  aliasOf: slugId('the id of the heading it now leads to').optional(),
});
