/**
 * `npm run geo`: writes content/data/boundaries-osm.json, the detail maps' boundaries, from the
 * OpenStreetMap borders of the pinned @osm_borders/maritime_10m package (48 MB of GeoJSON).
 *
 * Kyrgyzstan, Tajikistan and Uzbekistan are clipped to the Fergana-valley box every detail map
 * lies in, rewound to d3-geo's winding, turned into a topology (so a shared border is one line,
 * simplified the same way for both countries) and simplified to about 15 m, quantized to about
 * 4 m. The build reads the small file instead of the package; src/lib/map/README.md says why.
 *
 * Run with: node --experimental-strip-types src/build/extract-boundaries.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { geoArea } from 'd3-geo';
import { topology } from 'topojson-server';
import { presimplify, simplify } from 'topojson-simplify';
import { quantize } from 'topojson-client';
import type { Feature, FeatureCollection, Geometry, Polygon, Position } from 'geojson';
import { clipRing, CLIP_BOX, OSM_COUNTRIES, type ClipBox } from './boundary-clip.ts';

const PACKAGE = '@osm_borders/maritime_10m';
const OUTPUT = new URL('../../content/data/boundaries-osm.json', import.meta.url);

/**
 * Visvalingam weight below which a vertex goes, in square degrees: a triangle of about
 * 15 m × 15 m. Finer than the detail inset can show (about 60 m per unit), coarse enough that
 * the file stays small.
 */
const MIN_WEIGHT = 2e-8;

/** Quantization steps across the clip box: about 4 m on the ground. */
const QUANTIZATION = 1e5;

interface OsmProperties {
  isoA2: string;
  isoA3: string;
}

function polygonsOf(geometry: Geometry): Position[][][] {
  switch (geometry.type) {
    case 'Polygon':
      return [geometry.coordinates];
    case 'MultiPolygon':
      return geometry.coordinates;
    case 'GeometryCollection':
      return geometry.geometries.flatMap(polygonsOf);
    default:
      return [];
  }
}

/** One polygon clipped to the box, with d3-geo's winding (exterior clockwise on the sphere). */
function clipPolygon(rings: Position[][], box: ClipBox): Position[][] | undefined {
  const [outer, ...holes] = rings.map((ring) => clipRing(ring, box));
  if (!outer || outer.length < 4) return undefined;
  let polygon: Polygon = { type: 'Polygon', coordinates: [outer, ...holes.filter((h) => h.length >= 4)] };
  // GeoJSON (RFC 7946) winds exteriors the other way; d3 would read such a ring as the whole
  // globe minus the country. An area above a hemisphere gives it away.
  if (geoArea(polygon) > 2 * Math.PI) polygon = { type: 'Polygon', coordinates: polygon.coordinates.map((ring) => [...ring].reverse()) };
  return polygon.coordinates;
}

const file = createRequire(import.meta.url).resolve(`${PACKAGE}/borders.geo.json`);
const version = (JSON.parse(readFileSync(createRequire(import.meta.url).resolve(`${PACKAGE}/package.json`), 'utf8')) as { version: string })
  .version;
const world = JSON.parse(readFileSync(file, 'utf8')) as FeatureCollection<Geometry, OsmProperties>;

const countries: FeatureCollection = {
  type: 'FeatureCollection',
  features: Object.entries(OSM_COUNTRIES).map(([code, id]): Feature => {
    const source = world.features.find((f) => f.properties.isoA2 === code);
    if (!source) throw new Error(`extract-boundaries: no feature with isoA2 ${code} in ${PACKAGE}`);
    const polygons = polygonsOf(source.geometry).flatMap((rings) => {
      const clipped = clipPolygon(rings, CLIP_BOX);
      return clipped ? [clipped] : [];
    });
    return { type: 'Feature', id, properties: { name: code }, geometry: { type: 'MultiPolygon', coordinates: polygons } };
  }),
};

const full = topology({ countries });
const simplified = quantize(
  simplify(presimplify(full as Parameters<typeof presimplify>[0]) as Parameters<typeof simplify>[0], MIN_WEIGHT),
  QUANTIZATION,
);
const output = {
  ...simplified,
  metadata: {
    source: `${PACKAGE} ${version} (OpenStreetMap boundaries simplified to 10 m)`,
    attribution: '© OpenStreetMap contributors',
    licence: 'ODbL 1.0 (https://opendatacommons.org/licenses/odbl/)',
    dataDate: '2024-12',
    clip: CLIP_BOX,
    simplification: `Visvalingam, minimum weight ${MIN_WEIGHT} square degrees; quantized to ${QUANTIZATION} steps`,
    generatedBy: 'npm run geo (src/build/extract-boundaries.ts)',
  },
};
writeFileSync(OUTPUT, `${JSON.stringify(output)}\n`);
const points = simplified.arcs.reduce((sum, arc) => sum + arc.length, 0);
console.log(`wrote ${OUTPUT.pathname}: ${points} points in ${simplified.arcs.length} arcs, ${JSON.stringify(output).length} bytes`);
