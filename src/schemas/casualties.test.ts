import { describe, expect, it } from 'vitest';
import { issues } from './test-issues';
import { casualtyRowProblems, casualtyRowSchema, casualtyTextSchema } from './casualties';

const valid = {
  id: '2022-kg-0924-health-ministry-killed',
  event: 2022,
  side: 'kyrgyzstan',
  measure: 'killed',
  value: 62,
  asOf: '2022-09-24',
  official: true,
  comparison: 'latest',
  sources: ['urdupoint-2022-09-24'],
};

function problems(input: Record<string, unknown>): string[] {
  const result = casualtyRowSchema.safeParse({ ...valid, ...input });
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

describe('casualtyRowSchema', () => {
  it('accepts a complete row and counts everyone unless told otherwise', () => {
    const row = casualtyRowSchema.parse(valid);
    expect(row.counts).toBe('all');
    expect(row.value).toBe(62);
  });

  it('rejects a row without a source, naming the field', () => {
    expect(problems({ sources: [] })).toEqual(['sources: give at least one source id']);
    const { sources: _dropped, ...withoutSources } = valid;
    expect(casualtyRowSchema.safeParse(withoutSources).success).toBe(false);
  });

  it('rejects a day the calendar does not have', () => {
    expect(problems({ asOf: '2022-09-31' })).toEqual(['asOf: "2022-09-31" is not a day of the calendar']);
    expect(problems({ asOf: '2022-02-29' })).toHaveLength(1);
    expect(problems({ asOf: '2022-13' })).toEqual(['asOf: "2022-13" has no month 13']);
    expect(problems({ asOf: '24 September 2022' })[0]).toMatch(/not a date/);
  });

  it('rejects a date before the fighting it counts, or in the future', () => {
    expect(problems({ asOf: '2021-05-08' })).toEqual(['asOf: 2021-05-08 is before the 2022 fighting began (2022-09-14)']);
    expect(problems({ asOf: '2999-01-01' })).toEqual(['asOf: 2999-01-01 is in the future']);
  });

  it('accepts a month or a year when the day is not known', () => {
    expect(problems({ asOf: '2022-09', comparison: undefined })).toEqual([]);
  });

  it('needs a date, or words saying why there is none', () => {
    const words = { reportedBy: 'Kyrgyz Health Ministry, via Sputnik' };
    const undated = { ...casualtyRowSchema.parse({ ...valid, asOf: undefined }), ...words };
    expect(casualtyRowProblems(undated)).toEqual([
      'asOf: give the date of the figure, or asOfLabel in the text layer when no date is known',
    ]);
    expect(casualtyRowProblems({ ...undated, asOfLabel: 'later recap; date not shown' })).toEqual([]);
    expect(casualtyRowProblems({ ...casualtyRowSchema.parse(valid), ...words })).toEqual([]);
  });

  it('keeps the words out of the facts, and the facts out of the words', () => {
    expect(problems({ reportedBy: 'DW' })).toEqual([
      ': not a field of content/data/casualties.yaml: "reportedBy"; words go in content/data/text/<locale>/casualties.yaml',
    ]);
    expect(issues(casualtyTextSchema.safeParse({ reportedBy: 'DW', value: 31 }))).toEqual([
      ': not a field of a text entry: "value"; facts go in content/data/casualties.yaml',
    ]);
  });

  it('asks the words who gave the figure', () => {
    expect(issues(casualtyTextSchema.safeParse({ note: 'Injured.' }))).toEqual(['reportedBy: who gave the figure']);
    expect(casualtyTextSchema.safeParse({ reportedBy: 'DW', asOfLabel: '3–4 May 2021' }).success).toBe(true);
  });

  it('takes a time of day only with a full date', () => {
    expect(problems({ time: 'evening' })).toEqual([]);
    expect(problems({ time: '25:00' })).toHaveLength(1);
    expect(problems({ asOf: '2022-09', time: '10:00', comparison: undefined })).toEqual(['time: only with a full asOf date (YYYY-MM-DD)']);
  });

  it('keeps the comparison bar for an official count of everyone on one side', () => {
    expect(problems({ official: false })).toEqual([
      'comparison: latest is for an official count of everyone killed or wounded on one side',
    ]);
    expect(problems({ counts: 'civilians' })).toHaveLength(1);
    expect(problems({ side: 'both', comparison: 'other' })).toEqual(['comparison: only killed or wounded on one side are compared']);
  });

  it('rejects values that are not whole, non-negative numbers', () => {
    expect(problems({ value: 2.5 })).toEqual(['value: a whole number']);
    expect(problems({ value: -1 })).toEqual(['value: not negative']);
    expect(problems({ value: '62' })).toEqual(['value: a number']);
  });
});
