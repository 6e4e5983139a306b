/**
 * Label placement without a browser, one dodge for the map and the charts: a label tries its
 * candidate places in order and takes the first that stays inside the frame and clear of what is
 * already there (symbols, marks, labels placed before it); a label that fits nowhere is left out.
 * Text widths are estimated (text-width.ts). On the map, labels try the positions round their
 * point in the cartographers' order of preference and are placed by priority, so on a small
 * screen the least important ones are the ones that go; a chart gives each label its own
 * candidate places (placeText).
 */
import { estimateTextWidth } from './text-width';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface LabelRequest {
  id: string;
  /** One entry per line. */
  lines: readonly string[];
  /** The point labelled, in SVG units. */
  anchor: [number, number];
  /** Lower is more important and placed first. */
  priority: number;
  /** Clear distance between the point and the text (the symbol's radius plus a gap). */
  gap: number;
  /** Positions to try, in order; point positions round the anchor when not given. */
  positions?: readonly Position[];
  /** Other points the label may be centred on when the anchor has no room (area labels). */
  alternatives?: ReadonlyArray<[number, number]>;
  /** Extra space between letters, in ems (spaced capitals for country names). */
  letterSpacing?: number;
  /** The label's font size relative to the layout's. */
  fontScale?: number;
  /** The label's weight: country names are semibold, which runs wider than regular. */
  weight?: 'regular' | 'semibold';
  /** Clear space kept round the label, in ems: two country names must not read as one line. */
  margin?: number;
}

export type Position = 'E' | 'W' | 'NE' | 'SE' | 'NW' | 'SW' | 'N' | 'S' | 'C';

export interface PlacedLabel {
  id: string;
  lines: readonly string[];
  /** Where the first line's baseline starts (or is centred, or ends; see textAnchor). */
  x: number;
  y: number;
  textAnchor: 'start' | 'middle' | 'end';
  position: Position;
  box: Rect;
}

export interface LabelOptions {
  fontSize: number;
  /** Line spacing as a multiple of the font size. */
  lineHeight?: number;
  /** The area labels must stay inside. */
  frame: Rect;
  /** Areas no label may cover: symbols, the legend, an inset. */
  obstacles: readonly Rect[];
}

/** Preferred positions round a point: right of it first, as cartographers place town names. */
export const POINT_POSITIONS: readonly Position[] = ['E', 'W', 'NE', 'SE', 'NW', 'SW', 'N', 'S'];

