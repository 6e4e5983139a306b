import { describe, expect, it } from 'vitest';
import { isPrintEdition } from './page-context';

describe('isPrintEdition', () => {
  it('recognises the print edition at the root and under a sub-path', () => {
    expect(isPrintEdition(new URL('http://x/print/'), '/')).toBe(true);
    expect(isPrintEdition(new URL('http://x/sub/print/'), '/sub/')).toBe(true);
    expect(isPrintEdition(new URL('http://x/sub/print/'), '/sub')).toBe(true);
  });
  it('is false for chapters', () => {
    expect(isPrintEdition(new URL('http://x/border/'), '/')).toBe(false);
  });
});
