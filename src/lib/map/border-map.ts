/**
 * The border map as data: everything the BorderMap figure draws, computed in Node from the
 * boundary topologies and the place rows. No DOM and no markup here, so each decision can be
 * tested. A map is one or two panels (the main map and the detail inset), each with its labels
 * worked out for one or two layouts, and a locator.
 */
import { ascending } from 'd3-array';
import { geoBounds, geoPath, type GeoProjection } from 'd3-geo';
import {
  boundaryPaths,
  COUNTRY_IDS,
  exclaveAt,
  selectCountries,
  CENTRAL_ASIA_IDS,
  thinnedFor,
  type BoundaryPaths,
  type CountriesTopology,
} from './boundaries';
import { fitProjection, isInsideFrame, kilometresPerUnit, scaleBar, type Frame, type ScaleBar } from './projection';
import { placeLabels, type PlacedLabel } from '../chart/labels';
import {
  borderVertices,
  COUNTRY_LABEL_PRIORITY,
  insideRings,
  countryLabelSpots,
  labelRequests,
  numberLabelId,
  obstacles,
  scaleBarCorner,
  type LabelWords,
} from './map-labels';
import {
  fitGroupInside,
  groupMarkers,
  numberFitsInside,
  projectPlace,
  separateGroups,
  SYMBOL_RADIUS,
  symbolFor,
  symbolRadius,
  type MarkerGroup,
  type PlaceSymbol,
} from './markers';
import type { Polygon } from 'geojson';
import { buildLocator, frameOutline, type LocatorModel } from './locator';
import { clashSites, hasPosition, lonLat, type ClashYear, type CountryCode, type MapPlace, type PositionedPlace } from './places';
import { roundToTenth } from '../chart/round';

/**
 * The main map's drawing area, in SVG user units; the page scales it to the column. Its shape is
 * chosen for phones: at 390 px wide (a 358 px column) it is 268 px tall.
 */
export const REGION_FRAME: Frame = { width: 560, height: 420, padding: 28 };
/** The detail inset: square, so that a phone shows it almost at its own size. */
export const INSET_FRAME: Frame = { width: 400, height: 400, padding: 34 };

/**
 * Two label layouts of the main map: `wide` for a column of about 480 px and more (and print),
 * `narrow` for phones, where text and symbols are drawn larger in map units so they stay
 * legible when the whole map shrinks, and fewer labels fit. CSS shows one of them.
 */
export const LAYOUTS = {
  wide: { fontSize: 13, symbolScale: 1, maxPriority: 3, countryPriority: COUNTRY_LABEL_PRIORITY.wide, numbersInside: false },
  narrow: { fontSize: 22, symbolScale: 1.8, maxPriority: 2, countryPriority: COUNTRY_LABEL_PRIORITY.first, numbersInside: true },
} as const;
export type LayoutName = keyof typeof LAYOUTS;

/** The inset's one layout: a phone shows it at about 0.9 of its size, a laptop at about 1. */
const INSET_LAYOUT = {
  fontSize: 14,
  symbolScale: 1.25,
  maxPriority: 3,
  countryPriority: COUNTRY_LABEL_PRIORITY.first,
  numbersInside: false,
} as const;

/** The places the detail inset is fitted to: the exclave and the villages where the fighting was. */
export const INSET_PLACES = ['isfara', 'vorukh', 'kok-tash', 'ak-sai'];

/**
 * Clear space (map units, at symbol scale 1) kept between the markers inside a place's area and
 * its outline, so the outline shows all round them.
 */
const AREA_MARGIN = 1.5;

/** Candidate spots for markers inside an area: its grid points, nearest the place's position first. */
const AREA_GRID = 1;

/** The compact map (home page) names only the main places and the countries. */
const COMPACT_MAX_PRIORITY = 1.5;

/**
 * When a map focuses on one year, it is fitted to that year's sites plus these towns, so the
 * reader still sees where the fighting was relative to places named in the text.
 */
