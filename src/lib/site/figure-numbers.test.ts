import { describe, expect, it } from 'vitest';
import { figureNumberProblem, figureNumbersIn } from './figure-numbers';

describe('figureNumbersIn', () => {
  it('reads the numbers of figure components in order, ignoring other attributes', () => {
    expect(
      figureNumbersIn('<BorderMap id="figure-map-2021" number={1} year={2021} />\ntext\n<TollTimeline event={2021} number={2} />'),
    ).toEqual([1, 2]);
  });
});

describe('figureNumberProblem', () => {
  it('accepts numbers that run 1, 2, 3', () => {
    expect(figureNumberProblem('a.mdx', '<A number={1} /> <B number={2} /> <C number={3} />')).toBeUndefined();
  });
  it('names the file when two figures share a number', () => {
    expect(figureNumberProblem('content/chapters/clashes-2021.mdx', '<A number={1} /> <B number={1} /> <C number={2} />')).toBe(
      'content/chapters/clashes-2021.mdx: figures are numbered 1, 1, 2; number them 1, 2, 3 in the order they appear',
    );
  });
  it('names the file when the numbers leave a gap', () => {
    expect(figureNumberProblem('a.mdx', '<A number={1} /> <B number={3} />')).toMatch(/numbered 1, 3/);
  });
});
