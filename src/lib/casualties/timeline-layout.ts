/**
 * Geometry of the "how the toll was reported" figure: for one event and measure, each report of
 * each country's count placed on the day it was given, official counts joined by a step line
 * (a count stands until the next one), and a last column for reports without an exact date or
 * made long after. Numbers and path strings only; coordinates are in viewBox units.
 */
import { max } from 'd3-array';
import { scaleLinear } from 'd3-scale';
import { curveStepAfter, line } from 'd3-shape';
import { shortValueText, type CasualtyWords } from './labels';
import { placeText, squareAround, textBox, type Rect, type TextPosition } from '../chart/labels';
import { reportOrder } from './order';
import { COUNTRIES, type CasualtyRow, type ChartedMeasure, type Country } from '../../schemas/casualties';
import type { ClashYear } from '../../schemas/fields';
import { isFullDate } from '../../schemas/partial-date';
import { roundToTenth } from '../chart/round';
import { estimateTextWidth } from '../chart/text-width';
import { formatAxisDate } from '../site/format';

const DAY_MS = 86_400_000;

/** Reports more than this many days after the first are retrospective, not part of the running count. */
const RUNNING_COUNT_DAYS = 30;

/**
 * The rows a timeline draws, one mark each: every report of the event's killed or wounded
 * (or both measures when none is given) for Kyrgyzstan or Tajikistan that counts everyone.
 * Civilian-only and combined counts are in the data table and the CSV, not on these lines.
 */
export function timelineRows(rows: readonly CasualtyRow[], event: ClashYear, measure?: ChartedMeasure): CasualtyRow[] {
  return rows.filter(
    (r) => r.event === event && (measure ? r.measure === measure : r.measure !== 'displaced') && r.side !== 'both' && r.counts === 'all',
  );
}

function dayNumber(isoDate: string): number {
  return Math.round(Date.parse(`${isoDate}T00:00:00Z`) / DAY_MS);
}

/** First and last day of the running count: the days the time axis shows. */
export function reportingWindow(rows: readonly CasualtyRow[], event: ClashYear): { first: Date; last: Date; days: number } {
  const dated = timelineRows(rows, event)
    .map((r) => r.asOf)
    .filter(isFullDate)
    .map(dayNumber);
  if (dated.length === 0) throw new Error(`No dated killed or wounded report for ${event}.`);
  const first = Math.min(...dated);
  const last = Math.max(...dated.filter((d) => d - first <= RUNNING_COUNT_DAYS));
  return { first: new Date(first * DAY_MS), last: new Date(last * DAY_MS), days: last - first + 1 };
}

interface TimelinePoint {
  row: CasualtyRow;
  side: Country;
  x: number;
  y: number;
  /** Day index from the first day of the window, or undefined for the later-or-undated column. */
  day?: number;
}

interface TimelineSeries {
  side: Country;
  points: TimelinePoint[];
  /** SVG path of the step line through the official counts, to the end of the window. */
  stepPath?: string;
  /** Where the country's name is written, near its line; absent if it fits nowhere. */
  nameLabel?: TextPosition;
}

interface TimelineValueLabel extends TextPosition {
  row: CasualtyRow;
}

export interface TimelineLayout {
  event: ClashYear;
  measure: ChartedMeasure;
  width: number;
  height: number;
  /** Baseline of the panel's heading ("Killed"). */
  headingY: number;
  plot: { left: number; right: number; top: number; bottom: number };
  /** The column for later or undated reports. */
  later: { left: number; right: number; center: number };
  /** Where the dotted line between the days and the later column runs. */
  separatorX: number;
  window: { first: Date; last: Date; days: number };
  /** Days labelled on the time axis (every day, or every other one when days are narrow). */
  xTicks: Array<{ x: number; date: Date }>;
  /** Where a month's name goes, under the axis: the first day shown, and each 1st of a month. */
  months: Array<{ x: number; date: Date }>;
  yTicks: Array<{ value: number; y: number }>;
  series: TimelineSeries[];
  valueLabels: TimelineValueLabel[];
}

export interface TimelineOptions {
  width?: number;
  height?: number;
}

