import { describe, expect, it } from 'vitest';
import { fitProjection, isInsideFrame, kilometresPerUnit, scaleBar, type Frame } from './projection';
import { hasPosition, lonLat } from './places';
import { realPlaces } from '../../build/map-test-fixtures';

const frame: Frame = { width: 560, height: 300, padding: 28 };

describe('fitProjection', () => {
  const region = realPlaces()
    .filter(hasPosition)
    .filter((p) => p.map === 'region');

  it('keeps every named place of the region inside the frame, clear of its padding', () => {
    const projection = fitProjection(region.map(lonLat), frame);
    const outside = region.filter((p) => !isInsideFrame(projection, lonLat(p), frame, frame.padding - 0.5)).map((p) => p.id);
    expect(outside).toEqual([]);
  });

  it('keeps Batken east of Isfara and Khujand north of Isfana, as on the ground', () => {
    const projection = fitProjection(region.map(lonLat), frame);
    const at = (id: string) => projection(lonLat(region.find((p) => p.id === id)!))!;
    expect(at('batken')[0]).toBeGreaterThan(at('isfara')[0]);
    expect(at('khujand')[1]).toBeLessThan(at('isfana')[1]);
  });

  it('fills the frame in at least one direction', () => {
    const projection = fitProjection(region.map(lonLat), frame);
    const xs = region.map((p) => projection(lonLat(p))![0]);
    const ys = region.map((p) => projection(lonLat(p))![1]);
    const width = Math.max(...xs) - Math.min(...xs);
    const height = Math.max(...ys) - Math.min(...ys);
    expect(Math.max(width / (frame.width - 2 * frame.padding), height / (frame.height - 2 * frame.padding))).toBeCloseTo(1, 2);
  });

  it('refuses to fit nothing', () => {
    expect(() => fitProjection([], frame)).toThrow(/no places/);
  });
});

describe('scale', () => {
  it('measures roughly 0.4 km per unit for the whole region at 560 units wide', () => {
    const region = realPlaces()
      .filter(hasPosition)
      .filter((p) => p.map === 'region');
    const km = kilometresPerUnit(fitProjection(region.map(lonLat), frame), frame);
    // Isfana to Shakhimardan is about 193 km across about 500 units.
    expect(km).toBeGreaterThan(0.3);
    expect(km).toBeLessThan(0.5);
  });

  it('picks the longest round distance that fits', () => {
    expect(scaleBar(0.39, 120)).toEqual({ km: 25, length: 25 / 0.39 });
    expect(scaleBar(0.2, 120)).toEqual({ km: 20, length: 100 });
    expect(scaleBar(10, 120).km).toBe(1000);
  });
});
