/** Rows for the unit tests, made through the real schemas so defaults and checks apply. */
import { casualtyRowSchema, casualtyTextSchema, type CasualtyRow, type CasualtyRowInput } from '../../schemas/casualties';
import { CLASH_YEARS } from '../../schemas/fields';

const WORD_FIELDS = new Set(Object.keys(casualtyTextSchema.shape));

export function row(input: Partial<CasualtyRowInput> & Pick<CasualtyRowInput, 'id'>): CasualtyRow {
  const fields = Object.entries({
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
  return {
    ...casualtyRowSchema.parse(Object.fromEntries(fields.filter(([field]) => !WORD_FIELDS.has(field)))),
    ...casualtyTextSchema.parse(Object.fromEntries(fields.filter(([field]) => WORD_FIELDS.has(field)))),
  };
}

/** The smallest data set the comparison accepts: a latest official figure for every bar. */
export function latestForEveryBar(value = 10): CasualtyRow[] {
  const rows: CasualtyRow[] = [];
  for (const event of CLASH_YEARS) {
    for (const side of ['kyrgyzstan', 'tajikistan'] as const) {
      for (const measure of ['killed', 'wounded'] as const) {
        rows.push(
          row({
            id: `${event}-${side}-${measure}-latest`,
            event,
            side,
            measure,
            value,
            asOf: event === 2021 ? '2021-05-08' : '2022-09-24',
            comparison: 'latest',
          }),
        );
      }
    }
  }
  return rows;
}