const FOCUS_CONTEXT = ['batken', 'isfara', 'khujand', 'isfana'];

/**
 * `numbersInside`: whether a clash-site group's number is written inside its markers (on a phone,
 * where the markers are drawn large and labels have little room) or beside them at the labels'
 * size (wide screens and paper, where a number inside a marker would print under 8 pt).
 */
type LayoutParameters = { fontSize: number; symbolScale: number; maxPriority: number; countryPriority: number; numbersInside: boolean };

/** One layout of a panel, worked out: symbol sizes, markers moved apart where they would touch, labels. */
export interface LayoutModel {
  name: LayoutName;
  fontSize: number;
  symbolScale: number;
  /** Radius of a clash marker in this layout. */
  markerRadius: number;
  /** Numbers are written inside markers large enough for them (see LayoutParameters). */
  numbersInside: boolean;
  markerGroups: MarkerGroup[];
  labels: PlacedLabel[];
}

/** One map drawn in one frame: the main map or the inset. */
export interface PanelModel {
  frame: Frame;
  boundaries: BoundaryPaths;
  symbols: PlaceSymbol[];
  /** One layout (the inset, print) or two of which CSS shows one (the main map on screen). */
  layouts: LayoutModel[];
  scaleBar: ScaleBar & { x: number; y: number; text: string };
  /** Places drawn in this panel (clash sites included). */
  drawn: PositionedPlace[];
  /** The outline of the detail inset's frame, drawn on the main map. */
  insetOutline?: string | undefined;
  /** The places drawn as areas that hold clash sites (Vorukh), projected: their markers are drawn inside. */
  areas: ReadonlyArray<{ id: string; rings: Array<Array<[number, number]>> }>;
}

export interface MapWords extends LabelWords {
  /** The scale bar's text for a distance. */
  kilometres: (km: number) => string;
}

export interface BorderMapModel {
  year: ClashYear | undefined;
  main: PanelModel;
  /** The detail inset (not on the compact map). */
  inset: PanelModel | undefined;
  /** The locator (not on the compact map). */
  locator: LocatorModel | undefined;
  /** Places drawn on either panel, each once, for the table. */
  drawn: PositionedPlace[];
  /** Clash sites of the year(s) shown that have no published position: listed, not drawn. */
  unplaced: MapPlace[];
}

export interface BorderMapInput {
  /** The detail maps' boundaries (the OpenStreetMap extract, content/data/boundaries-osm.json). */
  topology: CountriesTopology;
  /** A small-scale topology for the locator (world-atlas countries-110m.json). */
  locatorTopology: CountriesTopology;
  places: readonly MapPlace[];
  /** Show only this year's clash sites and fit the map to them; both years when absent. */
  year?: ClashYear | undefined;
  /** The home page's map: the region and both years' sites, main places named, no inset or locator. */
  compact?: boolean | undefined;
  words: MapWords;
}

interface PanelInput {
  topology: CountriesTopology;
  frame: Frame;
  /** The points the panel is fitted to. */
  fit: ReadonlyArray<[number, number]>;
  places: readonly PositionedPlace[];
  sites: readonly PositionedPlace[];
  layouts: ReadonlyArray<[LayoutName, LayoutParameters]>;
  words: MapWords;
  numbers: ReadonlyMap<string, number>;
}

/**
 * Numbers for the clash sites, one per spot (two years at one place share it), west to east: the
 * same on every panel and layout of a map, and in the key below it.
 */
export function siteNumbers(sites: readonly PositionedPlace[]): Map<string, number> {
  const spots = [...new Set(sites.map((s) => `${s.longitude},${s.latitude}`))]
    .map((key) => key.split(',').map(Number) as [number, number])
    .sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const numberOf = new Map(spots.map(([lon, lat], i) => [`${lon},${lat}`, i + 1]));
  return new Map(sites.map((s) => [s.id, numberOf.get(`${s.longitude},${s.latitude}`)!]));
}

