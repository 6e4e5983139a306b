/**
 * The words and numbers a reader sees for one reported figure, in the page's language: every
 * function takes the page's words (`CasualtyWords`, which the site's dictionaries satisfy).
 */
import { formatNumber, formatPartialDate, hedgedNumber } from '../site/format';
import type { CasualtyRow, MEASURES, Qualifier, SIDES } from '../../schemas/casualties';
import type { ClashYear } from '../../schemas/fields';
import { sourcesText, type SourceRef } from '../chart/source-refs';
import type { SourceNameWords } from '../site/source-name';

export { sourceRefs } from '../chart/source-refs';

const TIMES_OF_DAY = ['morning', 'afternoon', 'evening', 'night'] as const;
type TimeOfDay = (typeof TIMES_OF_DAY)[number];
type Side = (typeof SIDES)[number];
type Measure = (typeof MEASURES)[number];

/** What a count phrase needs of a figure: the number, what it counts and whom, and how its source hedged it. */
export type CountedFigure = Pick<CasualtyRow, 'value' | 'measure' | 'qualifier' | 'counts'>;

/** The words a casualty figure is written with. */
export interface CasualtyWords {
  /** The BCP 47 tag numbers and dates are formatted with. */
  formatLocale: string;
  casualties: {
    side: Readonly<Record<Side, string>>;
    measure: Readonly<Record<Measure, string>>;
    qualifier: Readonly<Record<Qualifier, string>>;
    qualifierSign: Readonly<Record<Qualifier, string>>;
    timeOfDay: Readonly<Record<TimeOfDay, string>>;
    /** The figure as a count, in the form its number asks for: "62 killed", «до 51 погибшего мирного жителя». */
    count(figure: CountedFigure): string;
    /** A count of civilians alone: "more than 50 civilians". */
    civilianCount(figure: Pick<CountedFigure, 'value' | 'qualifier'>): string;
    markLabel(side: string, event: ClashYear, count: string, reportedBy: string, when: string, official: boolean): string;
    /** The lines under the later-or-undated column: ["Later or", "undated"]. */
    laterOrUndated: readonly string[];
  };
}

/** What a mark's sources are written with: "Source 23: Sputnik, via UrduPoint". */
export interface SourceRefWords extends SourceNameWords {
  sourceLabel: string;
}

/** The number as the source hedged it: "more than 50", "an estimated 51", "137,000". */
export function valueText(row: CasualtyRow, words: CasualtyWords): string {
  const number = formatNumber(row.value, words.formatLocale);
  return hedgedNumber(row.qualifier && words.casualties.qualifier[row.qualifier], number);
}

/** The number for a label inside a chart, where words do not fit: ">50", "≈200", "62". */
export function shortValueText(row: CasualtyRow, words: CasualtyWords): string {
  const number = formatNumber(row.value, words.formatLocale);
  return row.qualifier ? `${words.casualties.qualifierSign[row.qualifier]}${number}` : number;
}

/** "62 killed", "more than 50 civilians killed". */
export function countText(row: CasualtyRow, words: CasualtyWords): string {
  return words.casualties.count(row);
}

/** When the figure was given: "24 September 2022", "16 September 2022, evening", or the source's own wording. */
export function whenText(row: CasualtyRow, words: CasualtyWords): string {
  if (row.asOfLabel) return row.asOfLabel;
  if (!row.asOf) return '';
  const date = formatPartialDate(row.asOf, words.formatLocale);
  if (!row.time) return date;
  const time = isTimeOfDay(row.time) ? words.casualties.timeOfDay[row.time] : row.time;
  return `${date}, ${time}`;
}

/** What a screen reader reads for a mark: "Kyrgyzstan, 2022: 62 killed, Kyrgyz Health Ministry, via Sputnik, 24 September 2022". */
export function markLabel(row: CasualtyRow, words: CasualtyWords): string {
  return words.casualties.markLabel(
    words.casualties.side[row.side],
    row.event,
    countText(row, words),
    row.reportedBy,
    whenText(row, words),
    row.official,
  );
}

function isTimeOfDay(time: string): time is TimeOfDay {
  return (TIMES_OF_DAY as readonly string[]).includes(time);
}

/** Every source the rows cite, once each, as Figure's `sources` attribute wants them. */
export function sourceList(rows: readonly CasualtyRow[]): string {
  return [...new Set(rows.flatMap((row) => row.sources))].join(' ');
}

/** The whole of what a mark says, for its accessible name and its pop-up note: the figure, then where it comes from. */
export function markDescription(
  row: CasualtyRow,
  refs: ReadonlyArray<Pick<SourceRef, 'number' | 'name'>>,
  words: CasualtyWords & SourceRefWords,
): string {
  return `${markLabel(row, words)}. ${sourcesText(refs, words.sourceLabel)}`;
}

/**
 * The other reports beside a comparison bar, as a short line: "63", "88",
 * "more than 50 civilians", or a range "153–189" when there are more than two.
 */
export function otherReportsText(others: readonly CasualtyRow[], words: CasualtyWords): string {
  if (others.length > 2) {
    const values = others.map((o) => o.value);
    return `${formatNumber(Math.min(...values), words.formatLocale)}–${formatNumber(Math.max(...values), words.formatLocale)}`;
  }
  return others.map((o) => (o.counts === 'civilians' ? words.casualties.civilianCount(o) : valueText(o, words))).join(', ');
}
