import { describe, expect, it } from 'vitest';
import { correctionRowProblems, correctionSchema, correctionTextSchema } from './corrections';
import { issues } from './test-issues';

describe('correctionSchema', () => {
  const row = {
    id: 'm2-ovchi-kalacha-chronology',
    date: '2026-12-06',
    section: '/chronology/#event-ovchi-kalacha-2022',
    check: '2026-12-05',
    finding: 'M2',
    sources: ['rfe-rl-2022-09-17'],
  };

  it('reads a correction of a section, a chronology row, and a new page', () => {
    expect(correctionSchema.parse(row).kind).toBe('correction');
    expect(correctionSchema.safeParse({ ...row, section: '/clashes-2022/#brief-2022' }).success).toBe(true);
    expect(correctionSchema.safeParse({ ...row, kind: 'addition', section: '/chronology/' }).success).toBe(true);
  });
  it('wants the day the change landed, not a month', () => {
    expect(issues(correctionSchema.safeParse({ ...row, date: '2026-12' }))).toEqual(['date: a full date: YYYY-MM-DD']);
    expect(issues(correctionSchema.safeParse({ ...row, date: '2026-11-31' }))).toEqual(['date: "2026-11-31" is not a day of the calendar']);
  });
  it('wants a source, a section written as a site path, and the check a finding came from', () => {
    expect(issues(correctionSchema.safeParse({ ...row, sources: [] }))).toEqual(['sources: name the source the corrected page rests on']);
    expect(correctionSchema.safeParse({ ...row, kind: 'addition', section: '/chronology/', sources: undefined }).success).toBe(true);
    expect(issues(correctionSchema.safeParse({ ...row, section: 'clashes-2022#brief' }))[0]).toMatch(/^section: a path and heading id/);
    const { check: _check, ...withoutCheck } = row;
    expect(issues(correctionSchema.safeParse(withoutCheck))).toEqual(['check: give the date of the check that found it']);
  });
  it('takes a finding as the check labels it, without words one edition would show the other', () => {
    expect(correctionSchema.safeParse({ ...row, finding: '16' }).success).toBe(true);
    expect(issues(correctionSchema.safeParse({ ...row, finding: 'item 16' }))[0]).toMatch(/^finding: the finding as the check labels it/);
  });
  it('keeps the words out of the facts', () => {
    expect(issues(correctionSchema.safeParse({ ...row, says: 'The strike came after the ceasefire.' }))[0]).toMatch(
      /^: not a field of content\/data\/corrections\.yaml: "says"; words go in content\/data\/text\/<locale>\/corrections\.yaml/,
    );
  });
});

describe('correction words', () => {
  const facts = { id: 'x', date: '2026-12-06', section: '/border/#vorukh', sources: ['kabar'] };

  it('wants what the page said for a correction, and nothing it said for an addition', () => {
    const words = correctionTextSchema.parse({ says: 'two Tajik villagers were killed' });
    expect(correctionRowProblems({ ...facts, kind: 'correction', ...words })).toEqual([
      'said: say what the page said before the correction',
    ]);
    expect(correctionRowProblems({ ...facts, kind: 'addition', ...words })).toEqual([]);
    expect(correctionRowProblems({ ...facts, kind: 'addition', said: 'one Tajik man was killed', ...words })).toEqual([
      'said: an addition replaced nothing; say what was added in `says`',
    ]);
    expect(correctionRowProblems({ ...facts, kind: 'correction', said: 'one Tajik man was killed', ...words })).toEqual([]);
  });
});
