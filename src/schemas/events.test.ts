import { describe, expect, it } from 'vitest';
import { eventSchema } from './events';
import { issues } from './test-issues';

describe('eventSchema', () => {
  const event = {
    id: 'tort-kocho-2022',
    date: '2022-01-27',
    sources: ['kazinform-2022-01-28'],
    section: '/clashes-2022/#buildup-2022',
    kind: 'incident',
  };

  it('accepts an event dated as precisely as the sources allow', () => {
    for (const date of ['2022-01-27', '2022-01', '1924']) expect(eventSchema.safeParse({ ...event, date }).success).toBe(true);
  });
  it('rejects a day the calendar does not have, naming the field', () => {
    expect(issues(eventSchema.safeParse({ ...event, date: '2022-02-30' }))).toEqual(['date: "2022-02-30" is not a day of the calendar']);
  });
  it("keeps a report's date apart from the event's own, and refuses a report older than the event", () => {
    expect(eventSchema.safeParse({ ...event, date: '2022-11', reported: '2022-11-14' }).success).toBe(true);
    expect(issues(eventSchema.safeParse({ ...event, date: '2022-11', reported: '2022-10-30' }))).toEqual([
      "reported: 2022-10-30 is before the event's date 2022-11; a report cannot precede what it reports",
    ]);
    expect(issues(eventSchema.safeParse({ ...event, reported: '2022-11-31' }))).toEqual([
      'reported: "2022-11-31" is not a day of the calendar',
    ]);
  });
  it('takes a place in the day as a whole number from 1', () => {
    expect(eventSchema.safeParse({ ...event, order: 2 }).success).toBe(true);
    for (const order of [0, 1.5, 'first']) expect(issues(eventSchema.safeParse({ ...event, order }))[0]).toMatch(/^order:/);
  });
});
