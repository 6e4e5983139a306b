/**
 * The border map as data: everything BorderMap.astro draws, computed in Node from the boundary
 * topology and the place rows. No DOM and no markup here, so each decision can be tested.
 */
import type { GeoProjection } from 'd3-geo';
import { boundaryPaths, CENTRAL_ASIA_IDS, COUNTRY_IDS, countryPolygons, exclaveAt, otherBorders, selectCountries, sharedBorder, type BoundaryPaths, type CountriesTopology } from './boundaries';
import { fitProjection, isInsideFrame, kilometresPerUnit, scaleBar, type Frame, type ScaleBar } from './projection';
import { placeLabels, POINT_POSITIONS, squareAround, type LabelRequest, type PlacedLabel, type Rect } from './labels';
import { clashSites, hasPosition, lonLat, type ClashYear, type CountryCode, type MapPlace, type PositionedPlace } from './places';

/** The main map's drawing area, in SVG user units; the page scales it to the column. */
export const REGION_FRAME: Frame = { width: 560, height: 300, padding: 28 };
/** The locator inset, drawn at its own size beside the legend. */
export const LOCATOR_FRAME: Frame = { width: 200, height: 150, padding: 12 };

/**
 * Two label layouts of the same map: `wide` for a column of about 480 px and more (and print),
 * `narrow` for phones, where text and symbols are drawn larger in map units so they stay
 * legible when the whole map shrinks, and fewer labels fit. CSS shows one of them.
 */
export const LAYOUTS = {
  wide: { fontSize: 13, symbolScale: 1, maxPriority: 3 },
  narrow: { fontSize: 22, symbolScale: 1.8, maxPriority: 2 },
} as const;
export type LayoutName = keyof typeof LAYOUTS;

/** Symbol radii at scale 1, in map units. */
export const SYMBOL_RADIUS = { town: 3, marker: 6, capital: 3.5 } as const;

/** The dashed ring that marks an approximate position, as a multiple of the marker's radius. */
export const APPROX_RING = 1.55;

/**
 * When a map focuses on one year, it is fitted to that year's sites plus these towns, so the
 * reader still sees where the fighting was relative to places named in the text.
 */
const FOCUS_CONTEXT = ['batken', 'isfara', 'khujand', 'isfana'];

/**
 * Country names come after the main places (priority 1) and before the rest: the fills and the
 * legend already tell the countries apart, the exclaves' and towns' names nothing else gives.
 */
const COUNTRY_LABEL_PRIORITY = 1.5;

/** Country names are placed at the spot of a country farthest from its borders (grid step, units). */
const COUNTRY_LABEL_GRID = 16;