export function overlaps(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

export function contains(outer: Rect, inner: Rect): boolean {
  return (
    inner.x >= outer.x &&
    inner.y >= outer.y &&
    inner.x + inner.width <= outer.x + outer.width &&
    inner.y + inner.height <= outer.y + outer.height
  );
}

/** The text's box and baseline for a label put at `position` round its point. */
function labelAt(
  request: LabelRequest,
  position: Position,
  layoutFontSize: number,
  lineHeight: number,
  anchor = request.anchor,
): PlacedLabel {
  const fontSize = layoutFontSize * (request.fontScale ?? 1);
  const width = Math.max(...request.lines.map((line) => estimateTextWidth(line, fontSize, request.letterSpacing, request.weight)));
  const height = fontSize * (1 + lineHeight * (request.lines.length - 1)) + fontSize * 0.25;
  const [ax, ay] = anchor;
  const gap = request.gap;
  const diagonal = gap * 0.7;
  const horizontal: Record<Position, number> = {
    E: ax + gap,
    W: ax - gap - width,
    NE: ax + diagonal,
    SE: ax + diagonal,
    NW: ax - diagonal - width,
    SW: ax - diagonal - width,
    N: ax - width / 2,
    S: ax - width / 2,
    C: ax - width / 2,
  };
  const vertical: Record<Position, number> = {
    E: ay - height / 2,
    W: ay - height / 2,
    NE: ay - diagonal - height,
    NW: ay - diagonal - height,
    SE: ay + diagonal,
    SW: ay + diagonal,
    N: ay - gap - height,
    S: ay + gap,
    C: ay - height / 2,
  };
  const box = { x: horizontal[position], y: vertical[position], width, height };
  const textAnchor = position === 'N' || position === 'S' || position === 'C' ? 'middle' : position.includes('W') ? 'end' : 'start';
  const x = textAnchor === 'start' ? box.x : textAnchor === 'end' ? box.x + width : box.x + width / 2;
  // The first baseline sits one cap height below the top of the box.
  const y = box.y + fontSize * 0.95;
  return { id: request.id, lines: request.lines, x, y, textAnchor, position, box };
}

/**
 * Places labels greedily by priority (then in the order given). Each takes the first position
 * that stays inside the frame and clear of obstacles and of labels already placed; a label with
 * no such position is left out of the result.
 */
export function placeLabels(requests: readonly LabelRequest[], options: LabelOptions): PlacedLabel[] {
  const lineHeight = options.lineHeight ?? 1.15;
  const ordered = requests
    .map((request, order) => ({ request, order }))
    .sort((a, b) => a.request.priority - b.request.priority || a.order - b.order);
  const taken: Rect[] = [...options.obstacles];
  const placed: PlacedLabel[] = [];
  for (const { request } of ordered) {
    const label = firstFitting(request, options.fontSize, lineHeight, options.frame, taken);
    if (!label) continue;
    placed.push(label);
    taken.push(label.box);
  }
  return placed;
}

/** True when a box stays inside the frame and, with `margin` round it, clear of every taken box. */
function isClear(box: Rect, frame: Rect, taken: readonly Rect[], margin = 0): boolean {
  const room = inflate(box, margin);
  return contains(frame, box) && !taken.some((rect) => overlaps(rect, room));
}

function firstFitting(
  request: LabelRequest,
  fontSize: number,
  lineHeight: number,
  frame: Rect,
  taken: readonly Rect[],
): PlacedLabel | undefined {
  const anchors = [request.anchor, ...(request.alternatives ?? [])];
  for (const anchor of anchors) {
    for (const position of request.positions ?? POINT_POSITIONS) {
      const label = labelAt(request, position, fontSize, lineHeight, anchor);
      if (isClear(label.box, frame, taken, (request.margin ?? 0) * fontSize * (request.fontScale ?? 1))) return label;
    }
  }
  return undefined;
}

/** A line of chart text: its anchor point and baseline, and which end of it the point is (SVG `text-anchor`). */
export interface TextPosition {
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
}

/** The box a line of text covers, from its anchor point and baseline. */
export function textBox(text: string, at: TextPosition, fontSize: number): Rect {
  const width = estimateTextWidth(text, fontSize);
  const x = at.anchor === 'start' ? at.x : at.anchor === 'middle' ? at.x - width / 2 : at.x - width;
  return { x, y: at.y - fontSize * 0.8, width, height: fontSize };
}

/**
 * The first of a chart label's candidate places whose text stays in the frame and clear of
 * everything taken, or undefined when none does. The chosen box is added to `taken`.
 */
export function placeText(
  text: string,
  candidates: readonly TextPosition[],
  fontSize: number,
  taken: Rect[],
  frame: Rect,
): TextPosition | undefined {
  for (const candidate of candidates) {
    const box = textBox(text, candidate, fontSize);
    if (isClear(box, frame, taken)) {
      taken.push(box);
      return candidate;
    }
  }
  return undefined;
}

function inflate(rect: Rect, by: number): Rect {
  return { x: rect.x - by, y: rect.y - by, width: rect.width + 2 * by, height: rect.height + 2 * by };
}

/** A square round a point, for symbols as obstacles. */
export function squareAround([x, y]: [number, number], radius: number): Rect {
  return { x: x - radius, y: y - radius, width: radius * 2, height: radius * 2 };
}
