import { describe, expect, it } from 'vitest';
import { pageSchema } from './pages';
import { issues } from './test-issues';

describe('pageSchema', () => {
  it('accepts a page id and the day it last changed, read as midnight UTC', () => {
    const parsed = pageSchema.safeParse({ id: 'chronology', updated: '2026-12-06' });
    expect(parsed.success && parsed.data.updated.toISOString()).toBe('2026-12-06T00:00:00.000Z');
  });
  it('rejects a date that is not a full day of the calendar', () => {
    expect(issues(pageSchema.safeParse({ id: 'chronology', updated: '2026-12' }))[0]).toMatch(/^updated:/);
    expect(issues(pageSchema.safeParse({ id: 'chronology', updated: '2026-02-30' }))[0]).toMatch(/^updated:/);
  });
});
