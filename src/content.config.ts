import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { anchorSchema, chapterSchema, placeSchema, sourceSchema } from './lib/schemas';
import { strictFile } from './lib/content-loaders';
import { casualtyRowSchema } from './lib/casualties/schema';
import { borderLengthSchema } from './lib/border-lengths/schema';

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
  /** Published lengths of the border; fields documented in src/lib/border-lengths/schema.ts. */
  borderLengths: defineCollection({
    loader: strictFile('./content/data/border-lengths.yaml'),
    schema: borderLengthSchema,
  }),
  anchors: defineCollection({
    loader: strictFile('./content/anchors.yaml'),
    schema: anchorSchema,
  }),
  places: defineCollection({
    loader: strictFile('./content/data/places.yaml'),
    schema: placeSchema,
  }),
};
