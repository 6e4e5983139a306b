/** What the map tests share: the real places and boundaries, read as the build reads them. */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { placeSchema, placeTextSchema } from '../schemas/collections';
import { placeRowProblems } from '../schemas/places';
import { factsPath, textPath, type TextLocale } from '../schemas/text-layers';
import { withText } from '../lib/site/text-layer';
import type { MapWords } from '../lib/map/border-map';
import type { MapPlace } from '../lib/map/places';
import { loadCountries } from './world-atlas';
import { osmBoundaries } from './osm-boundaries';

function readYaml(path: string): unknown {
  return parse(readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8'));
}

/** content/data/places.yaml with its words in one language (English unless named), checked and joined as the build does. */
export function realPlaces(locale: TextLocale = 'en'): MapPlace[] {
  const files = { facts: factsPath('places.yaml'), text: textPath('places.yaml', locale) };
  const rows = (readYaml(files.facts) as unknown[]).map((row) => placeSchema.parse(row));
  const words = Object.entries(readYaml(files.text) as Record<string, unknown>).map(
    ([id, entry]) => [id, placeTextSchema.parse(entry)] as const,
  );
  return withText(rows, new Map(words), files, placeRowProblems);
}

/** The detail maps' boundaries (OpenStreetMap extract). */
export const topology = osmBoundaries;
/** Natural Earth 1:10m, for the checks on the locator's places. */
export const naturalEarth10m = loadCountries('10m');
export const locatorTopology = loadCountries('110m');

export const words: MapWords = {
  countries: { KG: 'KYRGYZSTAN', TJ: 'TAJIKISTAN', UZ: 'UZBEKISTAN' },
  kilometres: (km) => `${km} km`,
};
