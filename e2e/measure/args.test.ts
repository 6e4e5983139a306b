import { describe, expect, it } from 'vitest';
import { readOptions } from './args';

describe('readOptions', () => {
  it('builds, measures every page and runs Lighthouse once by default', () => {
    expect(readOptions([])).toEqual({ build: true, lighthouse: true, runs: 1, serve: false, pages: [] });
  });
  it('reads the options the README documents', () => {
    expect(readOptions(['--no-build', '--no-lighthouse', '--runs', '3', '/print/', '/'])).toEqual({
      build: false,
      lighthouse: false,
      runs: 3,
      serve: false,
      pages: ['/print/', '/'],
    });
    expect(readOptions(['--no-build', '--serve'])).toMatchObject({ build: false, serve: true });
  });
  it('runs Lighthouse at least once whatever --runs says', () => {
    expect(readOptions(['--runs', '0']).runs).toBe(1);
    expect(readOptions(['--runs', 'many']).runs).toBe(1);
  });
  it('refuses an option it does not know and a page that is not a path', () => {
    expect(() => readOptions(['--no-such-option'])).toThrow();
    expect(() => readOptions(['print/'])).toThrow(/start with a slash/);
  });
});
