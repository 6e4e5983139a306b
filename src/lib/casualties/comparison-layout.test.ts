import { describe, expect, it } from 'vitest';
import {
  comparisonGroups,
  dodgeDots,
  DOT_RADIUS,
  DOT_STROKE,
  layoutComparison,
  SIDE_LABEL_GAP,
  type ComparisonText,
} from './comparison-layout';
import { estimateTextWidth } from '../chart/text-width';
import { latestForEveryBar, row } from './test-rows';

function data() {
  const rows = latestForEveryBar(10).map((r) =>
    r.id === '2022-kyrgyzstan-killed-latest' ? { ...r, value: 62 } : r.id === '2021-kyrgyzstan-wounded-latest' ? { ...r, value: 190 } : r,
  );
  return [
    ...rows,
    row({ id: 'kg-2022-killed-recap', value: 63, official: false, comparison: 'other', asOf: undefined, asOfLabel: 'later recap' }),
    row({ id: 'kg-2021-wounded-183', event: 2021, measure: 'wounded', value: 183, asOf: '2021-05-03', comparison: 'other' }),
    row({ id: 'kg-2021-wounded-153', event: 2021, measure: 'wounded', value: 153, asOf: '2021-05-04', comparison: 'other' }),
    row({ id: 'kg-2022-killed-early', value: 24, asOf: '2022-09-16' }),
  ];
}

describe('comparisonGroups(rows, measure)', () => {
  it('pairs each latest official figure with the other reports of the same count, smallest first', () => {
    const groups = comparisonGroups(data(), 'wounded');
    expect(groups.map((g) => `${g.event} ${g.side}`)).toEqual(['2021 kyrgyzstan', '2021 tajikistan', '2022 kyrgyzstan', '2022 tajikistan']);
    expect(groups[0]?.latest.value).toBe(190);
    expect(groups[0]?.others.map((o) => o.value)).toEqual([153, 183]);
  });

  it('leaves out reports that are neither the latest nor marked as other', () => {
    const killed2022 = comparisonGroups(data(), 'killed').find((g) => g.event === 2022 && g.side === 'kyrgyzstan');
    expect(killed2022?.others.map((o) => o.id)).toEqual(['kg-2022-killed-recap']);
  });

  it('fails, naming the bar, when a latest official figure is missing', () => {
    const rows = data().filter((r) => r.id !== '2021-tajikistan-killed-latest');
    expect(() => comparisonGroups(rows, 'killed')).toThrow('No latest official killed figure for tajikistan in 2021');
  });
});

