/**
 * The map tells the truth about where each place is: every row of places.yaml lies inside its
 * `country`'s polygon in the boundaries drawn (OpenStreetMap for the detail maps, Natural Earth
 * for the locator's cities), and a disputed place is not claimed for a country by the data file.
 */
import { describe, expect, it } from 'vitest';
import { geoArea, geoContains } from 'd3-geo';
import { countryPolygons, COUNTRY_IDS, type CountriesTopology } from '../lib/map/boundaries';
import { hasPosition, lonLat, type CountryCode, type PositionedPlace } from '../lib/map/places';
import { naturalEarth10m, realPlaces, topology } from './map-test-fixtures';
import { CLIP_BOX } from './boundary-clip.ts';

const places = realPlaces().filter(hasPosition);
const codes = Object.keys(COUNTRY_IDS) as CountryCode[];

/** Which polygon of which country holds the point: "KG, mainland", "TJ, detached piece 3" (by size), or "none". */
export function polygonAt(data: CountriesTopology, point: [number, number]): string {
  for (const code of codes) {
    const polygons = countryPolygons(data, code);
    const bySize = polygons.map((polygon, index) => ({ index, area: geoArea(polygon) })).sort((a, b) => b.area - a.area);
    const index = polygons.findIndex((p) => geoContains(p, point));
    if (index < 0) continue;
    const rank = bySize.findIndex((entry) => entry.index === index);
    return `${code}, ${rank === 0 ? 'mainland' : `detached piece ${rank}`}`;
  }
  return 'none';
}

const dataFor = (place: PositionedPlace) => (place.map === 'region' ? topology : naturalEarth10m);

describe.each(places.map((p) => [p.id, p] as const))('%s', (_, place) => {
  it(place.disputed ? 'is disputed, so it is drawn in neither country' : `lies in its country’s polygon (${place.country})`, () => {
    const found = polygonAt(dataFor(place), lonLat(place));
    if (process.env.LIST_PLACES) console.log(`${place.id}: ${found}`);
    if (place.disputed) expect(place.country).toBeUndefined();
    else expect(found.slice(0, 2)).toBe(place.country);
  });
});

describe('the exclaves, in the data drawn', () => {
  const where = (id: string) => polygonAt(topology, lonLat(places.find((p) => p.id === id)!));

  it('puts Vorukh and Western Qalacha in two different Tajik pieces apart from the mainland', () => {
    expect(where('vorukh')).toMatch(/^TJ, detached/);
    expect(where('western-qalacha')).toMatch(/^TJ, detached/);
    expect(where('vorukh')).not.toBe(where('western-qalacha'));
  });

  it('puts Sokh and Shakhimardan in two different Uzbek pieces apart from the mainland', () => {
    expect(where('sokh')).toMatch(/^UZ, detached/);
    expect(where('shakhimardan')).toMatch(/^UZ, detached/);
    expect(where('sokh')).not.toBe(where('shakhimardan'));
  });
});

it('keeps every place of the detail maps inside the extract’s clip box', () => {
  const regional = places.filter((p) => p.map === 'region');
  expect(regional.length).toBeGreaterThan(0);
  for (const place of regional) {
    expect(place.longitude).toBeGreaterThan(CLIP_BOX.west);
    expect(place.longitude).toBeLessThan(CLIP_BOX.east);
    expect(place.latitude).toBeGreaterThan(CLIP_BOX.south);
    expect(place.latitude).toBeLessThan(CLIP_BOX.north);
  }
});

it('records the extract’s source, licence and date', () => {
  expect(topology.metadata).toMatchObject({ attribution: '© OpenStreetMap contributors', dataDate: '2024-12' });
  expect(topology.metadata.licence).toMatch(/^ODbL/);
});
