import { describe, expect, it } from 'vitest';
import { contains, overlaps, placeLabels, placeText, textBox, type LabelRequest, type Rect } from './labels';
import { estimateTextWidth } from './text-width';

const frame: Rect = { x: 0, y: 0, width: 300, height: 200 };
const request = (id: string, x: number, y: number, priority = 1): LabelRequest => ({ id, lines: [id], anchor: [x, y], priority, gap: 4 });

describe('estimateTextWidth', () => {
  it('grows with the text and the font size, and capitals are wider', () => {
    expect(estimateTextWidth('Batken', 12)).toBeGreaterThan(estimateTextWidth('Osh', 12));
    expect(estimateTextWidth('Batken', 24)).toBeCloseTo(2 * estimateTextWidth('Batken', 12));
    expect(estimateTextWidth('BATKEN', 12)).toBeGreaterThan(estimateTextWidth('batken', 12));
  });
});

describe('placeLabels', () => {
  it('puts a lone label to the right of its point', () => {
    const [label] = placeLabels([request('Isfara', 100, 100)], { fontSize: 12, frame, obstacles: [] });
    expect(label).toMatchObject({ id: 'Isfara', position: 'E', textAnchor: 'start' });
    expect(label!.box.x).toBeGreaterThan(100);
  });

  it('moves a label that would leave the frame to the other side', () => {
    const [label] = placeLabels([request('Shakhimardan', 290, 100)], { fontSize: 12, frame, obstacles: [] });
    expect(label!.position).toBe('W');
    expect(contains(frame, label!.box)).toBe(true);
  });

  it('never lets two labels overlap, nor a label cover an obstacle', () => {
    const requests = ['Batken', 'Isfara', 'Vorukh', 'Kok-Tash', 'Ak-Sai', 'Sokh'].map((name, i) =>
      request(name, 120 + (i % 3) * 8, 90 + i * 6, 1 + (i % 2)),
    );
    const obstacle = { x: 118, y: 80, width: 30, height: 60 };
    const placed = placeLabels(requests, { fontSize: 12, frame, obstacles: [obstacle] });
    expect(placed.length).toBeGreaterThan(1);
    for (const a of placed) {
      expect(overlaps(a.box, obstacle)).toBe(false);
      expect(contains(frame, a.box)).toBe(true);
      for (const b of placed) if (a !== b) expect(overlaps(a.box, b.box)).toBe(false);
    }
  });

  it('keeps the more important label when two compete for one spot', () => {
    const crowded = { fontSize: 20, frame: { x: 0, y: 0, width: 120, height: 30 }, obstacles: [] };
    const placed = placeLabels([request('minor', 10, 15, 3), request('major', 12, 15, 1)], crowded);
    expect(placed.map((l) => l.id)).toEqual(['major']);
  });

  it('centres an area label, or tries its other spots, and nowhere else', () => {
    const area: LabelRequest = {
      id: 'KG',
      lines: ['KYRGYZSTAN'],
      anchor: [150, 100],
      alternatives: [[150, 150]],
      positions: ['C'],
      priority: 0,
      gap: 0,
    };
    const blocker = { x: 100, y: 80, width: 100, height: 40 };
    const [label] = placeLabels([area], { fontSize: 12, frame, obstacles: [blocker] });
    expect(label!.textAnchor).toBe('middle');
    expect(label!.x).toBe(150);
    expect(label!.box.y).toBeGreaterThan(120);
  });
});

describe('textBox(text, at, fontSize)', () => {
  it('extends from the anchor: right of start, around middle, left of end', () => {
    const start = textBox('62', { x: 50, y: 20, anchor: 'start' }, 10);
    const middle = textBox('62', { x: 50, y: 20, anchor: 'middle' }, 10);
    const end = textBox('62', { x: 50, y: 20, anchor: 'end' }, 10);
    expect(start.x).toBe(50);
    expect(middle.x + middle.width / 2).toBeCloseTo(50);
    expect(end.x + end.width).toBeCloseTo(50);
    expect(start.y + start.height).toBeGreaterThan(20);
    expect(start.y).toBeLessThan(20);
  });
});

describe('placeText(text, candidates, fontSize, taken, frame)', () => {
  const chartFrame: Rect = { x: 0, y: 0, width: 200, height: 100 };

  it('takes the first candidate that overlaps nothing and records it', () => {
    const taken: Rect[] = [{ x: 40, y: 5, width: 20, height: 20 }];
    const placed = placeText(
      '59',
      [
        { x: 50, y: 20, anchor: 'middle' },
        { x: 70, y: 20, anchor: 'start' },
      ],
      11,
      taken,
      chartFrame,
    );
    expect(placed).toEqual({ x: 70, y: 20, anchor: 'start' });
    expect(taken).toHaveLength(2);
    expect(overlaps(taken[1]!, taken[0]!)).toBe(false);
  });

  it('gives up, taking nothing, when every candidate collides or leaves the frame', () => {
    const taken: Rect[] = [{ x: 0, y: 0, width: 200, height: 50 }];
    expect(
      placeText(
        '59',
        [
          { x: 50, y: 20, anchor: 'middle' },
          { x: 195, y: 80, anchor: 'start' },
        ],
        11,
        taken,
        chartFrame,
      ),
    ).toBeUndefined();
    expect(taken).toHaveLength(1);
  });
});
