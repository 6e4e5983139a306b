import { describe, expect, it } from 'vitest';
import { chapterSchema } from './chapters';
import { issues } from './test-issues';

const chapter = {
  title: 'The border',
  navTitle: 'The border',
  description: 'How long the border is, where it was contested and why, from Soviet maps to water.',
  order: 1,
  updated: '2026-11-27',
};

describe('chapterSchema', () => {
  it('accepts a complete chapter and reads its date', () => {
    const parsed = chapterSchema.parse(chapter);
    expect(parsed.updated).toEqual(new Date('2026-11-27'));
  });
  it('rejects a missing title and names the field', () => {
    const { title: _title, ...rest } = chapter;
    expect(issues(chapterSchema.safeParse(rest))).toEqual([expect.stringMatching(/^title:/)]);
  });
  it('rejects a title that is a number', () => {
    expect(issues(chapterSchema.safeParse({ ...chapter, title: 1921 }))).toEqual([expect.stringMatching(/^title:/)]);
  });
  it('rejects a day the calendar does not have, and a date that is not a day', () => {
    expect(issues(chapterSchema.safeParse({ ...chapter, updated: '2026-02-30' }))).toEqual([
      'updated: "2026-02-30" is not a day of the calendar',
    ]);
    expect(issues(chapterSchema.safeParse({ ...chapter, updated: '2026-11' }))).toEqual([
      'updated: "2026-11" is not a full date; write YYYY-MM-DD',
    ]);
  });
  it('takes the date as written, not a Date that YAML may have rolled over (30 February read as 2 March)', () => {
    expect(issues(chapterSchema.safeParse({ ...chapter, updated: new Date('2026-03-02') }))).toEqual([
      expect.stringMatching(/^updated: a date/),
    ]);
  });
  it('asks for a real description', () => {
    expect(issues(chapterSchema.safeParse({ ...chapter, description: 'Short.' }))[0]).toMatch(/^description: write one full sentence/);
  });
});
