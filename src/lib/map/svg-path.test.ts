import { describe, expect, it } from 'vitest';
import { geoPath } from 'd3-geo';
import { absolutePoints, CompactPath } from './svg-path';

const draw = (build: (path: CompactPath) => void, digits = 1) => {
  const path = new CompactPath(digits);
  build(path);
  return path.toString();
};

describe('CompactPath', () => {
  it('writes each point as a step from the last, rounded, with no zeros or separators to spare', () => {
    const d = draw((p) => {
      p.moveTo(10.04, 20);
      p.lineTo(10.5, 20.55);
      p.lineTo(9.5, 20.5);
      p.closePath();
    });
    expect(d).toBe('m10 20 .5.6-1-.1z');
  });

  it('drops a point that rounds onto the last one and starts the next shape from where the last closed', () => {
    const d = draw((p) => {
      p.moveTo(0, 0);
      p.lineTo(5, 0);
      p.lineTo(5.01, 0.02);
      p.closePath();
      p.moveTo(2, 2);
      p.lineTo(3, 2);
    });
    expect(d).toBe('m0 0 5 0zm2 2 1 0');
  });

  it('gives back the rounded absolute points, however many steps the path takes', () => {
    const points: Array<[number, number]> = Array.from({ length: 200 }, (_, i) => [100 + Math.sin(i) * 37.123, 50 + i * 0.333]);
    const d = draw((p) => points.forEach(([x, y], i) => (i === 0 ? p.moveTo(x, y) : p.lineTo(x, y))));
    const [ring] = absolutePoints(d);
    expect(ring).toHaveLength(200);
    ring!.forEach(([x, y], i) => {
      expect(x).toBeCloseTo(Math.round(points[i]![0] * 10) / 10, 6);
      expect(y).toBeCloseTo(Math.round(points[i]![1] * 10) / 10, 6);
    });
  });

  it('serves as a d3-geo path context, drawing the points d3 would in fewer characters', () => {
    const square = {
      type: 'Polygon' as const,
      coordinates: [
        [
          [0, 0],
          [0, 10.25],
          [10.5, 10.25],
          [10.5, 0],
          [0, 0],
        ],
      ],
    };
    const context = new CompactPath(1);
    geoPath(null, context)(square);
    const absolute = geoPath().digits(1)(square)!;
    const d3Points = [...absolute.matchAll(/[ML](-?[\d.]+),(-?[\d.]+)/g)].map(([, x, y]) => [Number(x), Number(y)]);
    expect(absolutePoints(context.toString())).toEqual([d3Points]);
    expect(context.toString().length).toBeLessThan(absolute.length);
  });
});
