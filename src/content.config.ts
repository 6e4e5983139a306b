import { defineCollection } from 'astro:content';
import { anchorSchema, casualtyRowSchema, chapterSchema, eventSchema, placeSchema, sourceSchema, borderLengthSchema } from './schemas/collections';
import { frontmatterAsWritten, strictFile } from './collections/content-loaders';

export const collections = {
  chapters: defineCollection({
    loader: frontmatterAsWritten({ base: './content/chapters', pattern: '*.mdx' }),
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
  /** Published lengths of the border; fields documented in src/schemas/border-lengths.ts. */
  borderLengths: defineCollection({
    loader: strictFile('./content/data/border-lengths.yaml'),
    schema: borderLengthSchema,
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
