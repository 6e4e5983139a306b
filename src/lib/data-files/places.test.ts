import { describe, expect, it } from 'vitest';
import { featureCollectionProblems } from './geojson-check';
import { placeFeatures, placesGeoJson, type PlaceCollection } from './places';
import { place, sources, words } from './test-data';

const about = { title: 'Places', licence: 'Test terms', attribution: '© Test contributors' };

describe('placesGeoJson(features, about)', () => {
  const places = [
    place({ id: 'vorukh', kind: 'exclave', country: 'TJ', latitude: 39.85, longitude: 70.583, source: 'agency-2022 copy-2022' }),
    place({ id: 'golovnoi', kind: 'water-intake', country: undefined, disputed: true, approximate: true, note: 'Marked at the village.' }),
    place({
      id: 'clash-2022-unplaced',
      kind: 'clash-site',
      latitude: null,
      longitude: null,
      source: undefined,
      approximate: undefined,
      year: 2022,
      section: '/clashes-2022/#fighting-2022',
      eventSource: 'stored-copy',
      event: '16 September 2022: a test clash, by one side’s account.',
    }),
  ];
  const file = JSON.parse(placesGeoJson(placeFeatures(places, sources, words), about)) as PlaceCollection;

  it('parses back to a FeatureCollection that has every member RFC 7946 requires', () => {
    expect(featureCollectionProblems(file)).toEqual([]);
    expect(file).toMatchObject({ type: 'FeatureCollection', ...about });
    expect(file.features.map((f) => f.id)).toEqual(['vorukh', 'golovnoi', 'clash-2022-unplaced']);
  });

  it('writes a position as [longitude, latitude], and none for a clash site with no published position', () => {
    expect(file.features[0]!.geometry).toEqual({ type: 'Point', coordinates: [70.583, 39.85] });
    expect(file.features[2]!.geometry).toBeNull();
  });

  it('carries the approximate flag, the country or the dispute, and the sources of the position and of the event', () => {
    expect(file.features[0]!.properties).toMatchObject({
      country: 'TJ',
      disputed: false,
      approximate: false,
      position_sources: [
        { id: 'agency-2022', publisher: 'Test Agency', url: 'https://example.org/a' },
        { id: 'copy-2022', publisher: 'Wire Service, via Copy Site', url: 'https://example.org/b?x=1,2' },
      ],
    });
    expect(file.features[1]!.properties).toMatchObject({
      country: null,
      disputed: true,
      approximate: true,
      note: 'Marked at the village.',
    });
    expect(file.features[2]!.properties).toMatchObject({
      year: 2022,
      position_sources: [],
      event_sources: [{ id: 'stored-copy', publisher: 'Archive Only' }],
    });
  });
});

describe('featureCollectionProblems(value)', () => {
  it('finds what the specification requires and is missing', () => {
    expect(featureCollectionProblems({ type: 'FeatureCollection' })).toEqual(['no "features" array']);
    expect(featureCollectionProblems({ type: 'FeatureCollection', features: [{ type: 'Feature', geometry: null }] })).toEqual([
      'features[0] has no "properties" member',
    ]);
  });

  it('catches latitude and longitude swapped past their ranges, and a position that is not one', () => {
    const point = (coordinates: unknown) => ({
      type: 'FeatureCollection',
      features: [{ type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates } }],
    });
    expect(featureCollectionProblems(point([40, 170]))).toEqual(['features[0]: latitude 170 is outside -90 to 90']);
    expect(featureCollectionProblems(point(['70', 40]))).toEqual([
      'features[0].geometry.coordinates is not a position of two or three numbers',
    ]);
    expect(featureCollectionProblems(point([70.5, 40.1]))).toEqual([]);
  });
});
