/**
 * The symbols a map draws at its places, and the clash markers: grouped by spot, two years side
 * by side, and groups moved apart (with a leader line back to their place) where they would touch.
 */
import { geoPath, type GeoProjection } from 'd3-geo';
import type { Frame } from './projection';
import { exclaveAt, type CountriesTopology } from './boundaries';
import { lonLat, type ClashYear, type PositionedPlace } from './places';
import { roundToTenth } from '../chart/round';

/** Symbol radii at scale 1, in map units. */
export const SYMBOL_RADIUS = { town: 3, marker: 6, capital: 3.5 } as const;

/** The dashed ring that marks an approximate position, as a multiple of the marker's radius. */
export const APPROX_RING = 1.55;

/** An exclave smaller than this across (map units) is marked with a point: its area would not show. */
export const SMALLEST_DRAWN_EXCLAVE = 10;

export interface PlaceSymbol {
  place: PositionedPlace;
  x: number;
  y: number;
  /**
   * What is drawn: a town dot, a capital's square, water, a hatched point for an exclave too
   * small to see at the map's scale, a disputed site's open ring, or nothing (an exclave's area).
   */
  symbol: 'town' | 'capital' | 'water' | 'exclave-point' | 'disputed' | 'none';
}

export interface MarkerGroup {
  /** Where the group is drawn: its true position, or moved clear of a neighbouring group. */
  x: number;
  y: number;
  /** The true position of the place, where a leader line points when the group was moved. */
  x0: number;
  y0: number;
  /** Markers at the same spot, side by side: `dx` is each one's offset from the group's centre. */
  markers: Array<{ site: PositionedPlace; year: ClashYear; dx: number }>;
}

export function projectPlace(projection: GeoProjection, place: PositionedPlace): [number, number] {
  const xy = projection(lonLat(place));
  if (!xy) throw new Error(`border map: "${place.id}" cannot be projected`);
  return [roundToTenth(xy[0]), roundToTenth(xy[1])];
}

export function symbolFor(place: PositionedPlace, topology: CountriesTopology, projection: GeoProjection): PlaceSymbol['symbol'] {
  if (place.disputed) return 'disputed';
  switch (place.kind) {
    case 'capital':
      return 'capital';
    case 'city':
    case 'town':
    case 'village':
      return 'town';
    case 'reservoir':
      return 'water';
    case 'exclave': {
      // An exclave whose area shows needs no symbol; one too small at this scale gets a point.
      const polygon = place.country && exclaveAt(topology, place.country, lonLat(place));
      if (!polygon) return 'exclave-point';
      const [[x0, y0], [x1, y1]] = geoPath(projection).bounds(polygon);
      return Math.max(x1 - x0, y1 - y0) >= SMALLEST_DRAWN_EXCLAVE ? 'none' : 'exclave-point';
    }
    default:
      return 'none';
  }
}

export function symbolRadius(symbol: PlaceSymbol['symbol']): number {
  if (symbol === 'capital') return SYMBOL_RADIUS.capital;
  if (symbol === 'none') return 0;
  if (symbol === 'disputed') return SYMBOL_RADIUS.town + 1;
  return SYMBOL_RADIUS.town;
}

/** Clash markers grouped by spot; two years at one spot sit side by side, 2021 on the left. */
export function groupMarkers(sites: readonly PositionedPlace[], projection: GeoProjection, markerRadius: number): MarkerGroup[] {
  const groups = new Map<string, MarkerGroup>();
  for (const site of sites) {
    const [x, y] = projectPlace(projection, site);
    const key = `${x},${y}`;
    const group = groups.get(key) ?? { x, y, x0: x, y0: y, markers: [] };
    group.markers.push({ site, year: site.year as ClashYear, dx: 0 });
    groups.set(key, group);
  }
  for (const group of groups.values()) {
    group.markers.sort((a, b) => a.year - b.year);
    // A 2022 diamond reaches 1.25 radii from its centre, a 2021 circle one: side by side they keep a gap.
    const step = markerRadius * 2.25 + 2;
    group.markers.forEach((marker, i) => (marker.dx = roundToTenth((i - (group.markers.length - 1) / 2) * step)));
  }
  // West to east, so the keyboard and a screen reader meet the markers in the order the eye does.
  return [...groups.values()].sort((a, b) => a.x - b.x || a.y - b.y);
}

/** The radius of a circle round a whole group, its approximate-position rings included. */
export function groupReach(group: MarkerGroup, markerRadius: number): number {
  return Math.max(...group.markers.map((m) => Math.abs(m.dx))) + markerRadius * APPROX_RING;
}

/**
 * Moves groups of markers apart until none touches another, each by as little as it takes (both
 * of a touching pair give way equally). A moved group keeps its true position for a leader line.
 */
export function separateGroups(
  groups: readonly MarkerGroup[],
  markerRadius: number,
  frame: Frame,
  fixed: ReadonlyArray<{ x: number; y: number; radius: number }> = [],
): MarkerGroup[] {
  const moved = groups.map((g) => ({ ...g, markers: g.markers.map((m) => ({ ...m })) }));
  for (let pass = 0; pass < 200; pass++) {
    let touching = false;
    // Other places' symbols stay put; a group steps off them (but not off its own place's symbol).
    for (const g of moved) {
      for (const point of fixed) {
        if (Math.hypot(point.x - g.x0, point.y - g.y0) < 1) continue;
        const needed = groupReach(g, markerRadius) + point.radius + 1;
        const dx = g.x - point.x;
        const dy = g.y - point.y;
        const distance = Math.hypot(dx, dy);
        if (distance >= needed) continue;
        touching = true;
        const [ux, uy] = distance < 0.01 ? [0, -1] : [dx / distance, dy / distance];
        g.x += ux * (needed - distance + 0.05);
        g.y += uy * (needed - distance + 0.05);
      }
    }
    for (let i = 0; i < moved.length; i++) {
      for (let j = i + 1; j < moved.length; j++) {
        const a = moved[i]!;
        const b = moved[j]!;
        const needed = groupReach(a, markerRadius) + groupReach(b, markerRadius) + 1;
        let dx = b.x - a.x;
        let dy = b.y - a.y;
        let distance = Math.hypot(dx, dy);
        if (distance >= needed) continue;
        touching = true;
        if (distance < 0.01) [dx, dy, distance] = [0, 1, 1];
        const push = (needed - distance) / 2 + 0.05;
        a.x -= (dx / distance) * push;
        a.y -= (dy / distance) * push;
        b.x += (dx / distance) * push;
        b.y += (dy / distance) * push;
      }
    }
    for (const g of moved) {
      const reach = groupReach(g, markerRadius);
      g.x = Math.min(Math.max(g.x, reach), frame.width - reach);
      g.y = Math.min(Math.max(g.y, reach), frame.height - reach);
    }
    if (!touching) break;
  }
  return moved.map((g) => ({ ...g, x: roundToTenth(g.x), y: roundToTenth(g.y) }));
}