/** The projected areas of the exclaves drawn as areas that hold a clash site, with spots to try inside each. */
function siteAreas(
  symbols: readonly PlaceSymbol[],
  sites: readonly PositionedPlace[],
  topology: CountriesTopology,
  projection: GeoProjection,
): Array<{ id: string; rings: Array<Array<[number, number]>>; spots: Array<[number, number]> }> {
  return symbols
    .filter((s) => s.symbol === 'none' && s.place.kind === 'exclave' && s.place.country)
    .flatMap((s) => {
      const polygon: Polygon | undefined = exclaveAt(topology, s.place.country!, lonLat(s.place));
      if (!polygon || !sites.some((site) => geoContainsPlanar(polygon, site, projection))) return [];
      const rings = polygon.coordinates.map((ring) => ring.map((position) => projection([position[0]!, position[1]!])!));
      const [[x0, y0], [x1, y1]] = geoPath(projection).bounds(polygon);
      const spots: Array<[number, number]> = [];
      for (let x = x0; x <= x1; x += AREA_GRID)
        for (let y = y0; y <= y1; y += AREA_GRID) if (insideRings([x, y], rings)) spots.push([x, y]);
      spots.sort((a, b) => Math.hypot(a[0] - s.x, a[1] - s.y) - Math.hypot(b[0] - s.x, b[1] - s.y));
      return [{ id: s.place.id, rings, spots: [[s.x, s.y] as [number, number], ...spots] }];
    });
}

/** True when a group's number is among the labels, alone or before its place's name. */
export function numberPlaced(group: MarkerGroup, labels: readonly PlacedLabel[], symbols: readonly PlaceSymbol[]): boolean {
  const placeIds = symbols.filter((s) => Math.hypot(group.x0 - s.x, group.y0 - s.y) < 1).map((s) => s.place.id);
  return labels.some(
    (label) => label.id === numberLabelId(group.number!) || (placeIds.includes(label.id) && label.lines[0]!.startsWith(`${group.number} `)),
  );
}

/** A circle round every point, centred on their bounding box: what other markers keep clear of. */
function enclosingCircle(points: ReadonlyArray<[number, number]>): { x: number; y: number; radius: number } {
  const xs = points.map((p) => p[0]);
  const ys = points.map((p) => p[1]);
  const x = (Math.min(...xs) + Math.max(...xs)) / 2;
  const y = (Math.min(...ys) + Math.max(...ys)) / 2;
  return { x, y, radius: Math.max(...points.map(([px, py]) => Math.hypot(px - x, py - y))) };
}

/** True when the site's projected position lies inside the projected polygon. */
function geoContainsPlanar(polygon: Polygon, site: PositionedPlace, projection: GeoProjection): boolean {
  const rings = polygon.coordinates.map((ring) => ring.map((position) => projection([position[0]!, position[1]!])!));
  return insideRings(projectPlace(projection, site), rings);
}

