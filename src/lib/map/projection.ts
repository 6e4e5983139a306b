/**
 * Projections for the border map, fitted in Node so the map is drawn at build time. Pure
 * functions over d3-geo.
 */
import { geoConicConformal, geoDistance, type GeoConicProjection } from 'd3-geo';

/** The drawing area in SVG user units, and the margin kept clear round the fitted places. */
export interface Frame {
  width: number;
  height: number;
  padding: number;
}

const EARTH_RADIUS_KM = 6371;

/**
 * A Lambert conformal conic whose standard parallels bracket the places and whose central
 * meridian runs through them: shapes and angles stay true at these latitudes (about 40° N), where
 * a Mercator would stretch the region by a third. Fitted so every given place lies inside the
 * frame's padding; anything outside the frame is clipped away.
 */
export function fitProjection(points: ReadonlyArray<[number, number]>, frame: Frame): GeoConicProjection {
  if (points.length === 0) throw new Error('fitProjection: no places to fit the map to');
  const lons = points.map(([lon]) => lon);
  const lats = points.map(([, lat]) => lat);
  const south = Math.min(...lats);
  const north = Math.max(...lats);
  const span = Math.max(north - south, 0.5);
  const centreLon = (Math.min(...lons) + Math.max(...lons)) / 2;
  const centreLat = (south + north) / 2;
  return geoConicConformal()
    .parallels([centreLat - span / 3, centreLat + span / 3])
    .rotate([-centreLon, 0])
    .fitExtent(
      [
        [frame.padding, frame.padding],
        [frame.width - frame.padding, frame.height - frame.padding],
      ],
      { type: 'MultiPoint', coordinates: points.map(([lon, lat]) => [lon, lat]) },
    )
    .clipExtent([
      [0, 0],
      [frame.width, frame.height],
    ]);
}

/** The projected position of a place, or null when the projection cannot place it. */
export function project(projection: GeoConicProjection, point: [number, number]): [number, number] | null {
  return projection(point);
}

/** True when a point projects inside the frame (its padding excluded when `inset` is given). */
export function isInsideFrame(projection: GeoConicProjection, point: [number, number], frame: Frame, inset = 0): boolean {
  const xy = projection(point);
  if (!xy) return false;
  const [x, y] = xy;
  return x >= inset && x <= frame.width - inset && y >= inset && y <= frame.height - inset;
}

/** Kilometres on the ground per SVG unit, measured across the middle of the frame. */
export function kilometresPerUnit(projection: GeoConicProjection, frame: Frame): number {
  const y = frame.height / 2;
  const left = projection.invert?.([frame.width * 0.25, y]);
  const right = projection.invert?.([frame.width * 0.75, y]);
  if (!left || !right) throw new Error('kilometresPerUnit: projection cannot be inverted');
  return (geoDistance(left, right) * EARTH_RADIUS_KM) / (frame.width * 0.5);
}

export interface ScaleBar {
  /** The distance the bar stands for. */
  km: number;
  /** Its length in SVG units. */
  length: number;
}

/** Round distances a reader can take in at a glance. */
const NICE_KM = [1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000];

/** The longest round distance whose bar fits in `maxLength` units. */
export function scaleBar(kmPerUnit: number, maxLength: number): ScaleBar {
  const fitting = NICE_KM.filter((km) => km / kmPerUnit <= maxLength);
  const km = fitting.at(-1) ?? NICE_KM[0]!;
  return { km, length: km / kmPerUnit };
}
