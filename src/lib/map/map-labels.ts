/**
 * What a map's labels are asked to do: country names where each country is widest, place names
 * beside their symbols or beside their (possibly moved) clash markers, and what no label may
 * cover. The placing itself is labels.ts's.
 */
import type { GeoProjection } from 'd3-geo';
import { countryPolygons, otherBorders, sharedBorder, type CountriesTopology } from './boundaries';
import { POINT_POSITIONS, squareAround, type LabelRequest, type Rect } from '../chart/labels';
import { APPROX_RING, groupReach, symbolRadius, type MarkerGroup, type PlaceSymbol } from './markers';
import type { CountryCode, PositionedPlace } from './places';
import type { Frame } from './projection';

/**
 * On a wide map country names come after the places (priorities 1 and 2) and before the rest: the
 * fills and the legend already tell the countries apart, the exclaves' and villages' names nothing
 * else gives (placed before them, the spaced «КЫРГЫЗСТАН» took Ak-Sai's room). On a phone and in
 * the inset, where room is short, they come first: without them a reader cannot tell an exclave
 * from a bay.
 */
export const COUNTRY_LABEL_PRIORITY = { wide: 2.5, first: 0.5 } as const;

/** Country names are placed at the spot of a country farthest from its borders (grid step, units). */
const COUNTRY_LABEL_GRID = 16;

/** The words a map's labels need (see MapWords in border-map.ts). */
export interface LabelWords {
  countries: Record<CountryCode, string>;
}

/** The lines a place's label is written in: its own map label for the layout (from its words in the page's language), or its name. */
export function placeLabelLines(place: PositionedPlace, layout: 'wide' | 'narrow'): string[] {
  return place.mapLabel?.[layout] ?? place.mapLabel?.wide ?? [place.name];
}

/** Every vertex of every international line, projected, that lies in or near the frame. */
export function borderVertices(topology: CountriesTopology, projection: GeoProjection, frame: Frame): Array<[number, number]> {
  const lines = [...sharedBorder(topology, 'KG', 'TJ').coordinates, ...otherBorders(topology, 'KG', 'TJ').coordinates];
  const margin = frame.width / 2;
  return lines.flat().flatMap((position) => {
    const xy = projection([position[0]!, position[1]!]);
    return xy && xy[0] > -margin && xy[0] < frame.width + margin && xy[1] > -margin && xy[1] < frame.height + margin ? [xy] : [];
  });
}

/** True when the point lies inside the rings by the even-odd rule (holes are rings too). */
export function insideRings([x, y]: [number, number], rings: ReadonlyArray<ReadonlyArray<[number, number]>>): boolean {
  let inside = false;
  for (const ring of rings) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = ring[i]!;
      const [xj, yj] = ring[j]!;
      if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
    }
  }
  return inside;
}

/**
 * Points of the frame inside a country, farthest from its borders first: where its name reads
 * best. `vertices` are the projected border vertices (see borderVertices). The test is planar,
 * on the projected outline: at this scale it agrees with the sphere and is many times faster.
 */
export function countryLabelSpots(
  topology: CountriesTopology,
  code: CountryCode,
  projection: GeoProjection,
  frame: Frame,
  vertices: ReadonlyArray<[number, number]>,
): Array<[number, number]> {
  const rings = countryPolygons(topology, code).flatMap((polygon) =>
    polygon.coordinates.map((ring) =>
      ring.flatMap((position) => {
        const xy = projection([position[0]!, position[1]!]);
        return xy ? [xy] : [];
      }),
    ),
  );
  const flat = Float64Array.from(vertices.flat());
  const spots: Array<{ xy: [number, number]; clearance: number }> = [];
  for (let x = COUNTRY_LABEL_GRID; x < frame.width; x += COUNTRY_LABEL_GRID) {
    for (let y = COUNTRY_LABEL_GRID; y < frame.height; y += COUNTRY_LABEL_GRID) {
      if (!insideRings([x, y], rings)) continue;
      // A name is wide and short: room to the frame's sides counts fully, to its top and bottom less.
      const edge = Math.min(x, frame.width - x, 3 * y, 3 * (frame.height - y));
      // Squared distances in a flat array: this loop runs a few million times per map.
      let nearest = edge * edge;
      for (let i = 0; i < flat.length; i += 2) {
        const dx = flat[i]! - x;
        const dy = flat[i + 1]! - y;
        const squared = dx * dx + dy * dy;
        if (squared < nearest) nearest = squared;
      }
      spots.push({ xy: [x, y], clearance: Math.sqrt(nearest) });
    }
  }
  return spots.sort((a, b) => b.clearance - a.clearance).map((s) => s.xy);
}

/** The id of the label that carries a clash-site group's number. */
export const numberLabelId = (number: number) => `number-${number}`;

/** A number with no place name to go before is placed right after the main places' names (priority 1), which name what nothing else on the map names. */
const NUMBER_LABEL_PRIORITY = 1.01;

/**
 * A clash-site group's number is written inside its markers where they are large enough
 * (on a phone: border-map.ts LAYOUTS); if not, before the name of its place where the place is named
 * beside its markers ("4 Vorukh"); otherwise alone. `alone` lists the groups whose number found no
 * room that way: each is then placed alone and before every other label, since without it the
 * key below the map cannot be read.
 */
