import { describe, expect, it } from 'vitest';
import { reportOrder } from './order';
import { row } from './test-rows';

describe('reportOrder(a, b)', () => {
  it('groups by event, then side (Kyrgyzstan, Tajikistan, both), then measure', () => {
    const rows = [
      row({ id: 'a', side: 'both' }),
      row({ id: 'b', side: 'tajikistan' }),
      row({ id: 'c', measure: 'wounded' }),
      row({ id: 'd' }),
      row({ id: 'e', event: 2021, asOf: '2021-05-01' }),
    ];
    expect(rows.sort(reportOrder).map((r) => r.id)).toEqual(['e', 'd', 'c', 'b', 'a']);
  });

  it('lists reports as they came: by day and time, a month after its days, undated last', () => {
    const rows = [
      row({ id: 'undated', asOf: undefined, asOfLabel: 'later recap' }),
      row({ id: 'month', asOf: '2022-09' }),
      row({ id: 'evening', asOf: '2022-09-18', time: 'evening', value: 59 }),
      row({ id: 'no-time', asOf: '2022-09-18', value: 46 }),
      row({ id: 'ten', asOf: '2022-09-18', time: '10:00', value: 36 }),
      row({ id: 'earlier', asOf: '2022-09-16', value: 24 }),
    ];
    expect(rows.sort(reportOrder).map((r) => r.id)).toEqual(['earlier', 'ten', 'no-time', 'evening', 'month', 'undated']);
  });
});