export interface PlaceSymbol {
  place: PositionedPlace;
  x: number;
  y: number;
  /** What is drawn: a town dot, a capital's square, water, a hatched exclave point with no polygon. */
  symbol: 'town' | 'capital' | 'water' | 'exclave-point' | 'none';
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

/** One of the LAYOUTS, worked out: symbol sizes, markers moved apart where they would touch, labels. */
export interface LayoutModel {
  fontSize: number;
  symbolScale: number;
  /** Radius of a clash marker in this layout. */
  markerRadius: number;
  markerGroups: MarkerGroup[];
  labels: PlacedLabel[];
}

export interface MapWords {
  /** Country names as printed across the map. */
  countries: Record<CountryCode, string>;
  /** The lines of a place's label (a place may need two lines or a qualifier; shorter when narrow). */
  placeLabel: (place: PositionedPlace, layout: LayoutName) => string[];
  /** The scale bar's text for a distance. */
  kilometres: (km: number) => string;
}

export interface LocatorModel {
  frame: Frame;
  boundaries: BoundaryPaths;
  /** The outline of the main map's frame, to show where it lies. */
  regionOutline: string;
  symbols: PlaceSymbol[];
  labels: PlacedLabel[];
  fontSize: number;
}

export interface BorderMapModel {
  frame: Frame;
  year: ClashYear | undefined;
  boundaries: BoundaryPaths;
  symbols: PlaceSymbol[];
  layouts: Record<LayoutName, LayoutModel>;
  scaleBar: ScaleBar & { x: number; y: number; text: string };
  /** Places drawn on the main map (clash sites included), for the table. */
  drawn: PositionedPlace[];
  /** Clash sites of the year(s) shown that have no published position: listed, not drawn. */
  unplaced: MapPlace[];
  locator: LocatorModel;
}

export interface BorderMapInput {
  /** Natural Earth 1:10m countries (world-atlas countries-10m.json). */
  topology: CountriesTopology;
  /** A smaller-scale topology for the locator (world-atlas countries-110m.json). */
  locatorTopology: CountriesTopology;
  places: readonly MapPlace[];
  /** Show only this year's clash sites and fit the map to them; both years when absent. */
  year?: ClashYear | undefined;
  words: MapWords;
}

const round = (n: number) => Math.round(n * 10) / 10;

function projectPlace(projection: GeoProjection, place: PositionedPlace): [number, number] {
  const xy = projection(lonLat(place));
  if (!xy) throw new Error(`border map: "${place.id}" cannot be projected`);
  return [round(xy[0]), round(xy[1])];
}

function symbolFor(place: PositionedPlace, topology: CountriesTopology): PlaceSymbol['symbol'] {
  switch (place.kind) {
    case 'capital':
      return 'capital';
    case 'city':
    case 'town':
    case 'village':
      return 'town';
    case 'reservoir':
      return 'water';
    case 'exclave':
      // An exclave drawn as a polygon needs no symbol; one too small for the data gets a point.
      return exclaveAt(topology, place.country, lonLat(place)) ? 'none' : 'exclave-point';
    default:
      return 'none';
  }
}

function symbolRadius(symbol: PlaceSymbol['symbol']): number {
  if (symbol === 'capital') return SYMBOL_RADIUS.capital;
  if (symbol === 'none') return 0;
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
    const step = markerRadius * 2 + 1.5;
    group.markers.forEach((marker, i) => (marker.dx = round((i - (group.markers.length - 1) / 2) * step)));
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
  return moved.map((g) => ({ ...g, x: round(g.x), y: round(g.y) }));
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
  const spots: Array<{ xy: [number, number]; clearance: number }> = [];
  for (let x = COUNTRY_LABEL_GRID; x < frame.width; x += COUNTRY_LABEL_GRID) {
    for (let y = COUNTRY_LABEL_GRID; y < frame.height; y += COUNTRY_LABEL_GRID) {
      if (!insideRings([x, y], rings)) continue;
      let clearance = Infinity;
      for (const [bx, by] of vertices) clearance = Math.min(clearance, Math.hypot(bx - x, by - y));
      spots.push({ xy: [x, y], clearance });
    }
  }
  return spots.sort((a, b) => b.clearance - a.clearance).map((s) => s.xy);
}

function labelRequests(
  symbols: readonly PlaceSymbol[],
  groups: readonly MarkerGroup[],
  markerRadius: number,
  countrySpots: Record<CountryCode, Array<[number, number]>>,
  words: MapWords,
  layout: LayoutName,
): LabelRequest[] {
  const { symbolScale } = LAYOUTS[layout];
  const requests: LabelRequest[] = [];
  for (const code of Object.keys(countrySpots) as CountryCode[]) {
    const [anchor, ...alternatives] = countrySpots[code].slice(0, 40);
    if (!anchor) continue;
    requests.push({ id: `country-${code}`, lines: [words.countries[code]], anchor, alternatives, positions: ['C'], priority: COUNTRY_LABEL_PRIORITY, gap: 0, fontScale: 1.1, letterSpacing: 0.18, margin: 0.8 });
  }
  for (const { place, x, y, symbol } of symbols) {
    const positions = symbol === 'none' && place.kind === 'exclave' ? ['C' as const, ...POINT_POSITIONS] : POINT_POSITIONS;
    const lines = words.placeLabel(place, layout);
    const ownGap = (symbolRadius(symbol) + (place.approximate ? 4 : 2)) * symbolScale + 3;
    // A place with clash markers is labelled beside its markers, wherever they were moved to.
    const markers = groups.find((g) => Math.hypot(g.x0 - x, g.y0 - y) < 1);
    if (markers) {
      const gap = groupReach(markers, markerRadius) + 3;
      requests.push({ id: place.id, lines, anchor: [markers.x, markers.y], alternatives: [[x, y]], priority: place.labelPriority, gap, positions: POINT_POSITIONS });
    } else {
      requests.push({ id: place.id, lines, anchor: [x, y], priority: place.labelPriority, gap: ownGap, positions });
    }
  }
  return requests;
}

function obstacles(symbols: readonly PlaceSymbol[], groups: readonly MarkerGroup[], markerRadius: number, symbolScale: number, scaleBarBox: Rect): Rect[] {
  return [
    scaleBarBox,
    ...symbols.filter((s) => s.symbol !== 'none').map((s) => squareAround([s.x, s.y], (symbolRadius(s.symbol) + (s.place.approximate ? 4 : 1)) * symbolScale)),
    ...groups.flatMap((g) => g.markers.map((m) => squareAround([g.x + m.dx, g.y], markerRadius * (m.site.approximate ? APPROX_RING : 1) + 2))),
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
  const free = corners.find((box) => !occupied.some(([x, y]) => x > box.x - 8 && x < box.x + box.width + 8 && y > box.y - 8 && y < box.y + box.height + 8));
  return free ?? corners[0]!;
}

/** The rectangle of the main map's frame, drawn on the locator. */
function regionOutline(region: GeoProjection, locator: GeoProjection, frame: Frame): string {
  const corners: Array<[number, number]> = [
    [0, 0],
    [frame.width, 0],
    [frame.width, frame.height],
    [0, frame.height],
  ];
  const points = corners.map((corner) => {
    const lonLatCorner = region.invert?.(corner);
    const xy = lonLatCorner ? locator(lonLatCorner) : null;
    if (!xy) throw new Error('border map: the frame cannot be drawn on the locator');
    return `${round(xy[0])} ${round(xy[1])}`;
  });
  return `M${points.join('L')}Z`;
}

function buildLocator(input: BorderMapInput, region: GeoProjection): LocatorModel {
  const frame = LOCATOR_FRAME;
  const places = input.places.filter(hasPosition).filter((p) => p.map === 'locator');
  const regionCorners = [
    [0, 0],
    [REGION_FRAME.width, REGION_FRAME.height],
  ].flatMap((corner) => {
    const point = region.invert?.(corner as [number, number]);
    return point ? [point] : [];
  });
  const projection = fitProjection([...places.map(lonLat), ...regionCorners], frame);
  const symbols: PlaceSymbol[] = places.map((place) => {
    const [x, y] = projectPlace(projection, place);
    return { place, x, y, symbol: place.kind === 'capital' ? 'capital' : 'town' };
  });
  const fontSize = 12;
  const labels = placeLabels(
    symbols.map(({ place, x, y, symbol }) => ({ id: place.id, lines: [place.name], anchor: [x, y], priority: place.labelPriority, gap: symbolRadius(symbol) + 2 })),
    {
      fontSize,
      frame: { x: 2, y: 2, width: frame.width - 4, height: frame.height - 4 },
      obstacles: symbols.map((s) => squareAround([s.x, s.y], symbolRadius(s.symbol) + 1)),
    },
  );
  return { frame, boundaries: boundaryPaths(input.locatorTopology, projection), regionOutline: regionOutline(region, projection, REGION_FRAME), symbols, labels, fontSize };
}

/** Everything the border map draws, for one year's clash sites or for both. */
export function buildBorderMap(input: BorderMapInput): BorderMapModel {
  const { places, year, words } = input;
  const topology = selectCountries(input.topology, CENTRAL_ASIA_IDS);
  const frame = REGION_FRAME;
  const regionPlaces = places.filter(hasPosition).filter((p) => p.map === 'region');
  const sites = clashSites(places, year);
  const positionedSites = sites.filter(hasPosition);
  const fitted = year === undefined ? regionPlaces : [...positionedSites, ...regionPlaces.filter((p) => FOCUS_CONTEXT.includes(p.id))];
  const projection = fitProjection(fitted.map(lonLat), frame);

  const inFrame = (p: PositionedPlace) => isInsideFrame(projection, lonLat(p), frame, 4);
  const symbols: PlaceSymbol[] = regionPlaces
    .filter((p) => p.kind !== 'clash-site' && inFrame(p))
    .map((place) => {
      const [x, y] = projectPlace(projection, place);
      return { place, x, y, symbol: symbolFor(place, topology) };
    });
  const mapped = positionedSites.filter(inFrame);

  const bar = scaleBar(kilometresPerUnit(projection, frame), 120);
  const largest = Math.max(...Object.values(LAYOUTS).map((l) => l.fontSize));
  const occupied = [...symbols.map((s) => [s.x, s.y] as [number, number]), ...mapped.map((p) => projectPlace(projection, p))];
  const corner = scaleBarCorner(occupied, frame, { width: Math.max(bar.length, 60) + 28, height: largest * 1.6 + 20 });
  const scaleBarPlaced = { ...bar, length: round(bar.length), x: corner.x + 14, y: corner.y + corner.height - 16, text: words.kilometres(bar.km) };

  const vertices = borderVertices(topology, projection, frame);
  const countrySpots = Object.fromEntries((Object.keys(COUNTRY_IDS) as CountryCode[]).map((code) => [code, countryLabelSpots(topology, code, projection, frame, vertices)])) as Record<CountryCode, Array<[number, number]>>;
  const layouts = Object.fromEntries(
    (Object.keys(LAYOUTS) as LayoutName[]).map((name) => {
      const { fontSize, symbolScale, maxPriority } = LAYOUTS[name];
      const markerRadius = SYMBOL_RADIUS.marker * symbolScale;
      const fixed = symbols.filter((s) => s.symbol !== 'none').map((s) => ({ x: s.x, y: s.y, radius: (symbolRadius(s.symbol) + 1) * symbolScale }));
      const markerGroups = separateGroups(groupMarkers(mapped, projection, markerRadius), markerRadius, frame, fixed);
      const scaleBarBox = { x: scaleBarPlaced.x - 14, y: scaleBarPlaced.y - fontSize * 1.6, width: Math.max(bar.length, 60) + 28, height: fontSize * 1.6 + 16 };
      const requests = labelRequests(symbols, markerGroups, markerRadius, countrySpots, words, name).filter((r) => r.priority <= maxPriority);
      const labels = placeLabels(requests, {
        fontSize,
        frame: { x: 3, y: 3, width: frame.width - 6, height: frame.height - 6 },
        obstacles: obstacles(symbols, markerGroups, markerRadius, symbolScale, scaleBarBox),
      });
      return [name, { fontSize, symbolScale, markerRadius, markerGroups, labels }];
    }),
  ) as Record<LayoutName, LayoutModel>;

  const drawnSites = layouts.wide.markerGroups.flatMap((g) => g.markers.map((m) => m.site));
  return {
    frame,
    year,
    boundaries: boundaryPaths(topology, projection),
    symbols,
    layouts,
    scaleBar: scaleBarPlaced,
    drawn: [...symbols.map((s) => s.place), ...drawnSites],
    unplaced: sites.filter((s) => !hasPosition(s)),
    locator: buildLocator({ ...input, locatorTopology: selectCountries(input.locatorTopology, CENTRAL_ASIA_IDS) }, projection),
  };
}
