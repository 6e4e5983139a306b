/**
 * Reads Natural Earth boundaries from the pinned world-atlas package, once per build. The files
 * stay in node_modules: the map code clips and rounds them as it draws, so nothing but the
 * finished paths reaches the page (the locator's; the detail maps read the OpenStreetMap extract, see osm-boundaries.ts).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { CountriesTopology } from '../lib/map/boundaries';

export type Resolution = '10m' | '50m' | '110m';

const cache = new Map<Resolution, CountriesTopology>();

export function loadCountries(resolution: Resolution): CountriesTopology {
  let topology = cache.get(resolution);
  if (!topology) {
    const file = createRequire(import.meta.url).resolve(`world-atlas/countries-${resolution}.json`);
    topology = JSON.parse(readFileSync(file, 'utf8')) as CountriesTopology;
    cache.set(resolution, topology);
  }
  return topology;
}
