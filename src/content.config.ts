import { defineCollection } from 'astro:content';
import {
  anchorSchema,
  casualtyRowSchema,
  casualtyTextSchema,
  chapterSchema,
  pageSchema,
  eventSchema,
  eventTextSchema,
  placeSchema,
  placeTextSchema,
  sourceSchema,
  sourceTextSchema,
  borderLengthSchema,
  borderLengthTextSchema,
  correctionSchema,
  correctionTextSchema,
  nameSchema,
  nameTextSchema,
} from './schemas/collections';
import { frontmatterAsWritten, strictFile, textLayer } from './collections/content-loaders';
import { TRANSLATED_LOCALES } from './schemas/text-layers';

/*
 * Each data file is two collections: its rows, the facts every language shares, and its words in
 * every language (content/data/text/<locale>/), keyed `<locale>/<row id>`; src/collections/ joins
 * them for one language (see src/schemas/text-layers.ts).
 */
export const collections = {
  chapters: defineCollection({
    loader: frontmatterAsWritten({ base: './content/chapters', pattern: '*.mdx' }),
    schema: chapterSchema,
  }),
  /**
   * The Russian translations of the chapters, file for file; the build holds them in step with the
   * English (src/lib/content/editions.ts). No route reads them yet, so they build no pages.
   */
  chaptersRu: defineCollection({
    loader: frontmatterAsWritten({ base: './content/chapters/ru', pattern: '*.mdx' }),
    schema: chapterSchema,
  }),
  /** Pages other than chapters and when each last changed; fields in src/schemas/pages.ts. */
  pages: defineCollection({
    loader: strictFile('./content/pages.yaml'),
    schema: pageSchema,
  }),
  sources: defineCollection({
    loader: strictFile('./content/sources.yaml'),
    schema: sourceSchema,
  }),
  /** The sources' words in each translation; which ones each needs: src/lib/content/source-words.ts. */
  sourceText: defineCollection({
    loader: textLayer('sources.yaml', TRANSLATED_LOCALES),
    schema: sourceTextSchema,
  }),
  /** Reported killed, wounded and displaced; fields documented in src/schemas/casualties.ts. */
  casualties: defineCollection({
    loader: strictFile('./content/data/casualties.yaml'),
    schema: casualtyRowSchema,
  }),
  casualtyText: defineCollection({
    loader: textLayer('casualties.yaml'),
    schema: casualtyTextSchema,
  }),
  /** Published lengths of the border; fields documented in src/schemas/border-lengths.ts. */
  borderLengths: defineCollection({
    loader: strictFile('./content/data/border-lengths.yaml'),
    schema: borderLengthSchema,
  }),
  borderLengthText: defineCollection({
    loader: textLayer('border-lengths.yaml'),
    schema: borderLengthTextSchema,
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
  eventText: defineCollection({
    loader: textLayer('events.yaml'),
    schema: eventTextSchema,
  }),
  /** The corrections log and new sections; fields documented in src/schemas/corrections.ts. */
  corrections: defineCollection({
    loader: strictFile('./content/data/corrections.yaml'),
    schema: correctionSchema,
  }),
  correctionText: defineCollection({
    loader: textLayer('corrections.yaml'),
    schema: correctionTextSchema,
  }),
  places: defineCollection({
    loader: strictFile('./content/data/places.yaml'),
    schema: placeSchema,
  }),
  placeText: defineCollection({
    loader: textLayer('places.yaml'),
    schema: placeTextSchema,
  }),
  /** Names and places, A–Z (/names/); fields documented in src/schemas/names.ts. */
  names: defineCollection({
    loader: strictFile('./content/data/names.yaml'),
    schema: nameSchema,
  }),
  nameText: defineCollection({
    loader: textLayer('names.yaml'),
    schema: nameTextSchema,
  }),
};
