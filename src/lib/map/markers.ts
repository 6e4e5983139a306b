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
  /**
   * Markers at the same spot, side by side: `dx` is each one's offset from the group's centre, and
   * `dy` its offset down, where a group is set at a slant to fit inside a place's area.
   */
  markers: Array<{ site: PositionedPlace; year: ClashYear; dx: number; dy?: number | undefined }>;
  /**
   * The two years' markers drawn as one symbol, the 2021 circle's west half joined to the 2022
   * diamond's east half: where a place's area has no room for two markers side by side.
   */
  joined?: boolean | undefined;
  /**
   * The group's own marker radius, where it differs from the layout's: markers of a place drawn
   * as an area (an exclave) are made small enough to lie inside it, with its outline showing round them.
   */
  radius?: number | undefined;
  /** Kept at its place (inside the place's area): separation moves the other groups off it instead. */
  pinned?: boolean | undefined;
  /** The group's number on the map and in the key below it, the same in every panel and layout. */
  number?: number | undefined;
  /** The number is written inside the markers; otherwise in a label beside them (map-labels.ts). */
  numberInside?: boolean | undefined;
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

/** How far apart the centres of two markers of one group are: a 2022 diamond reaches 1.25 radii from its centre, a 2021 circle one, and side by side they keep a gap. */
const markerStep = (markerRadius: number) => markerRadius * 2.25 + 2;

/** Sets the markers of a group side by side, along a line `angle` radians below the horizontal. */
function spreadMarkers(group: MarkerGroup, markerRadius: number, angle = 0): void {
  const step = markerStep(markerRadius);
  group.markers.forEach((marker, i) => {
    const offset = (i - (group.markers.length - 1) / 2) * step;
    marker.dx = roundToTenth(offset * Math.cos(angle));
    if (angle !== 0) marker.dy = roundToTenth(offset * Math.sin(angle));
  });
}

/** Slants tried, in order, for a group inside an area: level first, as everywhere else. */
const AREA_SLANTS = [0, Math.PI / 4, -Math.PI / 4, Math.PI / 2];

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
    spreadMarkers(group, markerRadius);
  }
  // West to east, so the keyboard and a screen reader meet the markers in the order the eye does.
  return [...groups.values()].sort((a, b) => a.x - b.x || a.y - b.y);
}

/** The radius of a circle round a whole group, its approximate-position rings included. */
export function groupReach(group: MarkerGroup, markerRadius: number): number {
  const radius = group.radius ?? markerRadius;
  if (group.joined) return radius * 1.25;
  return (
    Math.max(...group.markers.map((m) => Math.hypot(m.dx, m.dy ?? 0))) +
    radius * (group.markers.some((m) => m.site.approximate) ? APPROX_RING : 1.25)
  );
}

/**
 * Points on the outline of every marker of a group (its approximate-position ring included), at
 * the group's position: what must lie inside a place's area for the group to be inside it.
 */
export function markerOutline(group: MarkerGroup, markerRadius: number): Array<[number, number]> {
  const radius = group.radius ?? markerRadius;
  if (group.joined) {
    const west = Array.from({ length: 9 }, (_, i): [number, number] => [
      group.x - radius * Math.sin((i * Math.PI) / 8),
      group.y - radius * Math.cos((i * Math.PI) / 8),
    ]);
    const d = radius * 1.25;
    const east: Array<[number, number]> = [
      [group.x, group.y - d],
      [group.x + d / 2, group.y - d / 2],
      [group.x + d, group.y],
      [group.x + d / 2, group.y + d / 2],
      [group.x, group.y + d],
    ];
    return [...west, ...east];
  }
  return group.markers.flatMap((m) => {
    const reach = radius * (m.site.approximate ? APPROX_RING : m.year === 2022 ? 1.25 : 1);
    return Array.from({ length: 16 }, (_, i): [number, number] => [
      group.x + m.dx + reach * Math.cos((i * Math.PI) / 8),
      group.y + (m.dy ?? 0) + reach * Math.sin((i * Math.PI) / 8),
    ]);
  });
}

/**
 * A marker drawn at least this share of its layout's size carries its group's number inside; one
 * shrunk further to fit inside a place (border-map.ts) has it written beside, at the labels' size.
 */
const NUMBER_INSIDE_SHARE = 0.9;

/** The font size of a number inside a marker, as a multiple of the marker's radius. */
export const NUMBER_FONT_SCALE = 1.5;

/** True when the group's markers are large enough to carry its number inside, in a layout that writes numbers inside. */
export function numberFitsInside(group: MarkerGroup, markerRadius: number): boolean {
  return group.number !== undefined && !group.joined && (group.radius ?? markerRadius) >= markerRadius * NUMBER_INSIDE_SHARE;
}

/** The smallest radius a marker is drawn at, in map units: below it the colours no longer tell the years apart. */
export const SMALLEST_MARKER_RADIUS = 2.5;

/**
 * Fits a group into a place's area: at the first of `spots` (the place's own position first)
 * where its markers lie inside with `margin` to spare at the largest radius up to `markerRadius`,
 * and pins it there. The group comes back unchanged when they fit nowhere even at the smallest
 * radius: it is then drawn as any other, beside the place.
 */
export function fitGroupInside(
  group: MarkerGroup,
  markerRadius: number,
  inside: (point: [number, number]) => boolean,
  spots: ReadonlyArray<[number, number]>,
  margin: number,
): MarkerGroup {
  const twoYears = group.markers.length === 2 && group.markers[0]!.year !== group.markers[1]!.year;
  const arrangements = [...(group.markers.length > 1 ? AREA_SLANTS : [0]), ...(twoYears ? ['joined' as const] : [])];
  for (let radius = markerRadius; radius >= SMALLEST_MARKER_RADIUS; radius -= 0.25) {
    for (const arrangement of arrangements) {
      const candidate: MarkerGroup = { ...group, radius, pinned: true, markers: group.markers.map((m) => ({ ...m })) };
      if (arrangement === 'joined') {
        candidate.joined = true;
        candidate.markers.forEach((m) => (m.dx = 0));
      } else spreadMarkers(candidate, radius, arrangement);
      for (const [x, y] of spots) {
        const clear = markerOutline({ ...candidate, x, y, radius: radius + margin }, radius + margin).every(inside);
        if (clear) return { ...candidate, radius: roundToTenth(radius), x: roundToTenth(x), y: roundToTenth(y) };
      }
    }
  }
  return group;
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
      if (g.pinned) continue;
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
        if (a.pinned && b.pinned) continue;
        // A pinned group stays inside its place: the other one takes the whole step.
        const share = a.pinned || b.pinned ? 1 : 0.5;
        const push = (needed - distance) * share + 0.05;
        if (!a.pinned) {
          a.x -= (dx / distance) * push;
          a.y -= (dy / distance) * push;
        }
        if (!b.pinned) {
          b.x += (dx / distance) * push;
          b.y += (dy / distance) * push;
        }
      }
    }
    for (const g of moved) {
      if (g.pinned) continue;
      const reach = groupReach(g, markerRadius);
      g.x = Math.min(Math.max(g.x, reach), frame.width - reach);
      g.y = Math.min(Math.max(g.y, reach), frame.height - reach);
    }
    if (!touching) break;
  }
  return moved.map((g) => ({ ...g, x: roundToTenth(g.x), y: roundToTenth(g.y) }));
}
