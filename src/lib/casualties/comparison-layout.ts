/**
 * Geometry of the comparison figure: for one measure (killed or wounded), a horizontal bar per
 * event and country at the latest official figure, and the other reports of the same count as
 * dots on a line, so that where sources disagree the spread shows. Numbers only, no markup; the
 * coordinates are in the SVG's viewBox units.
 */
import { max, min } from 'd3-array';
import { scaleLinear } from 'd3-scale';
import { CHARTED_MEASURES, COUNTRIES, type CasualtyRow, type ChartedMeasure, type Country } from '../../schemas/casualties';
import { CLASH_YEARS, type ClashYear } from '../../schemas/fields';
import { roundToTenth } from '../chart/round';
import { estimateTextWidth, wrapText } from '../chart/text-width';

/** The latest official figure for one event and country, and the other reports of that count. */
export interface ComparisonGroup {
  event: ClashYear;
  side: Country;
  latest: CasualtyRow;
  /** Rows marked `comparison: other`, smallest value first. */
  others: CasualtyRow[];
}

/** The rows the comparison draws for a measure, in drawing order (2021 then 2022; Kyrgyzstan first). */
export function comparisonGroups(rows: readonly CasualtyRow[], measure: ChartedMeasure): ComparisonGroup[] {
  const groups: ComparisonGroup[] = [];
  for (const event of CLASH_YEARS) {
    for (const side of COUNTRIES) {
      const same = rows.filter((r) => r.event === event && r.side === side && r.measure === measure);
      const latest = same.find((r) => r.comparison === 'latest');
      if (!latest) throw new Error(`No latest official ${measure} figure for ${side} in ${event} (comparison: latest).`);
      const others = same.filter((r) => r.comparison === 'other').sort((a, b) => a.value - b.value);
      groups.push({ event, side, latest, others });
    }
  }
  return groups;
}

interface ComparisonBar extends ComparisonGroup {
  /** Top edge, thickness and length of the bar; it runs from `plotLeft` to `barEnd`. */
  y: number;
  height: number;
  barWidth: number;
  barEnd: number;
  /** Vertical centre of the bar, where the side's name, the value and the spread line sit. */
  centerY: number;
  /** Where the value label starts: after the bar or the spread line, whichever ends later. */
  valueX: number;
  /** The line from the smallest to the largest reported value, when there are other reports. */
  spread?: { from: number; to: number };
  /** The other reports; `dy` moves a dot off the line, up or down, where it would cover another. */
  dots: Array<{ row: CasualtyRow; x: number; dy: number }>;
  /** Baseline of the first line of text under the bar that lists the other reports. */
  noteY?: number;
  /** That text, in lines that fit between the axis and the panel's right edge (none without other reports). */
  noteLines: string[];
}

export interface ComparisonLayout {
  measure: ChartedMeasure;
  width: number;
  height: number;
  plotLeft: number;
  plotRight: number;
  /** Baseline of the panel's heading ("Killed"). */
  headingY: number;
  /** The year headings, with their text baselines. */
  events: Array<{ event: ClashYear; y: number }>;
  bars: ComparisonBar[];
  /** Value axis. The panels have scales of their own (tens killed, hundreds wounded), so each shows its axis, compact too. */
  axis: { y: number; gridTop: number; ticks: Array<{ value: number; x: number }> };
}

/** The words the panels set, in the page's language: the layout makes room for them. */
export interface ComparisonText {
  /** The name beside a side's bars ("Kyrgyzstan"). */
  side: (side: Country) => string;
  /** The text under a bar that lists its other reports ("Other reports: 153–189"). */
  otherReports: (others: readonly CasualtyRow[]) => string;
}

export interface ComparisonOptions {
  text: ComparisonText;
  /** Tighter rows, for the overview page. */
  compact?: boolean;
  width?: number;
}

/** The radius the component draws a spread dot with. */
export const DOT_RADIUS = 4;
/** The width of a dot's outline (chart.css, `.chart__dot`): half of it lies outside the radius. */
export const DOT_STROKE = 1.5;
/** How far a dot's drawing reaches from its centre, outline included. */
const DOT_EXTENT = DOT_RADIUS + DOT_STROKE / 2;
/** Room for the sides' names left of the axis, at least; a longer name ("Таджикистан") gets more. */
const SIDE_LABEL_WIDTH = 80;
/** Between a side's name and the axis (the component sets the name's end there). */
export const SIDE_LABEL_GAP = 6;
/** The largest size the sides' names and the notes are set in, in viewBox units: print's (print.css). */
const SIDE_LABEL_SIZE = 12.5;
const NOTE_SIZE = 11.5;
/** From one line of a note to the next. */
export const NOTE_LINE_HEIGHT = 13;
const VALUE_LABEL_ROOM = 40;
const HEADING_HEIGHT = 24;
const HEADING_Y = 15;

/**
 * One panel per measure (killed, wounded). The panels share their rows: a line for other reports
 * under a bar in one panel is kept free in the other, so the years and sides line up side by side.
 */
