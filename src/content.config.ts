import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { anchorSchema, chapterSchema, placeSchema, sourceSchema } from './schemas/collections';
import { strictFile } from './collections/content-loaders';
import { casualtyRowSchema } from './schemas/casualties';

export const collections = {
  chapters: defineCollection({
    loader: glob({ base: './content/chapters', pattern: '*.mdx' }),
    schema: chapterSchema,
  }),
  sources: defineCollection({
    loader: strictFile('./content/sources.yaml'),
    schema: sourceSchema,
  }),
  /** Reported killed, wounded and displaced; fields documented in src/schemas/casualties.ts. */
  casualties: defineCollection({
    loader: strictFile('./content/data/casualties.yaml'),
    schema: casualtyRowSchema,
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
