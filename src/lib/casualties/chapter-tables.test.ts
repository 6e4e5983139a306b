import { describe, expect, it } from 'vitest';
import { casualtyTableProblems, readCasualtyTables } from './chapter-tables';
import { row } from './test-rows';

const table = (section: string, ...lines: string[]) =>
  [`### Kyrgyzstan {#${section}}`, '', '| As of | Killed | Injured | Reported by | Source |', '|---|---|---|---|---|', ...lines, ''].join('\n');

describe('readCasualtyTables', () => {
  it('reads whose count a table gives from the heading above it, and each count with its sources', () => {
    const { counts, problems } = readCasualtyTables(table('casualties-kyrgyzstan-2021', '| 1 May 2021 | 33 | 163, of whom 49 were flown to Bishkek | Ministry | <Cite source="a b" /> |'));
    expect(problems).toEqual([]);
    expect(counts).toEqual([
      { section: 'casualties-kyrgyzstan-2021', rowLabel: '1 May 2021', event: 2021, side: 'kyrgyzstan', measure: 'killed', value: 33, qualifier: undefined, counts: 'all', sources: ['a', 'b'] },
      { section: 'casualties-kyrgyzstan-2021', rowLabel: '1 May 2021', event: 2021, side: 'kyrgyzstan', measure: 'wounded', value: 163, qualifier: undefined, counts: 'all', sources: ['a', 'b'] },
    ]);
  });

  it('reads hedged, quoted, bold and civilian-only counts, and skips cells that give none', () => {
    const { counts } = readCasualtyTables(
      table(
        'casualties-tajikistan-2022',
        '| **24 September** | **"more than 60", including a girl** | 1,206 civilians ("219 casualties") | x | <Cite source="s" /> |',
        '| later | not given | — | x | <Cite source="s" /> |',
        '| later | "hundreds" | about 200 | x | <Cite source="s" /> |',
      ),
    );
    expect(counts.map((c) => [c.rowLabel, c.side, c.event, c.measure, c.qualifier, c.value, c.counts])).toEqual([
      ['24 September', 'tajikistan', 2022, 'killed', 'more-than', 60, 'all'],
      ['24 September', 'tajikistan', 2022, 'wounded', undefined, 1206, 'civilians'],
      ['later', 'tajikistan', 2022, 'wounded', 'about', 200, 'all'],
    ]);
  });

  it('leaves tables without a killed or wounded column alone', () => {
    expect(readCasualtyTables('## Weapons {#weapons}\n\n| Weapon | Source |\n|---|---|\n| Mortars | <Cite source="s" /> |\n')).toEqual({ counts: [], problems: [] });
  });

  it('says so when a casualty table sits under a heading that names no country and year', () => {
    const { counts, problems } = readCasualtyTables(table('casualties', '| 1 May | 33 | 163 | x | <Cite source="s" /> |'));
    expect(counts).toEqual([]);
    expect(problems).toEqual([expect.stringMatching(/under #casualties does not say whose count it is/)]);
  });
});

describe('casualtyTableProblems', () => {
  const rows = [
    row({ id: 'kg-killed', event: 2021, asOf: '2021-05-01', measure: 'killed', value: 33, sources: ['trend'] }),
    row({ id: 'kg-wounded', event: 2021, asOf: '2021-05-01', measure: 'wounded', value: 163, sources: ['trend', 'kabar'] }),
  ];

  it('passes a table whose every count is a data row from a source the table cites', () => {
    expect(casualtyTableProblems('c.mdx', table('casualties-kyrgyzstan-2021', '| 1 May 2021 | 33 | 163 | x | <Cite source="kabar trend" /> |'), rows)).toEqual([]);
  });

  it('names the file, section, row and count when the table and the data disagree', () => {
    const problems = casualtyTableProblems('c.mdx', table('casualties-kyrgyzstan-2021', '| 1 May 2021 | 33 | 164 | x | <Cite source="trend" /> |'), rows);
    expect(problems).toEqual([
      'c.mdx: the table under #casualties-kyrgyzstan-2021, row "1 May 2021", gives 164 wounded for kyrgyzstan in 2021, citing trend; content/data/casualties.yaml has no such row from those sources. Correct the table or add the row.',
    ]);
  });

  it('does not accept the right number from a source the table does not cite, or for the other side or year', () => {
    expect(casualtyTableProblems('c.mdx', table('casualties-kyrgyzstan-2021', '| 1 May | 33 | — | x | <Cite source="other" /> |'), rows)).toHaveLength(1);
    expect(casualtyTableProblems('c.mdx', table('casualties-tajikistan-2021', '| 1 May | 33 | — | x | <Cite source="trend" /> |'), rows)).toHaveLength(1);
    expect(casualtyTableProblems('c.mdx', table('casualties-kyrgyzstan-2022', '| 1 May | 33 | — | x | <Cite source="trend" /> |'), rows)).toHaveLength(1);
  });

  it('tells a hedged or civilian-only count from a plain one', () => {
    expect(casualtyTableProblems('c.mdx', table('casualties-kyrgyzstan-2021', '| 1 May | about 33 | 163 civilians | x | <Cite source="trend" /> |'), rows)).toHaveLength(2);
  });
});