export function layoutComparison(rows: readonly CasualtyRow[], options: ComparisonOptions): ComparisonLayout[] {
  const { text, compact = false, width = 280 } = options;
  const barHeight = compact ? 13 : 16;
  const eventHeading = compact ? 18 : 20;
  const rowGap = compact ? 5 : 7;
  const noteHeight = 15;
  const longestSide = Math.max(...COUNTRIES.map((side) => estimateTextWidth(text.side(side), SIDE_LABEL_SIZE)));
  const plotLeft = Math.max(SIDE_LABEL_WIDTH, Math.ceil(longestSide + SIDE_LABEL_GAP + 2));
  const plotRight = width - VALUE_LABEL_ROOM;

  const byMeasure = CHARTED_MEASURES.map((measure) => ({ measure, groups: comparisonGroups(rows, measure) }));
  const noteLinesOf = (group: ComparisonGroup) =>
    group.others.length > 0 ? wrapText(text.otherReports(group.others), NOTE_SIZE, width - plotLeft) : [];
  // A note takes as many lines in both panels as in the one where it is longest.
  const noteLineCount = (event: ClashYear, side: Country) =>
    Math.max(
      0,
      ...byMeasure.flatMap(({ groups }) => groups.filter((g) => g.event === event && g.side === side).map((g) => noteLinesOf(g).length)),
    );

  // Rows first, shared by the panels: where each year's heading and each bar goes.
  const events: ComparisonLayout['events'] = [];
  const slots: Array<{ event: ClashYear; side: Country; y: number; noteY?: number }> = [];
  let y = HEADING_HEIGHT;
  for (const event of CLASH_YEARS) {
    events.push({ event, y: y + 14 });
    y += eventHeading;
    for (const side of COUNTRIES) {
      const slot: (typeof slots)[number] = { event, side, y };
      y += barHeight;
      const noteLines = noteLineCount(event, side);
      if (noteLines > 0) {
        slot.noteY = y + 12;
        y += noteHeight + (noteLines - 1) * NOTE_LINE_HEIGHT;
      }
      slots.push(slot);
      y += rowGap;
    }
    y += rowGap;
  }
  const axisY = y;
  const height = Math.ceil(axisY + 16);

  return byMeasure.map(({ measure, groups }) => {
    const largest = max(groups.flatMap((g) => [g.latest.value, ...g.others.map((o) => o.value)])) ?? 0;
    const scale = scaleLinear().domain([0, largest]).nice().range([plotLeft, plotRight]);
    const x = (value: number) => roundToTenth(scale(value));
    const bars = groups.map((group): ComparisonBar => {
      const slot = slots.find((s) => s.event === group.event && s.side === group.side)!;
      const values = [group.latest.value, ...group.others.map((o) => o.value)];
      const barEnd = x(group.latest.value);
      const spread = group.others.length > 0 ? { from: x(min(values) ?? 0), to: x(max(values) ?? 0) } : undefined;
      return {
        ...group,
        y: slot.y,
        height: barHeight,
        barWidth: roundToTenth(barEnd - plotLeft),
        barEnd,
        centerY: slot.y + barHeight / 2,
        valueX: Math.max(barEnd, spread?.to ?? barEnd) + 6,
        // Kept apart by their drawn size, outlines included: by the radius alone, two outlines
        // crossed (63 and 63 killed, 2022), and on a phone the dots read as one blot.
        dots: dodgeDots(
          group.others.map((row) => ({ row, x: x(row.value) })),
          DOT_EXTENT,
          DOT_EXTENT * 2 + 1,
        ),
        ...(spread && { spread }),
        ...(group.others.length > 0 && slot.noteY !== undefined && { noteY: slot.noteY }),
        noteLines: noteLinesOf(group),
      };
    });
    const axis = { y: axisY, gridTop: HEADING_HEIGHT + eventHeading - 4, ticks: scale.ticks(4).map((value) => ({ value, x: x(value) })) };
    return { measure, width, height, plotLeft, plotRight, headingY: HEADING_Y, events, bars, axis };
  });
}

/**
 * Moves dots off their line where two would touch: each dot, left to right, takes the first
 * offset (0, up, down, further up, further down…) at which it keeps a diameter and a pixel from
 * every dot already placed. `step` is how far one offset moves it.
 */
export function dodgeDots<T extends { x: number }>(dots: readonly T[], radius: number, step: number): Array<T & { dy: number }> {
  const placed: Array<T & { dy: number }> = [];
  const clearance = radius * 2 + 1;
  for (const dot of [...dots].sort((a, b) => a.x - b.x)) {
    for (let k = 0; ; k += 1) {
      const dy = roundToTenth((k % 2 === 1 ? -1 : 1) * Math.ceil(k / 2) * step);
      if (placed.every((other) => Math.hypot(other.x - dot.x, other.dy - dy) >= clearance)) {
        placed.push({ ...dot, dy });
        break;
      }
    }
  }
  return placed;
}
