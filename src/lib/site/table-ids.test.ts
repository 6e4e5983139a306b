import { describe, expect, it } from 'vitest';
import { createTableIdAssigner } from './table-ids';

describe('createTableIdAssigner', () => {
  it('names tables after the section they stand in and numbers further ones', () => {
    const ids = createTableIdAssigner('border');
    expect(ids.table()).toBe('table-border');
    ids.heading('border-length');
    expect(ids.table()).toBe('table-border-length');
    expect(ids.table()).toBe('table-border-length-2');
    ids.heading('vorukh');
    expect(ids.table()).toBe('table-vorukh');
  });
});
