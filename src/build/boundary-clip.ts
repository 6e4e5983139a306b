/**
 * What the boundary extraction keeps: which countries, and the box they are clipped to. Shared
 * by the extraction script and the tests that check every map frame lies inside the box.
 */
import type { Position } from 'geojson';

/** A box in degrees. */
export interface ClipBox {
  west: number;
  east: number;
  south: number;
  north: number;
}

/**
 * The Fergana-valley box the detail maps may show: wider than every place of the region map
 * (src/lib/map/places.ts, MAP_BOUNDS) with room for the frame round them.
 */
export const CLIP_BOX: ClipBox = { west: 68.5, east: 72.8, south: 38.9, north: 41.2 };

/** ISO 3166-1 alpha-2 codes of the countries kept, with the numeric ids the map code uses. */
export const OSM_COUNTRIES = { KG: '417', TJ: '762', UZ: '860' } as const;

type Edge = { inside: (p: Position) => boolean; cross: (a: Position, b: Position) => Position };

function edges(box: ClipBox): Edge[] {
  const at = (a: Position, b: Position, t: number): Position => [a[0]! + (b[0]! - a[0]!) * t, a[1]! + (b[1]! - a[1]!) * t];
  return [
    { inside: (p) => p[0]! >= box.west, cross: (a, b) => at(a, b, (box.west - a[0]!) / (b[0]! - a[0]!)) },
    { inside: (p) => p[0]! <= box.east, cross: (a, b) => at(a, b, (box.east - a[0]!) / (b[0]! - a[0]!)) },
    { inside: (p) => p[1]! >= box.south, cross: (a, b) => at(a, b, (box.south - a[1]!) / (b[1]! - a[1]!)) },
    { inside: (p) => p[1]! <= box.north, cross: (a, b) => at(a, b, (box.north - a[1]!) / (b[1]! - a[1]!)) },
  ];
}

/**
 * A closed ring clipped to the box (Sutherland–Hodgman, one edge at a time), closed again; empty
 * when nothing of it is inside. The ring's winding is kept. Where a ring leaves the box and comes
 * back, the result runs along the box's edge, which no map frame reaches.
 */
export function clipRing(ring: readonly Position[], box: ClipBox): Position[] {
  let points = ring.slice(0, -1);
  for (const edge of edges(box)) {
    if (points.length === 0) break;
    const next: Position[] = [];
    for (let i = 0; i < points.length; i++) {
      const current = points[i]!;
      const previous = points[(i + points.length - 1) % points.length]!;
      if (edge.inside(current)) {
        if (!edge.inside(previous)) next.push(edge.cross(previous, current));
        next.push(current);
      } else if (edge.inside(previous)) {
        next.push(edge.cross(previous, current));
      }
    }
    points = next;
  }
  return points.length >= 3 ? [...points, points[0]!] : [];
}
