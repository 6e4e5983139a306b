import { describe, expect, it } from 'vitest';
import { figurePropProblems, propProblem } from './figure-props';

describe('propProblem', () => {
  it('accepts the values a prop takes, and an optional prop left out', () => {
    expect(propProblem('TollTimeline', 'event', 2022)).toBeUndefined();
    expect(propProblem('BorderMap', 'year', undefined)).toBeUndefined();
  });
  it('names the values a prop takes', () => {
    expect(propProblem('TollTimeline', 'event', 2023)).toBe('<TollTimeline event={2023}>: event must be one of 2021, 2022');
    expect(propProblem('TollTimeline', 'event', '2022')).toBe('<TollTimeline event={"2022"}>: event must be one of 2021, 2022');
    expect(propProblem('TollTimeline', 'event', undefined)).toBe('<TollTimeline> needs event: one of 2021, 2022');
  });
});

describe('figurePropProblems', () => {
  const file = 'content/chapters/clashes-2022.mdx';
  it('finds nothing wrong with good tags', () => {
    expect(
      figurePropProblems(
        file,
        '<TollTimeline event={2022} number={2} />\n<BorderMap id="figure-map" number={1} />\n<BorderMap id="m" number={2} year={2021} />',
      ),
    ).toEqual([]);
  });
  it('names the file, the tag and the allowed values', () => {
    expect(
      figurePropProblems(
        file,
        'Text.\n\n<TollTimeline event={2023} number={2} />\n<BorderMap number={1} year="2022" />\n<TollTimeline number={3} />',
      ),
    ).toEqual([
      `${file}: <TollTimeline event={2023}>: event must be one of 2021, 2022`,
      `${file}: <BorderMap year={"2022"}>: year must be one of 2021, 2022`,
      `${file}: <TollTimeline> needs event: one of 2021, 2022`,
    ]);
  });
  it('leaves other components alone', () => {
    expect(figurePropProblems(file, '<Cite source="a" /> <CasualtyComparison number={1} compact />')).toEqual([]);
  });
});