function buildLayout(
  name: LayoutName,
  parameters: LayoutParameters,
  panel: {
    frame: Frame;
    symbols: PlaceSymbol[];
    sites: readonly PositionedPlace[];
    projection: GeoProjection;
    scaleBar: PanelModel['scaleBar'] & { width: number };
    countrySpots: Partial<Record<CountryCode, Array<[number, number]>>>;
    words: MapWords;
    /** The areas of the places drawn as areas (exclaves) that hold clash sites, projected. */
    areas: ReadonlyArray<{ rings: Array<Array<[number, number]>>; spots: Array<[number, number]> }>;
    numbers: ReadonlyMap<string, number>;
  },
): LayoutModel {
  const { fontSize, symbolScale, maxPriority, countryPriority, numbersInside } = parameters;
  const { frame, symbols, scaleBar: bar } = panel;
  const markerRadius = SYMBOL_RADIUS.marker * symbolScale;
  const fixed = symbols
    .filter((s) => s.symbol !== 'none')
    .map((s) => ({ x: s.x, y: s.y, radius: (symbolRadius(s.symbol) + 1) * symbolScale }));
  // Markers of a place drawn as an area go inside it, never beside it on the neighbour's land.
  const grouped = groupMarkers(panel.sites, panel.projection, markerRadius).map((group) => {
    const area = panel.areas.find((a) => insideRings([group.x0, group.y0], a.rings));
    const fitted = area ? fitGroupInside(group, markerRadius, (point) => insideRings(point, area.rings), area.spots, AREA_MARGIN) : group;
    const numbered = { ...fitted, number: panel.numbers.get(group.markers[0]!.site.id) };
    return { ...numbered, numberInside: numbersInside && numberFitsInside(numbered, markerRadius) };
  });
  // No other marker may cover a place whose area holds markers: it steps off the whole area.
  const areaObstacles = panel.areas
    .filter((area) => grouped.some((g) => g.pinned && insideRings([g.x, g.y], area.rings)))
    .map((area) => enclosingCircle(area.rings.flat()));
  const markerGroups = separateGroups(grouped, markerRadius, frame, [...fixed, ...areaObstacles]);
  const scaleBarBox = { x: bar.x - 14, y: bar.y - fontSize * 1.6, width: bar.width, height: fontSize * 1.6 + 16 };
  const place = (alone: ReadonlySet<number>) =>
    placeLabels(
      labelRequests(
        symbols,
        markerGroups,
        markerRadius,
        panel.countrySpots,
        panel.words,
        name,
        symbolScale,
        countryPriority,
        maxPriority,
        alone,
      ),
      {
        fontSize,
        frame: { x: 3, y: 3, width: frame.width - 6, height: frame.height - 6 },
        obstacles: obstacles(symbols, markerGroups, markerRadius, symbolScale, scaleBarBox),
      },
    );
  // Every group's number must be on the map: a number whose place's name found no room is placed again, alone and first.
  let labels = place(new Set());
  const unnumbered = new Set(
    markerGroups.flatMap((g) => (g.number !== undefined && !g.numberInside && !numberPlaced(g, labels, symbols) ? [g.number] : [])),
  );
  if (unnumbered.size > 0) labels = place(unnumbered);
  return { name, fontSize, symbolScale, markerRadius, numbersInside, markerGroups, labels };
}

function buildPanel(input: PanelInput): { panel: PanelModel; projection: GeoProjection } {
  const { frame, words } = input;
  const projection = fitProjection(input.fit, frame);
  const kmPerUnit = kilometresPerUnit(projection, frame);
  const thinned = thinnedFor(input.topology, kmPerUnit);
  const inFrame = (p: PositionedPlace) => isInsideFrame(projection, lonLat(p), frame, 4);
  const symbols: PlaceSymbol[] = input.places
    .filter((p) => p.kind !== 'clash-site' && inFrame(p))
    .map((place) => {
      const [x, y] = projectPlace(projection, place);
      return { place, x, y, symbol: symbolFor(place, input.topology, projection) };
    });
  const sites = input.sites.filter(inFrame);

  const bar = scaleBar(kmPerUnit, Math.min(120, frame.width / 4));
  const largest = Math.max(...input.layouts.map(([, l]) => l.fontSize));
  const occupied = [...symbols.map((s) => [s.x, s.y] as [number, number]), ...sites.map((p) => projectPlace(projection, p))];
  const barWidth = Math.max(bar.length, 60) + 28;
  const corner = scaleBarCorner(occupied, frame, { width: barWidth, height: largest * 1.6 + 20 });
  const placedBar = {
    ...bar,
    length: roundToTenth(bar.length),
    x: corner.x + 14,
    y: corner.y + corner.height - 16,
    text: words.kilometres(bar.km),
  };

  const vertices = borderVertices(thinned, projection, frame);
  const countrySpots = Object.fromEntries(
    (Object.keys(COUNTRY_IDS) as CountryCode[]).map((code) => [code, countryLabelSpots(thinned, code, projection, frame, vertices)]),
  );
  const areas = siteAreas(symbols, sites, input.topology, projection);
  const layouts = input.layouts.map(([name, parameters]) =>
    buildLayout(name, parameters, {
      frame,
      symbols,
      sites,
      projection,
      scaleBar: { ...placedBar, width: barWidth },
      countrySpots,
      words,
      areas,
      numbers: input.numbers,
    }),
  );
  const drawnSites = layouts[0]!.markerGroups.flatMap((g) => g.markers.map((m) => m.site));
  const panel: PanelModel = {
    frame,
    boundaries: boundaryPaths(thinned, projection),
    symbols,
    layouts,
    scaleBar: placedBar,
    drawn: [...symbols.map((s) => s.place), ...drawnSites],
    areas: areas.map(({ id, rings }) => ({ id, rings })),
  };
  return { panel, projection };
}

