/**
 * Geometry of the border-length dot plot: one dot per published length on a kilometre axis,
 * dots of equal or near-equal lengths stacked so that none covers another, and call-outs for the
 * usual pre-2025 figure and the one in force at the 2025 treaty. Numbers only, in viewBox units.
 */
import { extent } from 'd3-array';
import { scaleLinear } from 'd3-scale';
import type { BorderLength } from '../../schemas/border-lengths';
import { roundToTenth } from '../chart/round';
import { estimateTextWidth } from '../chart/text-width';

interface LengthDot {
  claim: BorderLength;
  x: number;
  y: number;
}

interface LengthCallout {
  emphasis: 'common' | 'treaty';
  /** Where the label's last line ends (its baseline) and its text anchor. */
  x: number;
  y: number;
  anchor: 'start' | 'end';
  km: number;
}

export interface LengthPlot {
  width: number;
  height: number;
  radius: number;
  /** The axis line's y and its ticks. */
  axisY: number;
  ticks: Array<{ x: number; km: number }>;
  plotLeft: number;
  plotRight: number;
  dots: LengthDot[];
  callouts: LengthCallout[];
  /** The key to the marks under the axis label: a dot and its words' start, per line. */
  legend: LegendItem[];
}

interface LegendItem {
  filled: boolean;
  /** The dot's centre. */
  cx: number;
  cy: number;
  /** Where its words start (baseline). */
  textX: number;
  textY: number;
}

export interface LengthPlotOptions {
  width?: number;
  radius?: number;
  /** Room above the tallest stack for the call-outs. */
  calloutRoom?: number;
  /** The treaty call-out's lines: the dots under their estimated width stay below the call-out. */
  treatyCallout?: readonly string[];
  /** The usual figure's call-out lines, set left of its dots: the layout fails when one is wider than the room there. */
  commonCallout?: readonly string[];
  /** The legend's words for a filled (called-out) and a hollow dot: on one line if they fit. */
  legend?: { filled: string; hollow: string };
}

/** The legend's font size (key-figures.css, `.chart__legend`). */
const LEGEND_FONT_SIZE = 12;

/** The call-outs' font size (explain-first.css, `.chart__callout`). */
const CALLOUT_FONT_SIZE = 12;
/** The call-outs are semibold. */
const calloutWidth = (lines: readonly string[]) =>
  Math.max(0, ...lines.map((line) => estimateTextWidth(line, CALLOUT_FONT_SIZE, 0, 'semibold')));

/**
 * Places the dots: sorted by length, each goes to the lowest row where it keeps at least a dot's
 * diameter plus a gap from every dot already in that row.
 */
export function layoutBorderLengths(claims: readonly BorderLength[], options: LengthPlotOptions = {}): LengthPlot {
  const { width = 340, radius = 6, calloutRoom = 34, treatyCallout = [], commonCallout = [], legend: legendWords } = options;
  const labelWidth = calloutWidth(treatyCallout);
  if (claims.length === 0) throw new Error('No border lengths to draw.');
  const [low, high] = extent(claims, (c) => c.km) as [number, number];
  const plotLeft = 16;
  const plotRight = width - 20;
  const x = scaleLinear()
    .domain([Math.floor(low / 10) * 10 - 10, Math.ceil(high / 10) * 10 + 10])
    .range([plotLeft, plotRight])
    .nice();
  const step = radius * 2 + 2;
  const rows: number[][] = [];
  const placed = [...claims]
    .map((claim, order) => ({ claim, order, cx: x(claim.km) }))
    .sort((a, b) => a.cx - b.cx || a.order - b.order)
    .map(({ claim, cx }) => {
      let row = rows.findIndex((xs) => xs.every((other) => Math.abs(other - cx) >= step));
      if (row < 0) row = rows.push([]) - 1;
      rows[row]!.push(cx);
      return { claim, cx, row };
    });
  const stackHeight = rows.length * step;
  const top = calloutRoom;
  const axisY = Math.round(top + stackHeight + 6);
  const dots = placed.map(({ claim, cx, row }) => ({ claim, x: roundToTenth(cx), y: roundToTenth(axisY - 6 - radius - row * step) }));
  // Call-outs: the usual figure's to the left of its column, the treaty's above its dots and
  // clear of any dot under the text's estimated width.
  const callouts = (['common', 'treaty'] as const).flatMap((emphasis): LengthCallout[] => {
    const marked = dots.filter((d) => d.claim.emphasis === emphasis);
    if (marked.length === 0) return [];
    const cx = marked[0]!.x;
    const highest = Math.min(...marked.map((d) => d.y));
    if (emphasis === 'common') {
      const end = roundToTenth(cx - radius - 6);
      if (calloutWidth(commonCallout) > end)
        throw new Error(
          `The border-length call-out "${commonCallout.join(' / ')}" is wider than the ${end} units left of its dots: break it into shorter lines (borderLengths.callout.common in the dictionary).`,
        );
      return [{ emphasis, x: end, y: roundToTenth(highest + radius), anchor: 'end' as const, km: marked[0]!.claim.km }];
    }
    // Centred over its dot where the frame allows, ending at its right edge at the latest: a label
    // ending at the dot's own edge reached left over the tall stacks of the usual figure and was
    // raised above them, far from its dot.
    const right = Math.max(cx + radius, Math.min(width - 2, cx + labelWidth / 2));
    const left = right - labelWidth;
    const under = dots.filter((d) => d.x + radius >= left && d.x - radius <= right);
    return [
      {
        emphasis,
        x: roundToTenth(right),
        y: roundToTenth(Math.min(...under.map((d) => d.y)) - radius - 6),
        anchor: 'end' as const,
        km: marked[0]!.claim.km,
      },
    ];
  });
  const legend: LegendItem[] = [];
  let height = axisY + 40;
  if (legendWords) {
    const items = [
      { filled: true, text: legendWords.filled },
      { filled: false, text: legendWords.hollow },
    ];
    const itemWidth = (text: string) => radius * 2 + 6 + estimateTextWidth(text, LEGEND_FONT_SIZE);
    const gap = 16;
    const oneLine = items.reduce((sum, item) => sum + itemWidth(item.text), gap) <= plotRight - plotLeft;
    let x0 = plotLeft;
    let y = axisY + 56;
    for (const item of items) {
      if (!oneLine && item !== items[0]) {
        x0 = plotLeft;
        y += 18;
      }
      legend.push({ filled: item.filled, cx: roundToTenth(x0 + radius), cy: y - 4, textX: roundToTenth(x0 + radius * 2 + 6), textY: y });
      x0 += itemWidth(item.text) + gap;
    }
    height = y + 10;
  }
  return {
    width,
    height,
    radius,
    axisY,
    ticks: x.ticks(6).map((km) => ({ x: roundToTenth(x(km)), km })),
    plotLeft,
    plotRight,
    dots,
    callouts,
    legend,
  };
}
