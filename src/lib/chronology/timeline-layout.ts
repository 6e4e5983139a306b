/**
 * Geometry of the timeline figure on /samarkand-ceasefire/: time runs down a vertical axis, each
 * event is a mark at its date, and its label (date above, words below) sits to the right, pushed
 * apart from its neighbours when events crowd together and joined to its mark by a leader line.
 * Vertical so that it reads on a phone at its drawn size. Numbers and path strings only;
 * coordinates are viewBox units.
 */
import { scaleUtc } from 'd3-scale';
import { byDate, middleOf, precisionOf } from './dates';
import { roundToTenth } from '../chart/round';
import { estimateTextWidth } from '../chart/text-width';

export const TIMELINE_WIDTH = 360;
/** Where the axis runs; year labels sit to its left. */
const AXIS_X = 50;
/** Where labels start. */
export const LABEL_X = 78;
/** Vertical room for one label: a date line and a text line. */
export const ROW_HEIGHT = 34;
/** Font size of the label's text line. */
const LABEL_FONT_SIZE = 12;
const TOP = 16;
const BOTTOM_PAD = 16;
/** Vertical space per event on the time scale: room to spare, so most labels sit by their marks. */
const SPACE_PER_EVENT = ROW_HEIGHT * 1.25;
const DAY_MS = 86_400_000;

export interface TimelineInput {
  id: string;
  date: string;
  /** The short label shown beside the mark. */
  label: string;
}

interface TimelineMark<T extends TimelineInput> {
  event: T;
  /** The mark, on the axis at the event's date (the middle of its month when no day is known). */
  x: number;
  y: number;
  /** False when only the month or year is known: the mark is drawn hollow. */
  exactDay: boolean;
  /** The label's box: top and bottom of its row. */
  top: number;
  bottom: number;
  /** Baselines of the date line and the text line. */
  dateY: number;
  labelY: number;
  /** From the mark to the label's middle. */
  leader: string;
  /** Estimated right edge of the label text. */
  labelRight: number;
}

export interface TimelineLayout<T extends TimelineInput> {
  width: number;
  height: number;
  axis: { x: number; top: number; bottom: number };
  /** 1 January of each year inside the axis, for a tick and a label. */
  years: Array<{ year: number; y: number }>;
  marks: Array<TimelineMark<T>>;
}

/**
 * Puts rows of equal height as near as possible to where they want to be (`desired`, their
 * middles, in order) without overlapping and not above `top`: overlapping rows form a block
 * centred on their mean, and blocks merge until none overlap. Returns each row's top.
 */
export function dodgeRows(desired: readonly number[], height: number, top: number): number[] {
  type Block = { first: number; count: number; sum: number; top: number };
  const blocks: Block[] = [];
  desired.forEach((y, i) => {
    let block: Block = { first: i, count: 1, sum: y, top: Math.max(top, y - height / 2) };
    for (let previous = blocks.at(-1); previous && previous.top + previous.count * height > block.top; previous = blocks.at(-1)) {
      blocks.pop();
      const count = previous.count + block.count;
      const sum = previous.sum + block.sum;
      block = { first: previous.first, count, sum, top: Math.max(top, sum / count - (count * height) / 2) };
    }
    blocks.push(block);
  });
  return blocks.flatMap((b) => Array.from({ length: b.count }, (_, k) => b.top + k * height));
}

/** Lays out the events (any order) on a vertical time axis. */
export function layoutTimeline<T extends TimelineInput>(events: readonly T[]): TimelineLayout<T> {
  if (events.length === 0) throw new Error('the timeline needs at least one event');
  const sorted = byDate(events);
  const times = sorted.map((e) => middleOf(e.date));
  const first = times[0]!.getTime();
  const last = times.at(-1)!.getTime();
  const margin = Math.max(10 * DAY_MS, (last - first) * 0.01);
  const axisTop = TOP + ROW_HEIGHT / 2;
  const axisBottom = axisTop + Math.max(ROW_HEIGHT, (sorted.length - 1) * SPACE_PER_EVENT);
  const y = scaleUtc()
    .domain([new Date(first - margin), new Date(last + margin)])
    .range([axisTop, axisBottom]);

  const markYs = times.map((time) => roundToTenth(y(time)));
  const tops = dodgeRows(markYs, ROW_HEIGHT, TOP);
  const marks = sorted.map((event, i): TimelineMark<T> => {
    const rowTop = roundToTenth(tops[i]!);
    const middle = rowTop + ROW_HEIGHT / 2;
    const markY = markYs[i]!;
    return {
      event,
      x: AXIS_X,
      y: markY,
      exactDay: precisionOf(event.date) === 'day',
      top: rowTop,
      bottom: rowTop + ROW_HEIGHT,
      dateY: roundToTenth(middle - 3),
      labelY: roundToTenth(middle + 11),
      leader: `M${AXIS_X + 7},${markY}H${AXIS_X + 12}L${LABEL_X - 12},${roundToTenth(middle)}H${LABEL_X - 4}`,
      labelRight: roundToTenth(LABEL_X + estimateTextWidth(event.label, LABEL_FONT_SIZE)),
    };
  });
  const [startYear, endYear] = [new Date(first - margin).getUTCFullYear() + 1, new Date(last + margin).getUTCFullYear()];
  const years = Array.from({ length: Math.max(0, endYear - startYear + 1) }, (_, k) => startYear + k).map((year) => ({
    year,
    y: roundToTenth(y(new Date(Date.UTC(year, 0, 1)))),
  }));
  const height = Math.ceil(Math.max(axisBottom + ROW_HEIGHT / 2, marks.at(-1)!.bottom) + BOTTOM_PAD);
  return { width: TIMELINE_WIDTH, height, axis: { x: AXIS_X, top: TOP, bottom: height - BOTTOM_PAD }, years, marks };
}
