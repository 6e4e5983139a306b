import { describe, expect, it } from 'vitest';
import { overlaps, placeLabel, textBox, type Box } from './label-placement';

const frame: Box = { x0: 0, y0: 0, x1: 200, y1: 100 };

describe('textBox(text, at, fontSize)', () => {
  it('extends from the anchor: right of start, around middle, left of end', () => {
    const start = textBox('62', { x: 50, y: 20, anchor: 'start' }, 10);
    const middle = textBox('62', { x: 50, y: 20, anchor: 'middle' }, 10);
    const end = textBox('62', { x: 50, y: 20, anchor: 'end' }, 10);
    expect(start.x0).toBe(50);
    expect(middle.x0 + middle.x1).toBeCloseTo(100);
    expect(end.x1).toBe(50);
    expect(start.y1).toBeGreaterThan(20);
    expect(start.y0).toBeLessThan(20);
  });
});

describe('placeLabel(text, candidates, fontSize, taken, frame)', () => {
  it('takes the first candidate that overlaps nothing and records it', () => {
    const taken: Box[] = [{ x0: 40, y0: 5, x1: 60, y1: 25 }];
    const placed = placeLabel('59', [{ x: 50, y: 20, anchor: 'middle' }, { x: 70, y: 20, anchor: 'start' }], 11, taken, frame);
    expect(placed).toEqual({ x: 70, y: 20, anchor: 'start' });
    expect(taken).toHaveLength(2);
    expect(overlaps(taken[1]!, taken[0]!)).toBe(false);
  });

  it('gives up, taking nothing, when every candidate collides or leaves the frame', () => {
    const taken: Box[] = [{ x0: 0, y0: 0, x1: 200, y1: 50 }];
    expect(placeLabel('59', [{ x: 50, y: 20, anchor: 'middle' }, { x: 195, y: 80, anchor: 'start' }], 11, taken, frame)).toBeUndefined();
    expect(taken).toHaveLength(1);
  });
});
