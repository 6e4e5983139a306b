/**
 * The border map's places and clash sites as /data/places.geojson (RFC 7946): a
 * FeatureCollection of one Feature per row of content/data/places.yaml, in file order. A place
 * is a Point at [longitude, latitude] as published; a clash site the reports name without a
 * published position keeps a null geometry, as the format allows for an unlocated feature. Each
 * feature carries the sources of its position and of what happened there, the `approximate`
 * flag, and the country it lies in on the map's OpenStreetMap boundaries, whose attribution the
 * collection states.
 */
import type { Place } from '../../schemas/places';
import type { SourceNameWords } from '../site/source-name';
import type { CsvSource } from '../casualties/csv';
import { rowSources, splitIds, type RowSource } from './sources';

/** The members of each feature's `properties`, in order. */
export const PLACE_PROPERTIES = [
  'name',
  'kind',
  'country',
  'disputed',
  'approximate',
  'map',
  'year',
  'event',
  'note',
  'section',
  'position_sources',
  'event_sources',
] as const;

type PlaceProperty = (typeof PLACE_PROPERTIES)[number];

export interface PlaceFeature {
  type: 'Feature';
  id: string;
  geometry: { type: 'Point'; coordinates: [longitude: number, latitude: number] } | null;
  properties: Partial<Record<PlaceProperty, string | number | boolean | null | RowSource[]>>;
}

export interface PlaceCollection {
  type: 'FeatureCollection';
  /** Foreign members (RFC 7946 §6.1): what the file is, and the terms of its data. */
  title: string;
  licence: string;
  attribution: string;
  features: PlaceFeature[];
}

export function placeFeatures(places: readonly Place[], sources: ReadonlyMap<string, CsvSource>, words: SourceNameWords): PlaceFeature[] {
  return places.map((place) => {
    const cite = (ids: string | undefined) => rowSources('places', place.id, splitIds(ids), sources, words);
    const properties: PlaceFeature['properties'] = {
      name: place.name,
      kind: place.kind,
      country: place.country ?? null,
      disputed: place.disputed ?? false,
      approximate: place.approximate ?? null,
      map: place.map,
      ...(place.year !== undefined ? { year: place.year } : {}),
      ...(place.event ? { event: place.event } : {}),
      ...(place.note ? { note: place.note } : {}),
      ...(place.section ? { section: place.section } : {}),
      position_sources: cite(place.source),
      ...(place.eventSource ? { event_sources: cite(place.eventSource) } : {}),
    };
    const geometry: PlaceFeature['geometry'] =
      place.latitude === null || place.longitude === null ? null : { type: 'Point', coordinates: [place.longitude, place.latitude] };
    return { type: 'Feature', id: place.id, geometry, properties };
  });
}

export function placesGeoJson(features: readonly PlaceFeature[], about: Omit<PlaceCollection, 'type' | 'features'>): string {
  const collection: PlaceCollection = { type: 'FeatureCollection', ...about, features: [...features] };
  return `${JSON.stringify(collection, null, 2)}\n`;
}
