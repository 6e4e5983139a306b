import { describe, expect, it } from 'vitest';
import { textLayerProblems, withText } from './text-layer';

const files = { facts: 'content/data/events.yaml', text: 'content/data/text/en/events.yaml' };
const rows = [
  { id: 'treaty-2025', date: '2025-03-13' },
  { id: 'samarkand-2022', date: '2022-09-16' },
];
const words = new Map([
  ['samarkand-2022', { text: 'The presidents met in Samarkand.' }],
  ['treaty-2025', { text: 'The border treaty was signed.' }],
]);

describe('textLayerProblems', () => {
  it('finds nothing when every row has words and all words have a row', () => {
    expect(textLayerProblems(['a', 'b'], ['b', 'a'], files)).toEqual([]);
  });

  it('names the files and every row without words, in the rows’ order', () => {
    expect(textLayerProblems(['a', 'b', 'c'], ['b'], files)).toEqual([
      'content/data/text/en/events.yaml has no entry for 2 rows of content/data/events.yaml: "a", "c". Add the words under each row\'s id.',
    ]);
    expect(textLayerProblems(['a', 'b'], ['b'], files)[0]).toMatch(/no entry for 1 row of .*: "a"\./);
  });

  it('names the words whose id has no row', () => {
    expect(textLayerProblems(['a'], ['a', 'old-id'], files)).toEqual([
      'content/data/text/en/events.yaml has words for an id that content/data/events.yaml has no row for: "old-id". Correct the id to the row\'s, or remove the entry.',
    ]);
    expect(textLayerProblems([], ['x', 'y'], files)[0]).toMatch(/words for 2 ids that .* has no row for: "x", "y"/);
  });

  it('reports a renamed row both ways: its row lacks words, its words lack a row', () => {
    expect(textLayerProblems(['new-id'], ['old-id'], files)).toHaveLength(2);
  });
});

describe('withText', () => {
  it('gives each row its words, keeping the rows’ order and fields', () => {
    expect(withText(rows, words, files)).toEqual([
      { id: 'treaty-2025', date: '2025-03-13', text: 'The border treaty was signed.' },
      { id: 'samarkand-2022', date: '2022-09-16', text: 'The presidents met in Samarkand.' },
    ]);
  });

  it('stops on a row without words or words without a row, naming the file and the id', () => {
    expect(() => withText(rows, new Map([['treaty-2025', { text: 'Signed.' }]]), files)).toThrow(
      /events\.yaml has no entry for 1 row .*"samarkand-2022"/,
    );
    expect(() => withText(rows.slice(1), words, files)).toThrow(/no row for: "treaty-2025"/);
  });

  it('stops on what a rule needing facts and words together finds, naming the row', () => {
    const needsLongText = (row: { text: string }) => (row.text.length < 30 ? [`text: too short (${row.text.length} characters)`] : []);
    expect(() => withText(rows, words, files, needsLongText)).toThrow(
      'content/data/events.yaml with content/data/text/en/events.yaml: row "treaty-2025", text: too short (29 characters)',
    );
  });
});
