import { describe, expect, it } from 'vitest';
import { geoContains } from 'd3-geo';
import { boundaryPaths, countryPolygons, detachedPolygons, exclaveAt, selectCountries, sharedBorder, CENTRAL_ASIA_IDS } from './boundaries';
import { fitProjection } from './projection';
import { topology } from './test-fixtures';

const VORUKH: [number, number] = [70.5833, 39.85];
const SOKH: [number, number] = [71.12, 39.95];
const SHAKHIMARDAN: [number, number] = [71.78528, 39.97694];
const WESTERN_QALACHA: [number, number] = [69.54611, 40.06917];

describe('exclaves in the Natural Earth 1:10m data', () => {
  it('holds Vorukh as a Tajik polygon of its own, apart from the mainland', () => {
    const vorukh = exclaveAt(topology, 'TJ', VORUKH);
    expect(vorukh).toBeDefined();
    const mainland = countryPolygons(topology, 'TJ').find((p) => !detachedPolygons(topology, 'TJ').includes(p))!;
    expect(geoContains(mainland, VORUKH)).toBe(false);
  });

  it('holds Sokh and Shakhimardan as separate Uzbek polygons', () => {
    const sokh = exclaveAt(topology, 'UZ', SOKH);
    const shakhimardan = exclaveAt(topology, 'UZ', SHAKHIMARDAN);
    expect(sokh).toBeDefined();
    expect(shakhimardan).toBeDefined();
    expect(sokh).not.toBe(shakhimardan);
  });

  it('cuts the exclaves out of Kyrgyzstan as holes', () => {
    const [kyrgyzstan] = countryPolygons(topology, 'KG');
    expect(kyrgyzstan!.coordinates.length).toBeGreaterThanOrEqual(4);
    for (const point of [VORUKH, SOKH, SHAKHIMARDAN]) expect(geoContains(kyrgyzstan!, point)).toBe(false);
  });

  it('has no polygon for Western Qalacha, which is why the map marks it with a point', () => {
    expect(exclaveAt(topology, 'TJ', WESTERN_QALACHA)).toBeUndefined();
    expect(geoContains(countryPolygons(topology, 'KG')[0]!, WESTERN_QALACHA)).toBe(true);
  });
});

describe('the Kyrgyz–Tajik border', () => {
  it('exists as a line of its own, Vorukh’s outline included', () => {
    const border = sharedBorder(topology, 'KG', 'TJ');
    const vertices = border.coordinates.flat();
    expect(vertices.length).toBeGreaterThan(200);
    const nearVorukh = vertices.filter(([lon, lat]) => Math.abs(lon! - VORUKH[0]) < 0.15 && Math.abs(lat! - VORUKH[1]) < 0.1);
    expect(nearVorukh.length).toBeGreaterThan(5);
  });
});

describe('boundaryPaths', () => {
  const frame = { width: 560, height: 300, padding: 28 };
  const projection = fitProjection([[69.53, 39.84], [71.79, 39.98], [69.63, 40.28]], frame);
  const paths = boundaryPaths(selectCountries(topology, CENTRAL_ASIA_IDS), projection);

  it('draws all three countries and the border line', () => {
    expect(paths.countries.map((c) => c.code)).toEqual(['KG', 'TJ', 'UZ']);
    for (const { d } of paths.countries) expect(d.length).toBeGreaterThan(100);
    expect(paths.kyrgyzTajikBorder).toMatch(/^M/);
  });

  it('clips to the frame and rounds to a tenth of a unit', () => {
    const all = [...paths.countries.map((c) => c.d), paths.kyrgyzTajikBorder, paths.otherBorders].join('');
    const numbers = all.match(/-?\d+(?:\.\d+)?/g)!.map(Number);
    expect(Math.min(...numbers)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...numbers)).toBeLessThanOrEqual(frame.width);
    expect(all).not.toMatch(/\.\d\d/);
  });

  it('stays small: only what the frame shows reaches the page', () => {
    const bytes = [...paths.countries.map((c) => c.d), paths.neighbours, paths.kyrgyzTajikBorder, paths.otherBorders].join('').length;
    expect(bytes).toBeLessThan(16_000);
  });
});