const MARGIN = { top: 38, right: 30, bottom: 36, left: 34 };
const HEADING_Y = 15;
const LATER_COLUMN = 30;
const LATER_GAP = 12;
/** The dotted line between the days and the later column: this far left of the column. */
const SEPARATOR_OFFSET = 6;
/** The step between stacked labels beside the later column: their bold digits at the print size (11.5 px) and a little air; at 11 the digits touched. */
const LABEL_LINE = 13;
const MARK_RADIUS = 4;
/** Font sizes of the value and name labels, as global.css sets them (.chart__value--small, .chart text). */
const VALUE_FONT = 11;
const NAME_FONT = 12;
/** The axis's type at its largest, in print (print.css: .chart__axis text). */
const AXIS_FONT = 11.5;
/** The least room between a day's number and the later column's label. */
const AXIS_GAP = 3;

/** Moves labels apart vertically so that none is closer than a line to the next; keeps order. */
export function dodge(ys: readonly number[], gap: number): number[] {
  const order = ys.map((y, i) => ({ y, i })).sort((a, b) => a.y - b.y);
  const placed: number[] = new Array(ys.length);
  let previous = -Infinity;
  for (const { y, i } of order) {
    const next = Math.max(y, previous + gap);
    placed[i] = next;
    previous = next;
  }
  return placed;
}

/** Positions tried for a count's label: above its mark, then right, left, below. */
function valueCandidates(point: { x: number; y: number }): TextPosition[] {
  return [
    { x: point.x, y: roundToTenth(point.y - 7), anchor: 'middle' },
    { x: roundToTenth(point.x + 6), y: roundToTenth(point.y + 4), anchor: 'start' },
    { x: roundToTenth(point.x - 6), y: roundToTenth(point.y + 4), anchor: 'end' },
    { x: point.x, y: roundToTenth(point.y + 15), anchor: 'middle' },
  ];
}

/**
 * Positions tried for a country's name: above, then below, the level stretches of its step line,
 * longest first, where there is the most room along the line.
 */
export function nameCandidates(official: readonly { x: number; y: number }[], end: number): TextPosition[] {
  const runs: Array<{ from: number; to: number; y: number }> = [];
  official.forEach((point, i) => {
    const to = official[i + 1]?.x ?? end;
    const previous = runs.at(-1);
    if (previous && previous.y === point.y) previous.to = to;
    else runs.push({ from: point.x, to, y: point.y });
  });
  return runs
    .sort((a, b) => b.to - b.from - (a.to - a.from))
    .flatMap((run) => {
      const x = roundToTenth((run.from + run.to) / 2);
      return [
        { x, y: roundToTenth(run.y - 5), anchor: 'middle' as const },
        { x, y: roundToTenth(run.y + 14), anchor: 'middle' as const },
      ];
    });
}

