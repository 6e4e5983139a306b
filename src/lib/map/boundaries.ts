/**
 * Boundary features from a countries topology (the OpenStreetMap extract for the detail maps,
 * Natural Earth's world-atlas for the locator): the three countries, their exclaves as polygons
 * of their own, the Kyrgyz–Tajik line and the other borders, thinned for a map's scale and turned
 * into SVG path data for a projection. Pure functions: the topology comes in as an argument.
 */
import { geoArea, geoBounds, geoContains, geoPath, type GeoPermissibleObjects, type GeoProjection } from 'd3-geo';
import { CompactPath } from './svg-path';
import { feature, mesh } from 'topojson-client';
import { presimplify, simplify } from 'topojson-simplify';
import type { GeometryCollection, GeometryObject, Topology } from 'topojson-specification';
import type { Feature, Geometry, MultiLineString, MultiPolygon, Polygon, Position } from 'geojson';
import type { CountryCode } from './places';

/** A topology with a `countries` object whose geometries carry ISO numeric ids (world-atlas's, and the OSM extract's). */
export type CountriesTopology = Topology<{ countries: GeometryCollection<{ name: string }> }>;

/** ISO 3166-1 numeric codes, the ids world-atlas gives its countries. */
export const COUNTRY_IDS: Record<CountryCode, string> = { KG: '417', TJ: '762', UZ: '860' };

const MAP_COUNTRY_IDS = new Set(Object.values(COUNTRY_IDS));

/**
 * The three countries and their other neighbours in Central Asia: Kazakhstan, China, Afghanistan
 * and Turkmenistan. Enough for any frame of the region and its locator.
 */
export const CENTRAL_ASIA_IDS = [...MAP_COUNTRY_IDS, '398', '156', '004', '795'];

/**
 * The topology cut down to the named countries. The arcs stay shared, so borders between them
 * are unchanged, but nothing outside them is ever decoded or projected: the build does a few
 * countries' work, not the world's.
 */
export function selectCountries(topology: CountriesTopology, ids: readonly string[]): CountriesTopology {
  const wanted = new Set(ids);
  return {
    ...topology,
    objects: {
      countries: {
        ...topology.objects.countries,
        geometries: topology.objects.countries.geometries.filter((g) => wanted.has(String(g.id))),
      },
    },
  };
}

function geometryOf(topology: CountriesTopology, code: CountryCode): GeometryObject<{ name: string }> {
  const geometry = topology.objects.countries.geometries.find((g) => String(g.id) === COUNTRY_IDS[code]);
  if (!geometry) throw new Error(`boundaries: no country with id ${COUNTRY_IDS[code]} (${code}) in the topology`);
  return geometry;
}

/** A country's shape as GeoJSON (a single country object always decodes to one feature). */
function shapeOf(topology: CountriesTopology, geometry: GeometryObject<{ name: string }>): Geometry {
  return (feature(topology, geometry) as Feature<Geometry>).geometry;
}

/** Each separate piece of a country's territory as a polygon of its own (holes kept). */
export function countryPolygons(topology: CountriesTopology, code: CountryCode): Polygon[] {
  const geometry = shapeOf(topology, geometryOf(topology, code));
  if (geometry.type === 'Polygon') return [geometry];
  if (geometry.type === 'MultiPolygon') return geometry.coordinates.map((coordinates): Polygon => ({ type: 'Polygon', coordinates }));
  throw new Error(`boundaries: ${code} is a ${geometry.type}, not an area`);
}

/** The pieces of a country detached from its main territory: its exclaves and islands. */
export function detachedPolygons(topology: CountriesTopology, code: CountryCode): Polygon[] {
  const polygons = countryPolygons(topology, code);
  const areas = polygons.map((p) => geoArea(p));
  const main = areas.indexOf(Math.max(...areas));
  return polygons.filter((_, i) => i !== main);
}

/** The detached piece of a country that holds the point, if any: how an exclave is recognised. */
export function exclaveAt(topology: CountriesTopology, code: CountryCode, point: [number, number]): Polygon | undefined {
  return detachedPolygons(topology, code).find((polygon) => geoContains(polygon, point));
}

function isPair(a: GeometryObject, b: GeometryObject, first: CountryCode, second: CountryCode): boolean {
  const ids = [String(a.id), String(b.id)];
  return ids.includes(COUNTRY_IDS[first]) && ids.includes(COUNTRY_IDS[second]) && a !== b;
}

/** The line two countries share, exclave outlines included. */
export function sharedBorder(topology: CountriesTopology, first: CountryCode, second: CountryCode): MultiLineString {
  return mesh(topology, topology.objects.countries, (a, b) => isPair(a, b, first, second));
}

/** Every international line except the one between `first` and `second`. */
export function otherBorders(topology: CountriesTopology, first: CountryCode, second: CountryCode): MultiLineString {
  return mesh(topology, topology.objects.countries, (a, b) => a !== b && !isPair(a, b, first, second));
}

