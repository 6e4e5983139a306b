import { describe, expect, it } from 'vitest';
import { chronologicalOrder } from './order';

describe('chronologicalOrder', () => {
  it('orders by date first, whatever the kinds', () => {
    const events = [
      { id: 'b', date: '2025-03-13', kind: 'talks' as const },
      { id: 'a', date: '2022-09-16', kind: 'aftermath' as const },
    ];
    expect(chronologicalOrder(events).map((e) => e.id)).toEqual(['a', 'b']);
  });

  it('puts same-day events in a fixed order however they arrive: by kind, then id', () => {
    const sameDay = [
      { id: 'crossings-reopen', date: '2025-03-13', kind: 'aftermath' as const },
      { id: 'treaty-signed', date: '2025-03-13', kind: 'treaty' as const },
      { id: 'fighting', date: '2025-03-13', kind: 'clash' as const },
      { id: 'tajik-ratification', date: '2025-03-13', kind: 'treaty' as const },
    ];
    const expected = ['fighting', 'tajik-ratification', 'treaty-signed', 'crossings-reopen'];
    expect(chronologicalOrder(sameDay).map((e) => e.id)).toEqual(expected);
    expect(chronologicalOrder([...sameDay].reverse()).map((e) => e.id)).toEqual(expected);
  });
});