export function layoutTimeline(
  rows: readonly CasualtyRow[],
  event: ClashYear,
  measure: ChartedMeasure,
  /** The page's words: the labels' sizes decide where they fit. */
  words: CasualtyWords,
  options: TimelineOptions = {},
): TimelineLayout {
  const { width = 340, height = 230 } = options;
  const window = reportingWindow(rows, event);
  const firstDay = Math.round(window.first.getTime() / DAY_MS);
  const drawn = timelineRows(rows, event, measure);

  const plot = {
    left: MARGIN.left,
    right: width - MARGIN.right - LATER_COLUMN - LATER_GAP,
    top: MARGIN.top,
    bottom: height - MARGIN.bottom,
  };
  const later = {
    left: plot.right + LATER_GAP,
    right: plot.right + LATER_GAP + LATER_COLUMN,
    center: plot.right + LATER_GAP + LATER_COLUMN / 2,
  };
  const xDay = scaleLinear().domain([0, window.days]).range([plot.left, plot.right]);
  const y = scaleLinear()
    .domain([0, max(drawn, (r) => r.value) ?? 1])
    .nice()
    .range([plot.bottom, plot.top]);

  const dayOf = (row: CasualtyRow): number | undefined => {
    if (!isFullDate(row.asOf)) return undefined;
    const day = dayNumber(row.asOf) - firstDay;
    return day >= 0 && day < window.days ? day : undefined;
  };

  const series: TimelineSeries[] = [];
  const officialBySide = new Map<Country, TimelinePoint[]>();
  for (const side of COUNTRIES) {
    const ofSide = drawn.filter((r) => r.side === side);
    const points: TimelinePoint[] = [];
    const byDay = new Map<number | undefined, CasualtyRow[]>();
    for (const row of ofSide) byDay.set(dayOf(row), [...(byDay.get(dayOf(row)) ?? []), row]);
    for (const [day, sameDay] of byDay) {
      // Across the day by time of day where the source gives one, otherwise in rising order.
      const ordered = [...sameDay].sort(reportOrder);
      const [from, to] = day === undefined ? [later.left, later.right] : [xDay(day), xDay(day + 1)];
      ordered.forEach((row, k) => {
        const x = from + ((to - from) * (k + 1)) / (ordered.length + 1);
        points.push({ row, side, x: roundToTenth(x), y: roundToTenth(y(row.value)), ...(day !== undefined && { day }) });
      });
    }
    points.sort((a, b) => a.x - b.x);

    const official = points.filter((p) => p.day !== undefined && p.row.official);
    officialBySide.set(side, official);
    const last = official.at(-1);
    const entry: TimelineSeries = { side, points };
    if (last) {
      const stepLine = line<{ x: number; y: number }>()
        .x((p) => p.x)
        .y((p) => p.y)
        .curve(curveStepAfter);
      const path = stepLine([...official, { x: plot.right, y: last.y }]);
      if (path) entry.stepPath = path;
    }
    series.push(entry);
  }

  // Labels go where they overlap nothing: first the later column's, then the counts, then the names.
  const allPoints = series.flatMap((s) => s.points);
  const taken: Rect[] = allPoints.map((p) => squareAround([p.x, p.y], MARK_RADIUS));
  const separatorX = later.left - SEPARATOR_OFFSET;
  // A count on the time axis stays on the days' side of the dotted line, which ran through «206».
  const frame: Rect = { x: plot.left, y: plot.top - 16, width: separatorX - 1 - plot.left, height: plot.bottom + 2 - (plot.top - 16) };
  const valueLabels: TimelineValueLabel[] = [];

  // Every report in the later column is labelled beside the column, moved apart where values are close.
  const laterPoints = allPoints.filter((p) => p.day === undefined);
  const laterYs = dodge(
    laterPoints.map((p) => p.y + 4),
    LABEL_LINE,
  );
  laterPoints.forEach((point, i) => {
    const at: TextPosition = { x: later.right + 3, y: roundToTenth(laterYs[i] ?? point.y), anchor: 'start' };
    taken.push(textBox(shortValueText(point.row, words), at, VALUE_FONT));
    valueLabels.push({ row: point.row, ...at });
  });

  // On the time axis, the count each day ended on where it changed (24 → 59 → 62, not every relay
  // of it), latest first: when space runs out, the earlier counts are the ones left to the table.
  for (const official of officialBySide.values()) {
    const changes = official.filter((point, i) => official[i + 1]?.day !== point.day);
    const labelled = changes.filter((point, i) => i === 0 || point.row.value !== changes[i - 1]?.row.value);
    for (const point of labelled.reverse()) {
      const text = shortValueText(point.row, words);
      const at = placeText(text, valueCandidates(point), VALUE_FONT, taken, frame);
      if (at) valueLabels.push({ row: point.row, ...at });
    }
  }

  for (const entry of series) {
    const text = words.casualties.side[entry.side];
    const place = placeText(text, nameCandidates(officialBySide.get(entry.side) ?? [], plot.right), NAME_FONT, taken, frame);
    if (place) entry.nameLabel = place;
  }

  const step = Math.max(1, Math.ceil(22 / (xDay(1) - xDay(0))));
  const days = Array.from({ length: window.days }, (_, day) => ({
    day,
    x: roundToTenth(xDay(day + 0.5)),
    date: new Date((firstDay + day) * DAY_MS),
  }));
  // The later column's label is wider than its column in some languages («Позже или»): a day's
  // number or a month's name that would run into it is left off, as a day between two others is
  // where days are close.
  const laterLabelLeft = later.center - Math.max(...words.casualties.laterOrUndated.map((text) => estimateTextWidth(text, AXIS_FONT))) / 2;
  const clearOfLater = (part: 'day' | 'month') => (tick: { x: number; date: Date }) =>
    tick.x + estimateTextWidth(formatAxisDate(tick.date, part, words.formatLocale), AXIS_FONT) / 2 + AXIS_GAP <= laterLabelLeft;
  const xTicks = days
    .filter(({ day }) => day % step === 0)
    .filter(clearOfLater('day'))
    .map(({ x, date }) => ({ x, date }));
  const months = days
    .filter(({ day, date }) => day === 0 || date.getUTCDate() === 1)
    .filter(clearOfLater('month'))
    .map(({ x, date }) => ({ x, date }));

  return {
    event,
    measure,
    width,
    height,
    headingY: HEADING_Y,
    plot,
    later,
    separatorX,
    window,
    xTicks,
    months,
    yTicks: y.ticks(4).map((value) => ({ value, y: roundToTenth(y(value)) })),
    series,
    valueLabels,
  };
}
