import type { GeoContext } from 'd3-geo';

/**
 * SVG path data as short as a browser reads it, for the map's boundaries: the map's inline SVG
 * is most of a chapter's weight. A d3-geo path context: each point is rounded to `digits`
 * decimals, then written as a step from the last one (`m` once, then implicit relative line-tos),
 * with leading zeros and separators left out where the grammar allows and points that round onto
 * the last one dropped. Positions are rounded before the steps are taken, so steps never add up
 * to a drift.
 */
export class CompactPath implements GeoContext {
  readonly #scale: number;
  #out = '';
  #last = ''; // the previous number written, to know whether a separator is needed
  #x = 0;
  #y = 0;
  #startX = 0;
  #startY = 0;
  #open = false;

  constructor(digits = 1) {
    this.#scale = 10 ** digits;
  }

  /** Part of d3-geo's context type; a path's data starts empty, so there is nothing to reset. */
  beginPath(): void {}

  moveTo(x: number, y: number): void {
    const [sx, sy] = [Math.round(x * this.#scale), Math.round(y * this.#scale)];
    this.#out += 'm';
    this.#last = '';
    this.#step(sx - this.#x, sy - this.#y);
    this.#x = this.#startX = sx;
    this.#y = this.#startY = sy;
    this.#open = true;
  }

  lineTo(x: number, y: number): void {
    const [sx, sy] = [Math.round(x * this.#scale), Math.round(y * this.#scale)];
    if (!this.#open) return this.moveTo(x, y);
    if (sx === this.#x && sy === this.#y) return;
    this.#step(sx - this.#x, sy - this.#y);
    this.#x = sx;
    this.#y = sy;
  }

  closePath(): void {
    this.#out += 'z';
    this.#last = '';
    this.#x = this.#startX;
    this.#y = this.#startY;
  }

  arc(): void {
    throw new Error('CompactPath draws lines and areas only: points (arcs) are drawn as symbols.');
  }

  toString(): string {
    return this.#out;
  }

  #step(dx: number, dy: number): void {
    this.#number(dx);
    this.#number(dy);
  }

  #number(units: number): void {
    const text = compactNumber(units / this.#scale);
    const needsSeparator = this.#last !== '' && !text.startsWith('-') && !(text.startsWith('.') && this.#last.includes('.'));
    this.#out += (needsSeparator ? ' ' : '') + text;
    this.#last = text;
  }
}

/** A number as SVG reads it, shortest: `0.5` as `.5`, `-0.5` as `-.5`, no trailing zeros. */
function compactNumber(value: number): string {
  const text = String(Math.round(value * 1e6) / 1e6);
  if (text === '-0') return '0';
  return text.replace(/^(-?)0\./, '$1.');
}

/**
 * The absolute points of path data written by CompactPath, one list per subpath: for tests,
 * and for anyone who wants to check a boundary's coordinates.
 */
export function absolutePoints(d: string): Array<Array<[number, number]>> {
  const rings: Array<Array<[number, number]>> = [];
  let [x, y, startX, startY] = [0, 0, 0, 0];
  for (const [, command, args] of d.matchAll(/([mz])([^mz]*)/g)) {
    if (command === 'z') {
      [x, y] = [startX, startY];
      continue;
    }
    const numbers = args!.match(/-?(?:\d+\.?\d*|\.\d+)/g)!.map(Number);
    const ring: Array<[number, number]> = [];
    for (let i = 0; i < numbers.length; i += 2) {
      x += numbers[i]!;
      y += numbers[i + 1]!;
      if (i === 0) [startX, startY] = [x, y];
      ring.push([x, y]);
    }
    rings.push(ring);
  }
  return rings;
}