describe('layoutComparison(rows, options)', () => {
  // Test words, short as the English edition's are; the Russian's longer ones are tested below.
  const text: ComparisonText = {
    side: (side) => (side === 'kyrgyzstan' ? 'Kyrgyzstan' : 'Tajikistan'),
    otherReports: (others) => `Other: ${others.length}`,
  };
  const [killed, wounded] = layoutComparison(data(), { text });

  it('draws one panel per measure, killed first', () => {
    expect(killed?.measure).toBe('killed');
    expect(wounded?.measure).toBe('wounded');
    expect(killed?.bars).toHaveLength(4);
  });

  it('starts every bar at the axis and makes its length proportional to its value', () => {
    const bar62 = killed!.bars.find((b) => b.latest.value === 62)!;
    const bar10 = killed!.bars.find((b) => b.event === 2021 && b.side === 'tajikistan')!;
    expect(bar62.barEnd - killed!.plotLeft).toBeCloseTo(bar62.barWidth, 5);
    expect(bar62.barWidth / bar10.barWidth).toBeCloseTo(6.2, 1);
  });

  it('puts the largest reported value, rounded up to a nice number, at the right end of the scale', () => {
    const axis = killed!.axis!;
    expect(axis.ticks[0]).toEqual({ value: 0, x: killed!.plotLeft });
    // 63 is the largest killed value; the scale is niced to 65, so 63 sits at 63/65 of the width.
    const dot = killed!.bars.flatMap((b) => b.dots).find((d) => d.row.value === 63)!;
    expect(dot.x).toBeCloseTo(killed!.plotLeft + (63 / 65) * (killed!.plotRight - killed!.plotLeft), 0);
    expect(dot.x).toBeLessThanOrEqual(killed!.plotRight);
  });

  it('draws the spread from the smallest to the largest report and writes the value after it', () => {
    const bar = wounded!.bars.find((b) => b.event === 2021 && b.side === 'kyrgyzstan')!;
    expect(bar.dots.map((d) => d.row.value)).toEqual([153, 183]);
    expect(bar.spread?.from).toBe(bar.dots[0]?.x);
    expect(bar.spread?.to).toBe(bar.barEnd);
    const bar62 = killed!.bars.find((b) => b.latest.value === 62)!;
    expect(bar62.valueX).toBeGreaterThan(bar62.spread!.to);
  });

  it('lines the panels up: the same year and side sit at the same height in both', () => {
    expect(killed!.height).toBe(wounded!.height);
    expect(killed!.bars.length).toBeGreaterThan(0);
    for (const bar of killed!.bars) {
      const twin = wounded!.bars.find((b) => b.event === bar.event && b.side === bar.side)!;
      expect(twin.y).toBe(bar.y);
    }
    // Only the bar with other reports writes them, but both panels keep the line free.
    expect(wounded!.bars.find((b) => b.event === 2021 && b.side === 'kyrgyzstan')?.noteY).toBeDefined();
    expect(killed!.bars.find((b) => b.event === 2021 && b.side === 'kyrgyzstan')?.noteY).toBeUndefined();
  });

  it('keeps its axis in the compact form, as each panel has its own scale, and takes less height', () => {
    const [compact, compactWounded] = layoutComparison(data(), { text, compact: true });
    expect(compact!.axis.ticks.length).toBeGreaterThan(1);
    expect(compactWounded!.axis.ticks.at(-1)!.value).not.toBe(compact!.axis.ticks.at(-1)!.value);
    expect(compact!.height).toBeLessThan(killed!.height);
  });

  it('never lets two spread dots of a bar overlap or touch, outlines included, in either form', () => {
    let pairs = 0;
    for (const compact of [false, true]) {
      for (const panel of layoutComparison(data(), { text, compact })) {
        for (const bar of panel.bars) {
          for (const [i, a] of bar.dots.entries()) {
            for (const b of bar.dots.slice(i + 1)) {
              pairs += 1;
              expect(Math.hypot(a.x - b.x, a.dy - b.dy), `${a.row.id} and ${b.row.id}`).toBeGreaterThanOrEqual(
                DOT_RADIUS * 2 + DOT_STROKE + 1,
              );
            }
          }
        }
      }
    }
    expect(pairs, 'pairs of dots compared').toBeGreaterThan(0);
  });

  it('makes room for the longest side name left of the axis, and breaks a note too long for the panel into lines', () => {
    const russian: ComparisonText = {
      side: (side) => (side === 'kyrgyzstan' ? 'Кыргызстан' : 'Таджикистан'),
      otherReports: (others) => `Другие сообщения: ${others.map((o) => `более ${o.value} мирных жителей`).join(', ')}`,
    };
    const [ruKilled, ruWounded] = layoutComparison(data(), { text: russian });
    expect(ruKilled!.plotLeft - SIDE_LABEL_GAP).toBeGreaterThanOrEqual(estimateTextWidth('Таджикистан', 12.5));
    const noted = [...ruKilled!.bars, ...ruWounded!.bars].filter((bar) => bar.others.length > 0);
    expect(noted.some((bar) => bar.noteLines.length > 1)).toBe(true);
    for (const bar of noted) {
      for (const line of bar.noteLines)
        expect(estimateTextWidth(line, 11.5), line).toBeLessThanOrEqual(ruKilled!.width - ruKilled!.plotLeft);
    }
    expect(ruKilled!.height, 'the extra lines are given room').toBeGreaterThan(killed!.height);
  });
});

describe('dodgeDots', () => {
  it('leaves apart dots on the line and moves touching ones up, then down', () => {
    const dots = dodgeDots([{ x: 10 }, { x: 40 }, { x: 12 }, { x: 14 }], 4, 9);
    expect(dots.map((d) => [d.x, d.dy])).toEqual([
      [10, 0],
      [12, -9],
      [14, 9],
      [40, 0],
    ]);
  });
});
