/**
 * The locator: Central Asia at a small scale (Natural Earth 1:110m), its capitals, and the
 * outline of the detail map's frame, so a reader sees where the detail lies.
 */
import type { GeoProjection } from 'd3-geo';
import { boundaryPaths, type BoundaryPaths, type CountriesTopology } from './boundaries';
import { placeLabels, squareAround, type PlacedLabel } from '../chart/labels';
import { projectPlace, symbolRadius, type PlaceSymbol } from './markers';
import { hasPosition, lonLat, type MapPlace } from './places';
import { fitProjection, type Frame } from './projection';
import { roundToTenth } from '../chart/round';

/** The locator, drawn at its own size beside the legend. */
export const LOCATOR_FRAME: Frame = { width: 200, height: 150, padding: 12 };

export interface LocatorModel {
  frame: Frame;
  boundaries: BoundaryPaths;
  /** The outline of the main map's frame, to show where it lies. */
  regionOutline: string;
  symbols: PlaceSymbol[];
  labels: PlacedLabel[];
  fontSize: number;
}

/**
 * The outline of one map's frame as drawn on another, smaller-scale map: `from` projects the
 * framed map, `to` the map the outline is drawn on.
 */
export function frameOutline(from: GeoProjection, to: GeoProjection, frame: Frame): string {
  const corners: Array<[number, number]> = [
    [0, 0],
    [frame.width, 0],
    [frame.width, frame.height],
    [0, frame.height],
  ];
  const points = corners.map((corner) => {
    const lonLatCorner = from.invert?.(corner);
    const xy = lonLatCorner ? to(lonLatCorner) : null;
    if (!xy) throw new Error('border map: a frame cannot be drawn on the smaller map');
    return `${roundToTenth(xy[0])} ${roundToTenth(xy[1])}`;
  });
  return `M${points.join('L')}Z`;
}

/** The locator for a main map projected by `region` in `regionFrame`. */
export function buildLocator(
  topology: CountriesTopology,
  allPlaces: readonly MapPlace[],
  region: GeoProjection,
  regionFrame: Frame,
): LocatorModel {
  const frame = LOCATOR_FRAME;
  const places = allPlaces.filter(hasPosition).filter((p) => p.map === 'locator');
  const regionCorners = [
    [0, 0],
    [regionFrame.width, regionFrame.height],
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
    symbols.map(({ place, x, y, symbol }) => ({
      id: place.id,
      lines: [place.name],
      anchor: [x, y],
      priority: place.labelPriority,
      gap: symbolRadius(symbol) + 2,
      weight: 'semibold',
    })),
    {
      fontSize,
      frame: { x: 2, y: 2, width: frame.width - 4, height: frame.height - 4 },
      obstacles: symbols.map((s) => squareAround([s.x, s.y], symbolRadius(s.symbol) + 1)),
    },
  );
  const roundedLabels = labels.map((label) => ({ ...label, x: roundToTenth(label.x), y: roundToTenth(label.y) }));
  return {
    frame,
    boundaries: boundaryPaths(topology, projection),
    regionOutline: frameOutline(region, projection, regionFrame),
    symbols,
    labels: roundedLabels,
    fontSize,
  };
}
