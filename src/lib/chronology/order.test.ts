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

  it("keeps the order a day's events happened in, whatever their kinds", () => {
    const day = [
      { id: 'ovchi-kalacha', date: '2022-09-16', kind: 'clash' as const, order: 3 },
      { id: 'samarkand-meeting', date: '2022-09-16', kind: 'ceasefire' as const, order: 2 },
      { id: 'heaviest-fighting', date: '2022-09-16', kind: 'clash' as const, order: 1 },
    ];
    expect(chronologicalOrder(day).map((e) => e.id)).toEqual(['heaviest-fighting', 'samarkand-meeting', 'ovchi-kalacha']);
  });

  it('puts events of one month without an order in a fixed order however they arrive: by kind, then id', () => {
    const sameMonth = [
      { id: 'crossings-reopen', date: '2025-03', kind: 'aftermath' as const },
      { id: 'treaty-signed', date: '2025-03', kind: 'treaty' as const },
      { id: 'fighting', date: '2025-03', kind: 'clash' as const },
      { id: 'tajik-ratification', date: '2025-03', kind: 'treaty' as const },
    ];
    const expected = ['fighting', 'tajik-ratification', 'treaty-signed', 'crossings-reopen'];
    expect(chronologicalOrder(sameMonth).map((e) => e.id)).toEqual(expected);
    expect(chronologicalOrder([...sameMonth].reverse()).map((e) => e.id)).toEqual(expected);
  });
});
