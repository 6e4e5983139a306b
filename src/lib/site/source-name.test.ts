import { describe, expect, it } from 'vitest';
import { sourceName } from './source-name';

const words = { copyOf: (carries: string, publisher: string) => `${carries}, via ${publisher}` };

describe('sourceName', () => {
  it('names a copy by whose text it carries, then where it was read', () => {
    expect(sourceName({ publisher: 'Devdiscourse', carries: 'Reuters' }, words)).toBe('Reuters, via Devdiscourse');
  });
  it('names an original by its publisher alone', () => {
    expect(sourceName({ publisher: 'Asia-Plus' }, words)).toBe('Asia-Plus');
  });
});
