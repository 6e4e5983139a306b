import { describe, expect, it } from 'vitest';
import { casualtyDataProblems } from './checks';
import { latestForEveryBar, row } from './test-rows';

const known = new Set(['test-source']);

describe('casualtyDataProblems(rows, sourceIds)', () => {
  it('finds nothing wrong with a complete data set', () => {
    expect(casualtyDataProblems(latestForEveryBar(), known)).toEqual([]);
  });

  it('names the row and the id of a source that is not in the source list', () => {
    const rows = [...latestForEveryBar(), row({ id: 'stray', sources: ['test-source', 'no-such-source'] })];
    expect(casualtyDataProblems(rows, known)).toEqual(['row "stray": source "no-such-source" is not in content/sources.yaml']);
  });

  it('names the bar that has no latest official figure, and the rows that claim one twice', () => {
    const rows = latestForEveryBar().filter((r) => r.id !== '2022-tajikistan-wounded-latest');
    rows.push(row({ id: 'second-latest', event: 2021, comparison: 'latest', asOf: '2021-05-01' }));
    expect(casualtyDataProblems(rows, known)).toEqual([
      'rows "2021-kyrgyzstan-killed-latest" and "second-latest" all have comparison: latest for kyrgyzstan, killed, 2021; keep one',
      'no row has comparison: latest for tajikistan, wounded, 2022; the comparison figure needs one',
    ]);
  });
});
