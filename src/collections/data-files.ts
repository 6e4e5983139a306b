/**
 * The text of every file /data/ lists, made once per build and language from the same checked
 * content the pages use: the endpoints under src/pages/data/ serve it, and /data/ gives each
 * file's row count and size from it.
 */
import type { Words } from '../i18n';
import type { TextLocale } from '../schemas/text-layers';
import { casualtiesCsv } from '../lib/casualties/csv';
import { borderLengthsCsv } from '../lib/data-files/border-lengths';
import { DATA_FILES, MEDIA_TYPES, type DataFile, type DataFileId } from '../lib/data-files/catalogue';
import { chronologyCsv, chronologyJson, chronologyRecords } from '../lib/data-files/chronology';
import { placeFeatures, placesGeoJson } from '../lib/data-files/places';
import { placesIn } from './localized-data';
import { siteContent } from './site-content';

export interface BuiltDataFile {
  file: DataFile;
  text: string;
  /** Records in the file: CSV rows after the header, JSON events, GeoJSON features. */
  rows: number;
}

async function build(words: Words, locale: TextLocale): Promise<Map<DataFileId, BuiltDataFile>> {
  const { casualties, events, borderLengths, sources } = await siteContent(locale);
  const places = await placesIn(locale);
  const fileWords = words.dataFiles;
  const records = chronologyRecords(events, sources, words);
  const texts: Record<DataFileId, { text: string; rows: number }> = {
    casualties: { text: casualtiesCsv(casualties, sources, words), rows: casualties.length },
    'chronology-csv': { text: chronologyCsv(records), rows: records.length },
    'chronology-json': {
      text: chronologyJson(records, { title: fileWords.files['chronology-json'].name, licence: fileWords.licence.site }),
      rows: records.length,
    },
    places: {
      text: placesGeoJson(placeFeatures(places, sources, words), {
        title: fileWords.files.places.name,
        licence: fileWords.licence.odbl,
        attribution: fileWords.osmAttribution,
      }),
      rows: places.length,
    },
    'border-lengths': { text: borderLengthsCsv(borderLengths, sources, words), rows: borderLengths.length },
  };
  return new Map(DATA_FILES.map((file) => [file.id, { file, ...texts[file.id] }]));
}

const cached = new Map<TextLocale, Promise<Map<DataFileId, BuiltDataFile>>>();

/** Every data file, built once per language however many endpoints and pages ask. */
export function dataFiles(words: Words, locale: TextLocale): Promise<Map<DataFileId, BuiltDataFile>> {
  let files = cached.get(locale);
  if (!files) {
    files = build(words, locale);
    cached.set(locale, files);
  }
  return files;
}

/** The endpoint's response for one file, with its media type. */
export async function dataFileResponse(id: DataFileId, words: Words, locale: TextLocale): Promise<Response> {
  const built = (await dataFiles(words, locale)).get(id);
  if (!built) throw new Error(`no data file "${id}"`);
  return new Response(built.text, { headers: { 'Content-Type': `${MEDIA_TYPES[built.file.format]}; charset=utf-8` } });
}
