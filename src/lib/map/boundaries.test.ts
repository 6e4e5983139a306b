import { describe, expect, it } from 'vitest';
import { geoContains } from 'd3-geo';
import { boundaryPaths, countryPolygons, detachedPolygons, exclaveAt, sharedBorder, thinnedFor } from './boundaries';
import { fitProjection } from './projection';
import { absolutePoints } from './svg-path';
import { topology } from '../../build/map-test-fixtures';

const VORUKH: [number, number] = [70.5833, 39.85];
const WESTERN_QALACHA: [number, number] = [69.54611, 40.06917];
const SOKH: [number, number] = [71.12, 39.95];
const SHAKHIMARDAN: [number, number] = [71.78528, 39.97694];

describe('exclaves in the OpenStreetMap boundaries', () => {
  const mainland = (code: 'TJ' | 'UZ') => countryPolygons(topology, code).find((p) => !detachedPolygons(topology, code).includes(p))!;

  it('holds Vorukh and Western Qalacha as Tajik polygons of their own, apart from the mainland', () => {
    const vorukh = exclaveAt(topology, 'TJ', VORUKH);
    const qalacha = exclaveAt(topology, 'TJ', WESTERN_QALACHA);
    expect(vorukh).toBeDefined();
    expect(qalacha).toBeDefined();
    expect(vorukh).not.toBe(qalacha);
    for (const point of [VORUKH, WESTERN_QALACHA]) expect(geoContains(mainland('TJ'), point)).toBe(false);
  });

  it('holds Sokh and Shakhimardan as separate Uzbek polygons', () => {
    const sokh = exclaveAt(topology, 'UZ', SOKH);
    const shakhimardan = exclaveAt(topology, 'UZ', SHAKHIMARDAN);
    expect(sokh).toBeDefined();
    expect(shakhimardan).toBeDefined();
    expect(sokh).not.toBe(shakhimardan);
    for (const point of [SOKH, SHAKHIMARDAN]) expect(geoContains(mainland('UZ'), point)).toBe(false);
  });

  it('cuts all four exclaves out of Kyrgyzstan as holes', () => {
    const kyrgyzstan = countryPolygons(topology, 'KG');
    for (const point of [VORUKH, WESTERN_QALACHA, SOKH, SHAKHIMARDAN]) expect(kyrgyzstan.some((p) => geoContains(p, point))).toBe(false);
  });
});

describe('the Kyrgyz–Tajik border', () => {
  it('exists as a line of its own, Vorukh’s outline included', () => {
    const vertices = sharedBorder(topology, 'KG', 'TJ').coordinates.flat();
    expect(vertices.length).toBeGreaterThan(500);
    const nearVorukh = vertices.filter(([lon, lat]) => Math.abs(lon! - VORUKH[0]) < 0.1 && Math.abs(lat! - VORUKH[1]) < 0.06);
    expect(nearVorukh.length).toBeGreaterThan(20);
  });
});

describe('thinnedFor', () => {
  const count = (t: { arcs: unknown[][] }) => t.arcs.reduce((sum, arc) => sum + arc.length, 0);

  it('keeps fewer vertices the smaller the scale, and every arc’s ends', () => {
    const fine = thinnedFor(topology, 0.08);
    const coarse = thinnedFor(topology, 0.4);
    expect(count(coarse)).toBeLessThan(count(fine));
    expect(count(fine)).toBeLessThanOrEqual(count(topology));
    expect(coarse.arcs.every((arc) => arc.length >= 2)).toBe(true);
  });
});

describe('boundaryPaths', () => {
  const frame = { width: 560, height: 420, padding: 28 };
  const projection = fitProjection(
    [
      [69.53, 39.84],
      [71.79, 39.98],
      [69.63, 40.28],
    ],
    frame,
  );
  const paths = boundaryPaths(thinnedFor(topology, 0.4), projection);

  it('draws all three countries and the border line', () => {
    expect(paths.countries.map((c) => c.code)).toEqual(['KG', 'TJ', 'UZ']);
    for (const { d } of paths.countries) expect(d.length).toBeGreaterThan(100);
    expect(paths.kyrgyzTajikBorder).toMatch(/^m/);
  });

  it('clips to the frame and rounds to a tenth of a unit', () => {
    const all = [...paths.countries.map((c) => c.d), paths.kyrgyzTajikBorder, paths.otherBorders];
    const points = all.flatMap((d) => absolutePoints(d).flat());
    expect(points.length).toBeGreaterThan(100);
    for (const [x, y] of points) {
      expect(x).toBeGreaterThanOrEqual(-1e-6);
      expect(y).toBeGreaterThanOrEqual(-1e-6);
      expect(x).toBeLessThanOrEqual(frame.width + 1e-6);
      expect(y).toBeLessThanOrEqual(frame.height + 1e-6);
      expect(Math.abs(x * 10 - Math.round(x * 10))).toBeLessThan(1e-6);
    }
  });
});
