import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { dodgeRows, layoutTimeline, LABEL_X, ROW_HEIGHT, TIMELINE_WIDTH, type TimelineLayout, type TimelineInput } from './timeline-layout';

/** The events the figure draws, from the real data file and its English words: the labels must fit as written. */
const englishWords = parse(readFileSync('content/data/text/en/events.yaml', 'utf8')) as Record<string, { timeline?: string }>;
const published: TimelineInput[] = (parse(readFileSync('content/data/events.yaml', 'utf8')) as Array<{ id: string; date: string }>)
  .filter((e) => englishWords[e.id]?.timeline !== undefined)
  .map((e) => ({ id: e.id, date: e.date, label: englishWords[e.id]!.timeline! }));

/** Crowded on purpose: three events in nine days, five on two days, a month-only date. */
const crowded: TimelineInput[] = [
  { id: 'kyzyl-bel', date: '2022-09-25', label: 'Kyzyl-Bel protocol' },
  { id: 'samarkand', date: '2022-09-16', label: 'Samarkand ceasefire agreed' },
  { id: 'guliston', date: '2022-09-19', label: 'Guliston protocol' },
  { id: 'round', date: '2023-10', label: 'Batken round: 43.32 km' },
  { id: 'treaty', date: '2025-03-13', label: 'Border treaty signed' },
  { id: 'crossings', date: '2025-03-13', label: 'Two crossings reopen' },
  { id: 'kg-ratifies', date: '2025-03-19', label: 'Kyrgyz parliament ratifies' },
  { id: 'tj-ratifies', date: '2025-03-19', label: 'Tajik lower house ratifies' },
  { id: 'khujand', date: '2025-03-31', label: 'Khujand summit' },
  { id: 'resettled', date: '2026-02-24', label: 'Resettlement completed' },
];

function expectReadable(layout: TimelineLayout<TimelineInput>) {
  expect(layout.marks.length).toBeGreaterThan(0);
  const rows = [...layout.marks].sort((a, b) => a.top - b.top);
  rows
    .slice(1)
    .forEach((row, i) => expect(row.top, `${row.event.id} overlaps ${rows[i]!.event.id}`).toBeGreaterThanOrEqual(rows[i]!.bottom - 0.01));
  for (const mark of layout.marks) {
    expect(mark.top).toBeGreaterThanOrEqual(0);
    expect(mark.bottom).toBeLessThanOrEqual(layout.height);
    expect(mark.labelRight, `${mark.event.id} runs off the figure`).toBeLessThanOrEqual(TIMELINE_WIDTH);
    expect(mark.y).toBeGreaterThanOrEqual(layout.axis.top);
    expect(mark.y).toBeLessThanOrEqual(layout.axis.bottom);
  }
}

describe('layoutTimeline', () => {
  it('draws the published events without overlapping labels, all inside the figure', () => {
    expect(published.length).toBeGreaterThanOrEqual(10);
    expectReadable(layoutTimeline(published));
  });

  it('keeps crowded labels apart and in date order', () => {
    const layout = layoutTimeline(crowded);
    expectReadable(layout);
    expect(layout.marks.map((m) => m.event.id)).toEqual([
      'samarkand',
      'guliston',
      'kyzyl-bel',
      'round',
      'treaty',
      'crossings',
      'kg-ratifies',
      'tj-ratifies',
      'khujand',
      'resettled',
    ]);
    const ys = layout.marks.map((m) => m.y);
    expect(ys).toEqual([...ys].sort((a, b) => a - b));
  });

  it('puts same-day events on the same point of the axis, each with its own label', () => {
    const [treaty, crossings] = layoutTimeline(crowded).marks.filter((m) => m.event.date === '2025-03-13');
    expect(treaty!.y).toBe(crossings!.y);
    expect(crossings!.top).toBeGreaterThanOrEqual(treaty!.bottom);
  });

  it('draws a month-only date hollow, in the middle of its month', () => {
    const layout = layoutTimeline(crowded);
    const round = layout.marks.find((m) => m.event.id === 'round')!;
    expect(round.exactDay).toBe(false);
    expect(layout.marks.find((m) => m.event.id === 'samarkand')!.exactDay).toBe(true);
    const [y2023] = layout.years.filter((t) => t.year === 2024);
    expect(round.y).toBeLessThan(y2023!.y);
  });

  it('ticks each new year between the first and last event', () => {
    expect(layoutTimeline(crowded).years.map((t) => t.year)).toEqual([2023, 2024, 2025, 2026]);
  });

  it('joins each mark to its label with a leader line', () => {
    const mark = layoutTimeline(crowded).marks[0]!;
    expect(mark.leader).toMatch(new RegExp(`^M\\d+,${mark.y}H\\d+L${LABEL_X - 12},${mark.top + ROW_HEIGHT / 2}H${LABEL_X - 4}$`));
  });
});

describe('dodgeRows', () => {
  it('leaves rows that do not touch where they are', () => {
    expect(dodgeRows([50, 150], 30, 0)).toEqual([35, 135]);
  });

  it('centres a crowd on its mean and keeps it below the top', () => {
    expect(dodgeRows([100, 100, 100], 30, 0)).toEqual([55, 85, 115]);
    expect(dodgeRows([10, 10], 30, 0)).toEqual([0, 30]);
  });

  it('merges a crowd with the rows it then pushes into', () => {
    const tops = dodgeRows([40, 100, 100, 100], 30, 0);
    tops.slice(1).forEach((top, i) => expect(top - tops[i]!).toBeGreaterThanOrEqual(30));
  });
});