/** Every country that is not one of the three the map tells apart, as one shape. */
export function neighbouringCountries(topology: CountriesTopology): MultiPolygon {
  const coordinates: Position[][][] = [];
  for (const geometry of topology.objects.countries.geometries) {
    if (MAP_COUNTRY_IDS.has(String(geometry.id))) continue;
    const shape = shapeOf(topology, geometry);
    if (shape.type === 'Polygon') coordinates.push(shape.coordinates);
    else if (shape.type === 'MultiPolygon') coordinates.push(...shape.coordinates);
  }
  return { type: 'MultiPolygon', coordinates };
}

/**
 * The topology cut down to the countries whose bounding box reaches the area a projection's
 * clip extent shows, so that only they are projected.
 */
export function countriesInView(topology: CountriesTopology, projection: GeoProjection): CountriesTopology {
  const extent = projection.clipExtent();
  const invert = projection.invert;
  if (!extent || !invert) return topology;
  const [[x0, y0], [x1, y1]] = extent;
  const edge: Array<[number, number]> = [];
  for (let i = 0; i <= 8; i++) {
    const fx = x0 + ((x1 - x0) * i) / 8;
    const fy = y0 + ((y1 - y0) * i) / 8;
    edge.push([fx, y0], [fx, y1], [x0, fy], [x1, fy]);
  }
  const corners = edge.flatMap((xy) => {
    const point = invert(xy);
    return point ? [point] : [];
  });
  const west = Math.min(...corners.map(([lon]) => lon));
  const east = Math.max(...corners.map(([lon]) => lon));
  const south = Math.min(...corners.map(([, lat]) => lat));
  const north = Math.max(...corners.map(([, lat]) => lat));
  const inView = topology.objects.countries.geometries.filter((geometry) => {
    const [[w, s], [e, n]] = geoBounds(feature(topology, geometry));
    return w <= east && e >= west && s <= north && n >= south;
  });
  return selectCountries(
    topology,
    inView.map((g) => String(g.id)),
  );
}

export interface BoundaryPaths {
  /** Area of each of the three countries, exclaves included. */
  countries: Array<{ code: CountryCode; d: string }>;
  /** Every other country, drawn in a neutral tone (empty when none is in the frame). */
  neighbours: string;
  /** The Kyrgyz–Tajik line, drawn on its own. */
  kyrgyzTajikBorder: string;
  /** All other international lines. */
  otherBorders: string;
}

/**
 * SVG path data for everything the map draws, clipped to the projection's clip extent and
 * rounded to `digits` decimals of a user unit, written compactly (CompactPath): only what the
 * frame shows reaches the page. Whole units by default: a unit of the 560-wide frame is under
 * 0.8 CSS pixels on a phone, and a tenth more cost each map page 2 KiB gzip (the print edition
 * 6) for detail no screen or printer shows.
 */
export function boundaryPaths(allCountries: CountriesTopology, projection: GeoProjection, digits = 0): BoundaryPaths {
  const topology = countriesInView(allCountries, projection);
  const d = (object: GeoPermissibleObjects) => {
    const context = new CompactPath(digits);
    geoPath(projection, context)(object);
    return context.toString();
  };
  return {
    countries: (Object.keys(COUNTRY_IDS) as CountryCode[]).map((code) => ({
      code,
      d: d(feature(allCountries, geometryOf(allCountries, code))),
    })),
    neighbours: d(neighbouringCountries(topology)),
    kyrgyzTajikBorder: d(sharedBorder(topology, 'KG', 'TJ')),
    otherBorders: d(otherBorders(topology, 'KG', 'TJ')),
  };
}

/** What topojson-simplify works on (its types ask for objects without properties). */
type PlainTopology = Parameters<typeof simplify>[0];

const presimplified = new WeakMap<CountriesTopology, PlainTopology>();

/** Kilometres per degree of latitude, near enough for a simplification threshold. */
const KM_PER_DEGREE = 111.2;

/**
 * The topology thinned for a map drawn at `kmPerUnit`: a vertex goes when the triangle it makes
 * with its neighbours (Visvalingam) is smaller than `area` square map units, a bend the eye does
 * not miss at that size. Arcs are thinned once for both countries they part, so neighbours still
 * meet. The weights are computed once per topology and build.
 */
export function thinnedFor(topology: CountriesTopology, kmPerUnit: number, area = 4.5): CountriesTopology {
  let weighted = presimplified.get(topology);
  if (!weighted) {
    weighted = presimplify(topology as unknown as PlainTopology) as PlainTopology;
    presimplified.set(topology, weighted);
  }
  const degreesPerUnit = kmPerUnit / KM_PER_DEGREE;
  return simplify(weighted, area * degreesPerUnit * degreesPerUnit) as unknown as CountriesTopology;
}
