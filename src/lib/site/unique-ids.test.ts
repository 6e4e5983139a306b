import { describe, expect, it } from 'vitest';
import { claimId } from './unique-ids';

describe('claimId', () => {
  it('keeps the first use of an id and numbers later ones on the same page', () => {
    const page = {};
    expect(claimId(page, 'figure-casualties')).toBe('figure-casualties');
    expect(claimId(page, 'figure-casualties')).toBe('figure-casualties-2');
    expect(claimId(page, 'figure-map')).toBe('figure-map');
  });
  it('starts afresh on another page', () => {
    claimId({}, 'figure-map');
    expect(claimId({}, 'figure-map')).toBe('figure-map');
  });
});
