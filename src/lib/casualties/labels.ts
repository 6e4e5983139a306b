/** The words and numbers a reader sees for one reported figure, in the page's language. */
import { formatNumber, formatPartialDate } from '../site/format';
import { t } from '../site/ui-strings';
import type { CasualtyRow } from '../../schemas/casualties';
import { sourcesText, type SourceRef } from '../chart/source-refs';

export { sourceRefs } from '../chart/source-refs';

const words = t.casualties;

/** The number as the source hedged it: "more than 50", "an estimated 51", "137,000". */
export function valueText(row: CasualtyRow, locale: string = t.locale): string {
  const number = formatNumber(row.value, locale);
  return row.qualifier ? `${words.qualifier[row.qualifier]} ${number}` : number;
}

/** The number for a label inside a chart, where words do not fit: ">50", "≈200", "62". */
export function shortValueText(row: CasualtyRow, locale: string = t.locale): string {
  const number = formatNumber(row.value, locale);
  return row.qualifier ? `${words.qualifierSign[row.qualifier]}${number}` : number;
}

/** "62 killed", "more than 50 civilians killed". */
export function countText(row: CasualtyRow, locale: string = t.locale): string {
  return words.count(valueText(row, locale), words.measure[row.measure], row.counts === 'civilians' ? words.civilians : undefined);
}

/** When the figure was given: "24 September 2022", "16 September 2022, evening", or the source's own wording. */
export function whenText(row: CasualtyRow, locale: string = t.locale): string {
  if (row.asOfLabel) return row.asOfLabel;
  if (!row.asOf) return '';
  const date = formatPartialDate(row.asOf, locale);
  if (!row.time) return date;
  const time = row.time in words.timeOfDay ? words.timeOfDay[row.time as keyof typeof words.timeOfDay] : row.time;
  return `${date}, ${time}`;
}

/** What a screen reader reads for a mark: "Kyrgyzstan, 2022: 62 killed, Kyrgyz Health Ministry, via Sputnik, 24 September 2022". */
export function markLabel(row: CasualtyRow, locale: string = t.locale): string {
  return words.markLabel(words.side[row.side], row.event, countText(row, locale), row.reportedBy, whenText(row, locale), row.official);
}

/** Every source the rows cite, once each, as Figure's `sources` attribute wants them. */
export function sourceList(rows: readonly CasualtyRow[]): string {
  return [...new Set(rows.flatMap((row) => row.sources))].join(' ');
}

/** The whole of what a mark says, for its accessible name and its pop-up note: the figure, then where it comes from. */
export function markDescription(row: CasualtyRow, refs: ReadonlyArray<Pick<SourceRef, 'number' | 'name'>>, locale: string = t.locale): string {
  return `${markLabel(row, locale)}. ${sourcesText(refs, t.sourceLabel)}`;
}

/**
 * The other reports beside a comparison bar, as a short line: "63", "88",
 * "more than 50 civilians", or a range "153–189" when there are more than two.
 */
export function otherReportsText(others: readonly CasualtyRow[], locale: string = t.locale): string {
  if (others.length > 2) {
    const values = others.map((o) => o.value);
    return `${formatNumber(Math.min(...values), locale)}–${formatNumber(Math.max(...values), locale)}`;
  }
  return others.map((o) => `${valueText(o, locale)}${o.counts === 'civilians' ? ` ${words.civilians}` : ''}`).join(', ');
}
