import { describe, expect, it } from 'vitest';
import { sourceSchema } from './sources';
import { issues } from './test-issues';

describe('sourceSchema', () => {
  const source = { id: 'hrw-2023-05-02', publisher: 'Human Rights Watch', title: 'Report', date: '2023-05-02', url: 'https://www.hrw.org/' };
  it('accepts dates as precise as they are known', () => {
    for (const date of ['2023', '2023-05', '2023-05-02']) expect(sourceSchema.safeParse({ ...source, date }).success).toBe(true);
  });
  it('rejects a month or day that cannot exist', () => {
    expect(issues(sourceSchema.safeParse({ ...source, date: '2023-13' }))[0]).toMatch(/^date:/);
    expect(issues(sourceSchema.safeParse({ ...source, date: '2023-05-32' }))[0]).toMatch(/^date:/);
    expect(issues(sourceSchema.safeParse({ ...source, date: '2023-02-29' }))[0]).toBe('date: "2023-02-29" is not a day of the calendar');
    expect(sourceSchema.safeParse({ ...source, date: '2024-02-29' }).success).toBe(true);
  });
  it('rejects an id that cannot be an anchor', () => {
    expect(issues(sourceSchema.safeParse({ ...source, id: 'HRW 2023' }))[0]).toMatch(/^id:/);
  });
  it('allows a source with no recorded address', () => {
    const { url: _url, ...rest } = source;
    expect(sourceSchema.safeParse(rest).success).toBe(true);
  });
});

