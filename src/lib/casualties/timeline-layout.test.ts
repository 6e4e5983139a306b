import { describe, expect, it } from 'vitest';
import { dodge, layoutTimeline, nameCandidates, reportingWindow, timelineRows } from './timeline-layout';
import { row } from './test-rows';
import { words } from './test-words';
import { estimateTextWidth } from '../chart/text-width';
import { textBox } from '../chart/labels';
import { shortValueText } from './labels';

const rows = [
  row({ id: 'tj-14', side: 'tajikistan', value: 1, asOf: '2022-09-14', official: false }),
  row({ id: 'kg-16-evening', value: 24, asOf: '2022-09-16', time: 'evening' }),
  row({ id: 'kg-18-morning', value: 36, asOf: '2022-09-18', time: '10:00' }),
  row({ id: 'kg-18-afp', value: 36, asOf: '2022-09-18', official: false }),
  row({ id: 'kg-18-evening', value: 59, asOf: '2022-09-18', time: 'evening' }),
  row({ id: 'kg-19', value: 59, asOf: '2022-09-19' }),
  row({ id: 'kg-24', value: 62, asOf: '2022-09-24' }),
  row({ id: 'kg-recap', value: 63, asOf: undefined, asOfLabel: 'later recap', official: false }),
  row({ id: 'kg-civilians', value: 13, counts: 'civilians', asOf: '2022-10-03' }),
  row({ id: 'both-afp', side: 'both', value: 81, asOf: '2022-09-18', official: false }),
  row({ id: 'kg-wounded', measure: 'wounded', value: 87, asOf: '2022-09-16' }),
  row({ id: 'kg-displaced', measure: 'displaced', value: 136000, asOf: '2022-09-17' }),
  row({ id: 'kg-2021', event: 2021, value: 36, asOf: '2021-05-08' }),
  row({ id: 'kg-long-after', value: 62, asOf: '2022-11-30', official: false }),
];

describe('timelineRows(rows, event, measure)', () => {
  it("keeps each country's reports of the measure that count everyone", () => {
    expect(timelineRows(rows, 2022, 'killed').map((r) => r.id)).toEqual([
      'tj-14',
      'kg-16-evening',
      'kg-18-morning',
      'kg-18-afp',
      'kg-18-evening',
      'kg-19',
      'kg-24',
      'kg-recap',
      'kg-long-after',
    ]);
  });

  it('takes killed and wounded together when no measure is given, never displaced', () => {
    expect(timelineRows(rows, 2022).map((r) => r.id)).toContain('kg-wounded');
    expect(timelineRows(rows, 2022).map((r) => r.id)).not.toContain('kg-displaced');
  });
});

describe('reportingWindow(rows, event)', () => {
  it('runs from the first dated report to the last one within the running count', () => {
    const window = reportingWindow(rows, 2022);
    expect(window.first.toISOString().slice(0, 10)).toBe('2022-09-14');
    // 30 November is more than 30 days after 14 September: a recap, not part of the count.
    expect(window.days).toBe(11);
    expect(window.last.toISOString().slice(0, 10)).toBe('2022-09-24');
  });
});

