/**
 * What the row schema cannot check alone: that every source id is in content/sources.yaml, and
 * that the comparison figure has exactly one latest official figure for each bar it draws.
 */
import { CHARTED_MEASURES, COUNTRIES, type CasualtyRow } from '../../schemas/casualties';
import { CLASH_YEARS } from '../../schemas/fields';

export const DATA_FILE = 'content/data/casualties.yaml';

/** Every problem with the rows as a whole, one line each, naming the row; empty when all is well. */
export function casualtyDataProblems(rows: readonly CasualtyRow[], sourceIds: ReadonlySet<string>): string[] {
  const problems: string[] = [];
  for (const row of rows) {
    for (const id of row.sources) {
      if (!sourceIds.has(id)) problems.push(`row "${row.id}": source "${id}" is not in content/sources.yaml`);
    }
  }
  for (const event of CLASH_YEARS) {
    for (const side of COUNTRIES) {
      for (const measure of CHARTED_MEASURES) {
        const latest = rows.filter((r) => r.event === event && r.side === side && r.measure === measure && r.comparison === 'latest');
        if (latest.length === 0) {
          problems.push(`no row has comparison: latest for ${side}, ${measure}, ${event}; the comparison figure needs one`);
        } else if (latest.length > 1) {
          problems.push(
            `rows ${latest.map((r) => `"${r.id}"`).join(' and ')} all have comparison: latest for ${side}, ${measure}, ${event}; keep one`,
          );
        }
      }
    }
  }
  return problems;
}
