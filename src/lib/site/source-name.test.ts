import { describe, expect, it } from 'vitest';
import { sourceName } from './source-name';

describe('sourceName', () => {
  it('names a copy by whose text it carries, then where it was read', () => {
    expect(sourceName({ publisher: 'Devdiscourse', carries: 'Reuters' })).toBe('Reuters, via Devdiscourse');
  });
  it('names an original by its publisher alone', () => {
    expect(sourceName({ publisher: 'Asia-Plus' })).toBe('Asia-Plus');
  });
});
