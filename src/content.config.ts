import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { anchorSchema, chapterSchema, placeSchema, sourceSchema } from './lib/schemas';

export const collections = {
  chapters: defineCollection({
    loader: glob({ base: './content/chapters', pattern: '*.mdx' }),
    schema: chapterSchema,
  }),
  sources: defineCollection({
    loader: file('./content/sources.yaml'),
    schema: sourceSchema,
  }),
  anchors: defineCollection({
    loader: file('./content/anchors.yaml'),
    schema: anchorSchema,
  }),
  places: defineCollection({
    loader: file('./content/data/places.yaml'),
    schema: placeSchema,
  }),
};
