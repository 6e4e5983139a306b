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
});
