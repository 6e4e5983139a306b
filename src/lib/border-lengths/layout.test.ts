import { describe, expect, it } from 'vitest';
import { layoutBorderLengths } from './layout';
import type { BorderLength } from '../../schemas/border-lengths';

const claim = (id: string, km: number, emphasis?: 'common' | 'treaty'): BorderLength => ({
  id,
  km,
  approximate: false,
  agreed: 'not given',
  saidBy: `speaker ${id}`,
  sources: ['s'],
  ...(emphasis ? { emphasis } : {}),
});

const claims = [
  claim('a', 940),
  claim('b', 970, 'common'),
  claim('c', 970, 'common'),
  claim('d', 970.8),
  claim('e', 971),
  claim('f', 972),
  claim('g', 972),
  claim('h', 1006.84, 'treaty'),
  claim('i', 1008.14),
];

describe('layoutBorderLengths', () => {
  const plot = layoutBorderLengths(claims, { treatyCallout: ['1,006.84 km:', 'GKNB, 2025 treaty'] });

  it('draws one dot per claim', () => {
    expect(plot.dots.map((d) => d.claim.id).sort()).toEqual(claims.map((c) => c.id).sort());
  });

  it('never lets two dots overlap', () => {
    expect(plot.dots.length).toBeGreaterThan(1);
    for (const [i, a] of plot.dots.entries()) {
      for (const b of plot.dots.slice(i + 1)) {
        expect(Math.hypot(a.x - b.x, a.y - b.y), `${a.claim.id} and ${b.claim.id}`).toBeGreaterThanOrEqual(plot.radius * 2);
      }
    }
  });

  it('puts a longer length further right and keeps every dot above the axis, inside the plot', () => {
    const x = (id: string) => plot.dots.find((d) => d.claim.id === id)!.x;
    expect(x('a')).toBeLessThan(x('b'));
    expect(x('h')).toBeLessThan(x('i'));
    for (const d of plot.dots) {
      expect(d.y + plot.radius).toBeLessThanOrEqual(plot.axisY);
      expect(d.y - plot.radius).toBeGreaterThan(0);
      expect(d.x).toBeGreaterThanOrEqual(plot.plotLeft);
      expect(d.x).toBeLessThanOrEqual(plot.plotRight);
    }
  });

  it('labels the usual figure and the treaty figure above their dots', () => {
    expect(plot.callouts.map((c) => [c.emphasis, c.km])).toEqual([
      ['common', 970],
      ['treaty', 1006.84],
    ]);
    const treaty = plot.callouts.find((c) => c.emphasis === 'treaty')!;
    const treatyDots = plot.dots.filter((d) => d.claim.emphasis === 'treaty');
    expect(treaty.y).toBeLessThan(Math.min(...treatyDots.map((d) => d.y)) - plot.radius);
    expect(treaty.y).toBeGreaterThan(0);
    const common = plot.callouts.find((c) => c.emphasis === 'common')!;
    const commonDot = plot.dots.find((d) => d.claim.emphasis === 'common')!;
    expect(common.anchor).toBe('end');
    expect(common.x).toBeLessThan(commonDot.x - plot.radius);
  });

  it('fails, naming the words, when the usual figure’s call-out is wider than the room left of its dots', () => {
    expect(() => layoutBorderLengths(claims, { commonCallout: ['Около 970 км:', 'обычно до 2025 года'] })).toThrow(
      'The border-length call-out "Около 970 км: / обычно до 2025 года" is wider than',
    );
    expect(layoutBorderLengths(claims, { commonCallout: ['Около 970 км:', 'обычно', 'до 2025 года'] }).callouts).toHaveLength(2);
  });

  it('raises the treaty call-out over the dots its text would cover, however long its words', () => {
    const short = layoutBorderLengths(claims, { treatyCallout: ['1,006.84'] }).callouts.find((c) => c.emphasis === 'treaty')!;
    const long = layoutBorderLengths(claims, { treatyCallout: ['1 006,84 км: ГКНБ, договор 2025 года'] }).callouts.find(
      (c) => c.emphasis === 'treaty',
    )!;
    expect(long.y).toBeLessThan(short.y);
  });

  it('keeps the treaty call-out by its dot: over it, and lower than the stacks of the usual figure', () => {
    const treaty = plot.callouts.find((c) => c.emphasis === 'treaty')!;
    const dot = plot.dots.find((d) => d.claim.emphasis === 'treaty')!;
    const width = 110; // about "GKNB, 2025 treaty" at 12 px
    expect(treaty.x).toBeGreaterThanOrEqual(dot.x + plot.radius);
    expect(treaty.x - width).toBeLessThan(dot.x);
    expect(treaty.x).toBeLessThanOrEqual(plot.width);
    // Within two rows of dots above its own
    expect(dot.y - treaty.y).toBeLessThanOrEqual(2 * (plot.radius * 2 + 2) + plot.radius + 6);
  });

  it('draws a key to the filled and the hollow dots under the axis, inside the frame', () => {
    const withKey = layoutBorderLengths(claims, { legend: { filled: 'A figure called out above', hollow: 'Any other published total' } });
    expect(withKey.legend.map((item) => item.filled)).toEqual([true, false]);
    for (const item of withKey.legend) {
      expect(item.cy).toBeGreaterThan(withKey.axisY + 34);
      expect(item.textY).toBeLessThanOrEqual(withKey.height);
      expect(item.textX).toBeGreaterThan(item.cx + withKey.radius);
    }
    const long = layoutBorderLengths(claims, {
      legend: { filled: 'Закрашенная точка: цифра, выделенная выше', hollow: 'Полая точка: любая другая опубликованная цифра' },
    });
    expect(long.legend[1]!.textY, 'words too long for one line take two').toBeGreaterThan(long.legend[0]!.textY);
    expect(layoutBorderLengths(claims).legend, 'no words, no key').toEqual([]);
  });

  it('spans the axis over every claim', () => {
    const kms = plot.ticks.map((t) => t.km);
    expect(Math.min(...kms)).toBeLessThanOrEqual(940);
    expect(Math.max(...kms)).toBeGreaterThanOrEqual(1000);
  });
});