describe('layoutTimeline(rows, event, measure, words)', () => {
  const layout = layoutTimeline(rows, 2022, 'killed', words);

  it('keeps the counts on the time axis on the days’ side of the dotted line before the later column', () => {
    // A three-digit count on the last of twenty days: centred above its mark, it crossed the line.
    const lastDay = row({ id: 'kg-wounded-late', measure: 'wounded', value: 206, asOf: '2022-10-03' });
    const wounded = layoutTimeline([...rows, lastDay], 2022, 'wounded', words);
    const onAxis = wounded.valueLabels.filter((label) => label.row.asOf !== undefined);
    expect(onAxis.map((label) => label.row.id)).toContain('kg-wounded-late');
    for (const label of onAxis) {
      const box = textBox(shortValueText(label.row, words), label, 11);
      expect(box.x + box.width, label.row.id).toBeLessThan(wounded.separatorX);
    }
  });

  it('leaves off a day under the axis that would run into a wide label of the later column', () => {
    const wide = { ...words, casualties: { ...words.casualties, laterOrUndated: ['Позже или', 'без даты'] } };
    const russian = layoutTimeline(rows, 2022, 'killed', wide);
    const labelLeft = russian.later.center - estimateTextWidth('Позже или', 11.5) / 2;
    const lastDay = russian.xTicks.at(-1)!;
    expect(lastDay.x + estimateTextWidth(String(lastDay.date.getUTCDate()), 11.5) / 2).toBeLessThan(labelLeft);
    expect(russian.xTicks.length).toBeLessThan(layout.xTicks.length);
  });
  const kyrgyzstan = layout.series.find((s) => s.side === 'kyrgyzstan')!;
  const point = (id: string) => layout.series.flatMap((s) => s.points).find((p) => p.row.id === id)!;

  it('draws one mark for every row the timeline takes', () => {
    const ids = layout.series.flatMap((s) => s.points.map((p) => p.row.id)).sort();
    expect(ids).toEqual(
      timelineRows(rows, 2022, 'killed')
        .map((r) => r.id)
        .sort(),
    );
  });

  it('puts each dated report within its day, later ones further right', () => {
    const dayWidth = (layout.plot.right - layout.plot.left) / layout.window.days;
    const on16 = point('kg-16-evening');
    expect(on16.day).toBe(2);
    expect(on16.x).toBeGreaterThan(layout.plot.left + 2 * dayWidth);
    expect(on16.x).toBeLessThan(layout.plot.left + 3 * dayWidth);
    expect(point('kg-24').x).toBeGreaterThan(point('kg-19').x);
  });

  it('spreads reports of the same day across it, by time of day where known', () => {
    const sameDay = ['kg-18-morning', 'kg-18-afp', 'kg-18-evening'].map(point);
    expect(new Set(sameDay.map((p) => p.day))).toEqual(new Set([4]));
    // 10:00, then the report without a time (placed at midday), then the evening.
    expect(point('kg-18-morning').x).toBeLessThan(point('kg-18-afp').x);
    expect(point('kg-18-afp').x).toBeLessThan(point('kg-18-evening').x);
  });

  it('sets undated and long-after reports in the later column', () => {
    for (const id of ['kg-recap', 'kg-long-after']) {
      const p = point(id);
      expect(p.day).toBeUndefined();
      expect(p.x).toBeGreaterThan(layout.later.left);
      expect(p.x).toBeLessThan(layout.later.right);
    }
  });

  it('scales values from zero at the bottom, niced so the largest fits', () => {
    expect(layout.yTicks[0]).toEqual({ value: 0, y: layout.plot.bottom });
    expect(point('kg-recap').y).toBeGreaterThanOrEqual(layout.plot.top);
    expect(point('kg-24').y).toBeLessThan(point('kg-19').y);
  });

  it('joins the official counts with level and upright steps only, to the end of the time axis', () => {
    const path = kyrgyzstan.stepPath!;
    const coordinates = [...path.matchAll(/(-?[\d.]+),(-?[\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])] as const);
    expect(coordinates[0]).toEqual([point('kg-16-evening').x, point('kg-16-evening').y]);
    expect(coordinates.at(-1)).toEqual([layout.plot.right, point('kg-24').y]);
    coordinates.slice(1).forEach(([x, y], i) => {
      const [px, py] = coordinates[i]!;
      expect(x === px || y === py).toBe(true);
    });
    // The unofficial AFP report is a mark but not a step.
    expect(path).not.toContain(`${point('kg-18-afp').x},`);
  });

  it('draws no line for a side without official counts, but still its marks', () => {
    const tajikistan = layout.series.find((s) => s.side === 'tajikistan')!;
    expect(tajikistan.stepPath).toBeUndefined();
    expect(tajikistan.points).toHaveLength(1);
  });

  it('labels the count each day ended on where it changed, and every later report', () => {
    const labelled = layout.valueLabels.map((l) => l.row.id);
    expect(labelled).toEqual(expect.arrayContaining(['kg-16-evening', 'kg-18-evening', 'kg-24', 'kg-recap', 'kg-long-after']));
    expect(labelled).not.toContain('kg-18-morning');
    expect(labelled).not.toContain('kg-19');
  });

  it('labels days every day or every other day, and names the first month', () => {
    expect(layout.xTicks[0]?.date.toISOString().slice(0, 10)).toBe('2022-09-14');
    expect(layout.months.map((m) => m.date.toISOString().slice(0, 10))).toEqual(['2022-09-14']);
  });

  it('names each side that has a line, near it', () => {
    expect(kyrgyzstan.nameLabel).toBeDefined();
  });
});

describe('dodge(ys, gap)', () => {
  it('moves close labels apart, keeping their order, and leaves spaced ones alone', () => {
    expect(dodge([10, 12, 40], 11)).toEqual([10, 21, 40]);
    expect(dodge([30, 10], 11)).toEqual([30, 10]);
  });
});

describe('nameCandidates(official, end)', () => {
  it('tries the longest level stretch first, above then below the line', () => {
    const candidates = nameCandidates(
      [
        { x: 0, y: 50 },
        { x: 10, y: 40 },
        { x: 20, y: 40 },
        { x: 60, y: 30 },
      ],
      70,
    );
    // 40 runs from 10 to 60 (two points at the same level), the longest stretch.
    expect(candidates[0]).toEqual({ x: 35, y: 35, anchor: 'middle' });
    expect(candidates[1]).toEqual({ x: 35, y: 54, anchor: 'middle' });
  });
});
