import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { anchorSchema, chapterSchema, placeSchema, sourceSchema } from './lib/schemas';
import { strictFile } from './lib/content-loaders';
import { casualtyRowSchema } from './lib/casualties/schema';
import { eventSchema } from './schemas/events';

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
    loader: strictFile('./content/anchors.yaml'),
    schema: anchorSchema,
  }),
  /** The chronology; fields documented in src/schemas/events.ts. */
  events: defineCollection({
    loader: strictFile('./content/data/events.yaml'),
    schema: eventSchema,
  }),
  places: defineCollection({
    loader: strictFile('./content/data/places.yaml'),
    schema: placeSchema,
  }),
};
