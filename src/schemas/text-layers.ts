/**
 * The data files keep the facts every language shares (ids, dates, numbers, positions, sources,
 * sections, kinds); their words live beside them, one file per data file and language:
 * `content/data/text/<locale>/<data file>`, a map from each row's id to its words. A new language
 * is a folder of such files and its code added to TEXT_LOCALES; the build then stops on any row
 * that has no words in it, and on any words whose id has no row.
 */
import { z } from 'astro/zod';

/**
 * The languages the data's words are written in, each a folder of content/data/text/. Russian's
 * are here before any page shows them (issue 23), so a row added without its Russian words stops
 * the build the day it is added.
 */
export const TEXT_LOCALES = ['en', 'ru'] as const;
export type TextLocale = (typeof TEXT_LOCALES)[number];

/**
 * The languages a data file written in English is translated into: the sources keep their English
 * words in content/sources.yaml, the bibliography they are part of, and only the translations
 * have a text layer.
 */
export const TRANSLATED_LOCALES = TEXT_LOCALES.filter((locale) => locale !== 'en');

/** The data files whose words live in a text layer, by file name in content/data/. */
export type TextLayerFile =
  'events.yaml' | 'places.yaml' | 'names.yaml' | 'casualties.yaml' | 'border-lengths.yaml' | 'corrections.yaml' | 'sources.yaml';

/** A data file's path from the project root: `content/data/events.yaml`; the bibliography is `content/sources.yaml`. */
export function factsPath(file: TextLayerFile): string {
  return file === 'sources.yaml' ? `content/${file}` : `content/data/${file}`;
}

/** Where a data file's words in one language live: `content/data/text/en/events.yaml`. */
export function textPath(file: TextLayerFile, locale: TextLocale): string {
  return `content/data/text/${locale}/${file}`;
}

/**
 * A row of a data file that refuses fields it does not define: words left in the facts after they
 * moved to the text layer would otherwise be dropped without a word.
 */
export function factRow<Shape extends z.ZodRawShape>(shape: Shape, file: TextLayerFile) {
  return z.strictObject(shape, {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? `not a field of ${factsPath(file)}: ${quoted(issue.keys)}; words go in content/data/text/<locale>/${file}`
        : undefined,
  });
}

/** An entry of a text layer that refuses fields it does not define, such as a fact written there by mistake. */
export function textEntry<Shape extends z.ZodRawShape>(shape: Shape, file: TextLayerFile) {
  return z.strictObject(shape, {
    error: (issue) =>
      issue.code === 'unrecognized_keys' ? `not a field of a text entry: ${quoted(issue.keys)}; facts go in ${factsPath(file)}` : undefined,
  });
}

function quoted(keys: readonly string[]): string {
  return keys.map((key) => `"${key}"`).join(', ');
}
