/**
 * Figures are numbered by hand in the MDX (`<TollTimeline number={2} />`) so the text can say
 * "Figure 2". The build checks that a chapter's numbers run 1, 2, 3… in the order the figures
 * appear, so adding a figure cannot leave two "Figure 2"s or a gap.
 */

import { jsxElements, literalValue, parseMdx } from './mdx-tree';

/** The `number={N}` of every figure component in a chapter's MDX, in order. */
export function figureNumbersIn(mdx: string): number[] {
  return jsxElements(parseMdx(mdx))
    .map((element) => literalValue(element.attributes.get('number')))
    .filter((number) => number !== undefined)
    .map(Number);
}

/** A message naming the file when the numbers do not run 1, 2, 3…; undefined when they do. */
export function figureNumberProblem(file: string, mdx: string): string | undefined {
  const numbers = figureNumbersIn(mdx);
  const expected = numbers.map((_, i) => i + 1);
  if (numbers.every((n, i) => n === expected[i])) return undefined;
  return `${file}: figures are numbered ${numbers.join(', ')}; number them ${expected.join(', ')} in the order they appear`;
}