export function labelRequests(
  symbols: readonly PlaceSymbol[],
  groups: readonly MarkerGroup[],
  markerRadius: number,
  countrySpots: Partial<Record<CountryCode, Array<[number, number]>>>,
  words: LabelWords,
  layout: 'wide' | 'narrow',
  symbolScale: number,
  countryPriority: number,
  maxPriority: number,
  alone: ReadonlySet<number> = new Set(),
): LabelRequest[] {
  const requests: LabelRequest[] = [];
  const named = new Set(
    symbols
      .filter((s) => s.place.labelPriority <= maxPriority)
      .flatMap((s) => groups.filter((g) => Math.hypot(g.x0 - s.x, g.y0 - s.y) < 1).map((g) => g.number)),
  );
  for (const group of groups) {
    if (group.number === undefined || group.numberInside || (named.has(group.number) && !alone.has(group.number))) continue;
    requests.push({
      id: numberLabelId(group.number),
      lines: [String(group.number)],
      anchor: [group.x, group.y],
      priority: alone.has(group.number) ? 0 : NUMBER_LABEL_PRIORITY,
      gap: groupReach(group, markerRadius) + 3,
      positions: POINT_POSITIONS,
    });
  }
  for (const code of Object.keys(countrySpots) as CountryCode[]) {
    const [anchor, ...alternatives] = (countrySpots[code] ?? []).slice(0, 120);
    if (!anchor) continue;
    requests.push({
      id: `country-${code}`,
      lines: [words.countries[code]],
      anchor,
      alternatives,
      positions: ['C'],
      priority: countryPriority,
      gap: 0,
      fontScale: 1.1,
      letterSpacing: 0.18,
      weight: 'semibold',
      margin: 0.8,
    });
  }
  // Two places at one spot (Golovnoi at Kok-Tash): the number goes before the name the sites are
  // called by (the 2022 site is "Kok-Tash border post area"), else before the first.
  const numberedPlace = new Map<MarkerGroup, string>();
  for (const group of groups) {
    const here = symbols.filter((s) => s.place.labelPriority <= maxPriority && Math.hypot(group.x0 - s.x, group.y0 - s.y) < 1);
    const called = here.find((s) => group.markers.some((m) => m.site.name.startsWith(s.place.name))) ?? here[0];
    if (called) numberedPlace.set(group, called.place.id);
  }
  for (const { place, x, y, symbol } of symbols) {
    if (place.labelPriority > maxPriority) continue;
    const positions = symbol === 'none' && place.kind === 'exclave' ? ['C' as const, ...POINT_POSITIONS] : POINT_POSITIONS;
    const lines = placeLabelLines(place, layout);
    const ownGap = (symbolRadius(symbol) + (place.approximate ? 4 : 2)) * symbolScale + 3;
    // A place with clash markers is labelled beside its markers, wherever they were moved to.
    const markers = groups.find((g) => Math.hypot(g.x0 - x, g.y0 - y) < 1);
    if (markers) {
      const gap = groupReach(markers, markerRadius) + 3;
      const number =
        markers.number !== undefined && !markers.numberInside && !alone.has(markers.number) && numberedPlace.get(markers) === place.id
          ? `${markers.number} `
          : '';
      requests.push({
        id: place.id,
        lines: [number + lines[0]!, ...lines.slice(1)],
        anchor: [markers.x, markers.y],
        alternatives: [[x, y]],
        priority: place.labelPriority,
        gap,
        positions: POINT_POSITIONS,
      });
    } else {
      requests.push({ id: place.id, lines, anchor: [x, y], priority: place.labelPriority, gap: ownGap, positions });
    }
  }
  return requests.filter((r) => r.priority <= maxPriority);
}

/** What no label may cover: the scale bar, every symbol and every marker. */
export function obstacles(
  symbols: readonly PlaceSymbol[],
  groups: readonly MarkerGroup[],
  markerRadius: number,
  symbolScale: number,
  scaleBarBox: Rect,
): Rect[] {
  return [
    scaleBarBox,
    ...symbols
      .filter((s) => s.symbol !== 'none')
      .map((s) => squareAround([s.x, s.y], (symbolRadius(s.symbol) + (s.place.approximate ? 4 : 1)) * symbolScale)),
    ...groups.flatMap((g) =>
      g.markers.map((m) =>
        squareAround(
          [g.x + m.dx, g.y + (m.dy ?? 0)],
          (g.radius ?? markerRadius) * (m.site.approximate ? APPROX_RING : m.year === 2022 ? 1.25 : 1) + 2,
        ),
      ),
    ),
  ];
}

/**
 * Where the scale bar goes: the first corner of the frame, bottom ones first, with no place in
 * it. The bottom left when every corner is taken.
 */
export function scaleBarCorner(occupied: ReadonlyArray<[number, number]>, frame: Frame, size: { width: number; height: number }): Rect {
  const corners: Rect[] = [
    { x: 0, y: frame.height - size.height, ...size },
    { x: frame.width - size.width, y: frame.height - size.height, ...size },
    { x: 0, y: 0, ...size },
    { x: frame.width - size.width, y: 0, ...size },
  ];
  const free = corners.find(
    (box) => !occupied.some(([x, y]) => x > box.x - 8 && x < box.x + box.width + 8 && y > box.y - 8 && y < box.y + box.height + 8),
  );
  return free ?? corners[0]!;
}
