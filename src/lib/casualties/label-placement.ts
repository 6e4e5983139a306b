/**
 * Greedy placement of chart labels: each label takes the first of its candidate positions that
 * overlaps nothing already placed. Text is measured by an estimate (no fonts at build time),
 * generous enough for the system sans-serif the charts use.
 */
import { estimateTextWidth } from '../chart/text-width';

export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

type Anchor = 'start' | 'middle' | 'end';

export interface LabelPosition {
  /** Text anchor point and baseline. */
  x: number;
  y: number;
  anchor: Anchor;
}

/** The box a line of text covers, from its anchor point and baseline. */
export function textBox(text: string, at: LabelPosition, fontSize: number): Box {
  const width = estimateTextWidth(text, fontSize);
  const x0 = at.anchor === 'start' ? at.x : at.anchor === 'middle' ? at.x - width / 2 : at.x - width;
  return { x0, y0: at.y - fontSize * 0.8, x1: x0 + width, y1: at.y + fontSize * 0.2 };
}

export function overlaps(a: Box, b: Box): boolean {
  return a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
}

function inside(box: Box, frame: Box): boolean {
  return box.x0 >= frame.x0 && box.x1 <= frame.x1 && box.y0 >= frame.y0 && box.y1 <= frame.y1;
}

/**
 * The first candidate whose text box stays in the frame and clear of everything taken, or
 * undefined when none does. The chosen box is added to `taken`.
 */
export function placeLabel(text: string, candidates: readonly LabelPosition[], fontSize: number, taken: Box[], frame: Box): LabelPosition | undefined {
  for (const candidate of candidates) {
    const box = textBox(text, candidate, fontSize);
    if (inside(box, frame) && !taken.some((other) => overlaps(box, other))) {
      taken.push(box);
      return candidate;
    }
  }
  return undefined;
}
