/** What the map tests share: the real places and boundaries, read as the build reads them. */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { placeSchema } from '../../schemas/collections';
import type { MapWords } from './border-map';
import type { MapPlace } from './places';
import { loadCountries } from '../../build/world-atlas';

/** content/data/places.yaml, checked by the same schema as the build's. */
export function realPlaces(): MapPlace[] {
  const rows = parse(readFileSync(new URL('../../../content/data/places.yaml', import.meta.url), 'utf8')) as unknown[];
  return rows.map((row) => placeSchema.parse(row));
}

export const topology = loadCountries('10m');
export const locatorTopology = loadCountries('110m');

export const words: MapWords = {
  countries: { KG: 'KYRGYZSTAN', TJ: 'TAJIKISTAN', UZ: 'UZBEKISTAN' },
  placeLabel: (place) => [place.name],
  kilometres: (km) => `${km} km`,
};
