/** Rows for the unit tests, made through the real schema so defaults and checks apply. */
import { casualtyRowSchema, type CasualtyRow, type CasualtyRowInput } from '../../schemas/casualties';
import { CLASH_YEARS } from '../../schemas/fields';

export function row(input: Partial<CasualtyRowInput> & Pick<CasualtyRowInput, 'id'>): CasualtyRow {
  return casualtyRowSchema.parse({
    event: 2022,
    side: 'kyrgyzstan',
    measure: 'killed',
    value: 1,
    asOf: '2022-09-16',
    reportedBy: 'Test reporter',
    official: true,
    sources: ['test-source'],
    ...input,
  });
}

/** The smallest data set the comparison accepts: a latest official figure for every bar. */
export function latestForEveryBar(value = 10): CasualtyRow[] {
  const rows: CasualtyRow[] = [];
  for (const event of CLASH_YEARS) {
    for (const side of ['kyrgyzstan', 'tajikistan'] as const) {
      for (const measure of ['killed', 'wounded'] as const) {
        rows.push(row({ id: `${event}-${side}-${measure}-latest`, event, side, measure, value, asOf: event === 2021 ? '2021-05-08' : '2022-09-24', comparison: 'latest' }));
      }
    }
  }
  return rows;
}
