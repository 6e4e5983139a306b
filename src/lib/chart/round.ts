/**
 * Coordinates are written to a tenth of an SVG unit: finer than a pixel at any size the charts
 * and the map are drawn, and short in the markup; the snapshot tests stay stable too.
 */
export function roundToTenth(value: number): number {
  return Math.round(value * 10) / 10;
}
