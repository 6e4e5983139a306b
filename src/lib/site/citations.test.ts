import { describe, expect, it } from 'vitest';
import { extractCitedIds, numberCitations, splitSourceList, UnknownSourceError, withFigureCitations } from './citations';

describe('extractCitedIds', () => {
  it('finds every id of every citation in order, repeats included', () => {
    const mdx = 'A <Cite source="a" /> b <Cite source="b c" />, again <Cite source="a"/>.';
    expect(extractCitedIds(mdx)).toEqual(['a', 'b', 'c', 'a']);
  });
  it('ignores text that only looks like a citation', () => {
    expect(extractCitedIds('Cite source="x" and <Citation source="y" />')).toEqual([]);
  });
});

describe('splitSourceList', () => {
  it('splits on spaces, the one separator of a source list', () => {
    expect(splitSourceList(' a  b\nc ')).toEqual(['a', 'b', 'c']);
  });
  it('leaves a comma in the id, so that the unknown id is reported rather than half-read', () => {
    expect(splitSourceList('a,b c')).toEqual(['a,b', 'c']);
    expect(() => numberCitations([{ file: 'x.mdx', ids: extractCitedIds('<Cite source="hrw,afp" />') }], new Set(['hrw', 'afp']))).toThrow(
      /cites "hrw,afp"/,
    );
  });
});

describe('numberCitations', () => {
  const known = new Set(['hrw', 'afp', 'tass']);
  it('numbers sources by first citation across chapters in reading order', () => {
    const numbers = numberCitations(
      [
        { file: 'overview.mdx', ids: extractCitedIds('<Cite source="tass" /> <Cite source="hrw" />') },
        { file: 'border.mdx', ids: extractCitedIds('<Cite source="hrw afp" />') },
      ],
      known,
    );
    expect([...numbers]).toEqual([
      ['tass', 1],
      ['hrw', 2],
      ['afp', 3],
    ]);
  });
  it('names each file and unknown id in one error', () => {
    const run = () =>
      numberCitations(
        [
          { file: 'content/chapters/border.mdx', ids: ['hrw', 'nope', 'nope'] },
          { file: 'content/data/casualties.yaml', ids: ['gone'] },
        ],
        known,
      );
    expect(run).toThrow(UnknownSourceError);
    expect(run).toThrow(/content\/chapters\/border\.mdx: cites "nope"/);
    expect(run).toThrow(/content\/data\/casualties\.yaml: cites "gone"/);
    try {
      run();
    } catch (error) {
      expect((error as UnknownSourceError).problems).toHaveLength(2);
    }
  });
});

describe('withFigureCitations', () => {
  it('writes the sources in as a citation where the figure first stands', () => {
    const mdx = 'Kyrgyz–Tajik’s 😀 text.\n\n<BorderLengths number={1} />\n\nMore.\n\n<BorderLengths number={2} />\n';
    expect(withFigureCitations(mdx, 'BorderLengths', ['a', 'b'])).toBe(
      'Kyrgyz–Tajik’s 😀 text.\n\n<Cite source="a b" /><BorderLengths number={1} />\n\nMore.\n\n<BorderLengths number={2} />\n',
    );
  });
  it('leaves a chapter without the figure, or a figure without sources, as it is', () => {
    expect(withFigureCitations('Text with <BorderLengthsX />.', 'BorderLengths', ['a'])).toBe('Text with <BorderLengthsX />.');
    expect(withFigureCitations('<BorderLengths />', 'BorderLengths', [])).toBe('<BorderLengths />');
  });
});
