import { describe, expect, it } from 'vitest';
import { anchorSchema } from './anchors';
import { issues } from './test-issues';

describe('anchorSchema', () => {
  it('accepts a published page and id, and an alias', () => {
    expect(anchorSchema.safeParse({ page: '/clashes-2022/', id: 'casualties-2022' }).success).toBe(true);
    expect(anchorSchema.safeParse({ page: '/', id: 'old-id', aliasOf: 'key-figures' }).success).toBe(true);
  });
  it('rejects a page without its trailing slash', () => {
    expect(issues(anchorSchema.safeParse({ page: '/border', id: 'vorukh' }))[0]).toMatch(/^page:/);
  });
});
