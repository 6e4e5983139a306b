import { describe, expect, it } from 'vitest';
import { sharedPath } from './shared-paths';

describe('sharedPath', () => {
  const long = (n: number) => `m${n}`.padEnd(120, ' 1 2');

  it('defines long data the first time a page draws it and refers to it after', () => {
    const page = {};
    expect(sharedPath(page, long(1))).toEqual({ define: 'map-path-1' });
    expect(sharedPath(page, long(2))).toEqual({ define: 'map-path-2' });
    expect(sharedPath(page, long(1))).toEqual({ use: 'map-path-1' });
  });
  it('keeps each page to itself, and writes short data out every time', () => {
    expect(sharedPath({}, long(1))).toEqual({ define: 'map-path-1' });
    const page = {};
    expect(sharedPath(page, 'M0 0V6')).toEqual({});
    expect(sharedPath(page, 'M0 0V6')).toEqual({});
  });
});
