/**
 * The data files' rows with their words in one language: each collection of facts joined with its
 * text layer (src/schemas/text-layers.ts), in the shapes the pages use (an event has its `text`, a
 * place its `name`). A row without words in that language, or words without a row, stops the
 * build naming the file and the ids (src/lib/site/text-layer.ts).
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { rowIdInLocale } from './content-loaders';
import { withText, type TextLayerFiles } from '../lib/site/text-layer';
import { factsPath, TEXT_LOCALES, textPath, TRANSLATED_LOCALES, type TextLayerFile, type TextLocale } from '../schemas/text-layers';
import type { Source } from '../schemas/sources';
import { sourceWordsProblems, withSourceWords } from '../lib/content/source-words';
import { casualtyRowProblems, type CasualtyRow } from '../schemas/casualties';
import { placeRowProblems, type Place } from '../schemas/places';
import type { ChronologyEvent } from '../schemas/events';
import type { BorderLength } from '../schemas/border-lengths';
import { correctionRowProblems, type Correction } from '../schemas/corrections';
import type { NameRow, NameText } from '../schemas/names';

type TextCollection = 'eventText' | 'placeText' | 'nameText' | 'casualtyText' | 'borderLengthText' | 'correctionText' | 'sourceText';

/** One language's entries of a text collection, by row id. */
async function wordsIn<C extends TextCollection>(collection: C, locale: TextLocale): Promise<Map<string, CollectionEntry<C>['data']>> {
  const words = new Map<string, CollectionEntry<C>['data']>();
  for (const entry of await getCollection(collection)) {
    const rowId = rowIdInLocale(entry.id, locale);
    if (rowId !== undefined) words.set(rowId, entry.data);
  }
  return words;
}

function files(file: TextLayerFile, locale: TextLocale): TextLayerFiles {
  return { facts: factsPath(file), text: textPath(file, locale) };
}

/** The chronology's events in the collection's order (site-content.ts puts them in date order). */
export async function eventsIn(locale: TextLocale): Promise<ChronologyEvent[]> {
  const rows = (await getCollection('events')).map((entry) => entry.data);
  return withText(rows, await wordsIn('eventText', locale), files('events.yaml', locale));
}

/** The casualty figures in the collection's order (site-content.ts puts them in report order). */
export async function casualtiesIn(locale: TextLocale): Promise<CasualtyRow[]> {
  const rows = (await getCollection('casualties')).map((entry) => entry.data);
  return withText(rows, await wordsIn('casualtyText', locale), files('casualties.yaml', locale), casualtyRowProblems);
}

/** The published lengths of the border, in the collection's order. */
export async function borderLengthsIn(locale: TextLocale): Promise<BorderLength[]> {
  const rows = (await getCollection('borderLengths')).map((entry) => entry.data);
  return withText(rows, await wordsIn('borderLengthText', locale), files('border-lengths.yaml', locale));
}

/** The corrections log and new sections, in the collection's order (site-content.ts puts the newest first). */
export async function correctionsIn(locale: TextLocale): Promise<Correction[]> {
  const rows = (await getCollection('corrections')).map((entry) => entry.data);
  return withText(rows, await wordsIn('correctionText', locale), files('corrections.yaml', locale), correctionRowProblems);
}

/** The border map's places, in the collection's order (buildBorderMap sorts them). */
export async function placesIn(locale: TextLocale): Promise<Place[]> {
  const rows = (await getCollection('places')).map((entry) => entry.data);
  return withText(rows, await wordsIn('placeText', locale), files('places.yaml', locale), placeRowProblems);
}

/** Names and places, A–Z, in the collection's order (src/collections/name-content.ts checks and sorts them). */
export async function namesIn(locale: TextLocale): Promise<Array<NameRow & NameText>> {
  const rows = (await getCollection('names')).map((entry) => entry.data);
  return withText(rows, await wordsIn('nameText', locale), files('names.yaml', locale));
}

/**
 * The sources as `locale` shows them, in the collection's order: the English entries, with a
 * translation's own words for the parts this project wrote. A source whose words a translation
 * lacks, or gives with other numbers, stops the build naming the file and the source.
 */
export async function sourcesIn(locale: TextLocale): Promise<Source[]> {
  const sources = (await getCollection('sources')).map((entry) => entry.data);
  if (locale === 'en') return sources;
  const words = await wordsIn('sourceText', locale);
  const problems = sourceWordsProblems(sources, words, files('sources.yaml', locale), locale);
  if (problems.length > 0) throw new Error(problems.join('\n'));
  return withSourceWords(sources, words);
}

/**
 * Joins every data file with its words in every language of TEXT_LOCALES, so that a language no
 * page shows yet is checked too: a row added without its translation fails the build the day it
 * is added, not the day the language goes live. Throws every problem at once.
 */
export async function assertEveryTextLayer(): Promise<void> {
  const joins: Array<Promise<unknown>> = [
    ...TEXT_LOCALES.flatMap((locale) => [
      eventsIn(locale),
      casualtiesIn(locale),
      borderLengthsIn(locale),
      placesIn(locale),
      correctionsIn(locale),
      namesIn(locale),
    ]),
    ...TRANSLATED_LOCALES.map((locale) => sourcesIn(locale)),
  ];
  const failures = (await Promise.allSettled(joins)).flatMap((join) =>
    join.status === 'rejected' ? [String((join.reason as Error).message ?? join.reason)] : [],
  );
  if (failures.length > 0) throw new Error(failures.join('\n'));
}
