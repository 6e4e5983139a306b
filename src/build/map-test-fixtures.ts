/** What the map tests share: the real places and boundaries, read as the build reads them. */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { placeSchema } from '../schemas/collections';
import type { MapWords } from '../lib/map/border-map';
import type { MapPlace } from '../lib/map/places';
import { loadCountries } from './world-atlas';
import { osmBoundaries } from './osm-boundaries';

/** content/data/places.yaml, checked by the same schema as the build's. */
export function realPlaces(): MapPlace[] {
  const rows = parse(readFileSync(new URL('../../content/data/places.yaml', import.meta.url), 'utf8')) as unknown[];
  return rows.map((row) => placeSchema.parse(row));
}

/** The detail maps' boundaries (OpenStreetMap extract). */
export const topology = osmBoundaries;
/** Natural Earth 1:10m, for the checks on the locator's places. */
export const naturalEarth10m = loadCountries('10m');
export const locatorTopology = loadCountries('110m');

export const words: MapWords = {
  countries: { KG: 'KYRGYZSTAN', TJ: 'TAJIKISTAN', UZ: 'UZBEKISTAN' },
  placeLabel: (place) => [place.name],
  kilometres: (km) => `${km} km`,
};