// A map that names only its main places (the compact one) still names the countries, among the last.
const layoutsFor = (maxPriority?: number): Array<[LayoutName, LayoutParameters]> =>
  (Object.keys(LAYOUTS) as LayoutName[]).map((name) => {
    const max = maxPriority ?? LAYOUTS[name].maxPriority;
    return [name, { ...LAYOUTS[name], maxPriority: max, countryPriority: Math.min(LAYOUTS[name].countryPriority, max) }];
  });

/** Everything the border map draws, for one year's clash sites or for both. */
export function buildBorderMap(input: BorderMapInput): BorderMapModel {
  const { year, words, topology } = input;
  // In id order: labels of equal priority are placed first come, first served, and the order a
  // content collection lists its entries in is not the file's. So the map the tests build from the
  // file is the map the site builds, and which of two labels wins is labelPriority's to say.
  const places = [...input.places].sort((a, b) => ascending(a.id, b.id));
  const regionPlaces = places.filter(hasPosition).filter((p) => p.map === 'region');
  const sites = clashSites(places, year);
  const positionedSites = sites.filter(hasPosition);
  const fitted = year === undefined ? regionPlaces : [...positionedSites, ...regionPlaces.filter((p) => FOCUS_CONTEXT.includes(p.id))];
  const numbers = siteNumbers(positionedSites);
  const main = buildPanel({
    numbers,
    topology,
    frame: REGION_FRAME,
    fit: fitted.map(lonLat),
    places: regionPlaces,
    sites: positionedSites,
    layouts: layoutsFor(input.compact ? COMPACT_MAX_PRIORITY : undefined),
    words,
  });
  if (input.compact) {
    return { year, main: main.panel, inset: undefined, locator: undefined, drawn: main.panel.drawn, unplaced: [] };
  }
  const insetPlaces = regionPlaces.filter((p) => INSET_PLACES.includes(p.id));
  // An exclave is fitted whole, not just its point: the inset exists to show Vorukh's outline.
  const insetFit = insetPlaces.flatMap((place) => {
    const exclave = place.kind === 'exclave' && place.country ? exclaveAt(topology, place.country, lonLat(place)) : undefined;
    return exclave ? geoBounds(exclave) : [lonLat(place)];
  });
  const inset = buildPanel({
    numbers,
    topology,
    frame: INSET_FRAME,
    fit: insetFit,
    places: regionPlaces,
    sites: positionedSites,
    layouts: [['wide', INSET_LAYOUT]],
    words,
  });
  main.panel.insetOutline = frameOutline(inset.projection, main.projection, INSET_FRAME);
  const drawn = [...new Map([...main.panel.drawn, ...inset.panel.drawn].map((p) => [p.id, p])).values()];
  return {
    year,
    main: main.panel,
    inset: inset.panel,
    locator: buildLocator(selectCountries(input.locatorTopology, CENTRAL_ASIA_IDS), places, main.projection, REGION_FRAME),
    drawn,
    unplaced: sites.filter((s) => !hasPosition(s)),
  };
}
