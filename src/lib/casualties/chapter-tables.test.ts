import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { casualtyRowSchema, casualtyTextSchema } from '../../schemas/casualties';
import { casualtyTableProblems, readCasualtyTables } from './chapter-tables';
import { row } from './test-rows';
import { ENGLISH, RUSSIAN } from './test-words';

const COLUMNS = 'date killed wounded reporter source';

const table = (section: string, ...lines: string[]) =>
  [
    `### Kyrgyzstan {#${section}}`,
    '',
    `<Fold summary="x" countColumns="${COLUMNS}">`,
    '',
    '| As of | Killed | Injured | Reported by | Source |',
    '|---|---|---|---|---|',
    ...lines,
    '',
    '</Fold>',
    '',
  ].join('\n');

describe('readCasualtyTables', () => {
  it('reads whose count a table gives from the heading above it, and each count with its sources', () => {
    const { counts, problems } = readCasualtyTables(
      table('casualties-kyrgyzstan-2021', '| 1 May 2021 | 33 | 163, of whom 49 were flown to Bishkek | Ministry | <Cite source="a b" /> |'),
      ENGLISH,
    );
    expect(problems).toEqual([]);
    expect(counts).toEqual([
      {
        section: 'casualties-kyrgyzstan-2021',
        rowLabel: '1 May 2021',
        event: 2021,
        side: 'kyrgyzstan',
        measure: 'killed',
        value: 33,
        qualifier: undefined,
        counts: 'all',
        sources: ['a', 'b'],
      },
      {
        section: 'casualties-kyrgyzstan-2021',
        rowLabel: '1 May 2021',
        event: 2021,
        side: 'kyrgyzstan',
        measure: 'wounded',
        value: 163,
        qualifier: undefined,
        counts: 'all',
        sources: ['a', 'b'],
      },
    ]);
  });

  it('reads hedged, quoted, bold and civilian-only counts, and skips cells that give none', () => {
    const { counts } = readCasualtyTables(
      table(
        'casualties-tajikistan-2022',
        '| **24 September** | **"more than 60", including a girl** | 1,206 civilians ("219 casualties") | x | <Cite source="s" /> |',
        '| later | not given | — | x | <Cite source="s" /> |',
        '| later | "hundreds" | about 200 | x | <Cite source="s" /> |',
        '| later | 1 civilian, plus 2 border guards | — | x | <Cite source="s" /> |',
      ),
      ENGLISH,
    );
    expect(counts.map((c) => [c.rowLabel, c.side, c.event, c.measure, c.qualifier, c.value, c.counts])).toEqual([
      ['24 September', 'tajikistan', 2022, 'killed', 'more-than', 60, 'all'],
      ['24 September', 'tajikistan', 2022, 'wounded', undefined, 1206, 'civilians'],
      ['later', 'tajikistan', 2022, 'wounded', 'about', 200, 'all'],
      ['later', 'tajikistan', 2022, 'killed', undefined, 1, 'civilians'],
    ]);
  });

  it('finds the columns where the table declares them, whatever its header says and in whatever order', () => {
    const mdx = [
      '### Кыргызстан {#casualties-kyrgyzstan-2022}',
      '',
      '<Fold summary="Подсчёт Кыргызстана" countColumns="date reporter killed wounded source">',
      '',
      '| Дата | Кто сообщил | Погибли | Ранены | Источник |',
      '| --- | --- | --- | --- | --- |',
      '| 18 сентября | Минздрав | более 36 | 1 006,84 | <Cite source="s" /> |',
      '| 3 октября | ООН | 142\u202F071 | 12\u00A0345 мирных жителей | <Cite source="s t" /> |',
      '| позже | ООН | 142 071 | — | <Cite source="s" /> |',
      '',
      '</Fold>',
    ].join('\n');
    const { counts, problems } = readCasualtyTables(mdx, RUSSIAN);
    expect(problems).toEqual([]);
    expect(counts.map((c) => [c.rowLabel, c.measure, c.qualifier, c.value, c.counts, c.sources])).toEqual([
      ['18 сентября', 'killed', 'more-than', 36, 'all', ['s']],
      ['18 сентября', 'wounded', undefined, 1006.84, 'all', ['s']],
      ['3 октября', 'killed', undefined, 142071, 'all', ['s', 't']],
      ['3 октября', 'wounded', undefined, 12345, 'civilians', ['s', 't']],
      ['позже', 'killed', undefined, 142071, 'all', ['s']],
    ]);
  });

  it('reads a comma as the decimal sign only where the language writes it so', () => {
    const { counts } = readCasualtyTables(
      table('casualties-kyrgyzstan-2021', '| 1 May | 1,006 | 142 071 | x | <Cite source="s" /> |'),
      ENGLISH,
    );
    expect(counts.map((c) => c.value)).toEqual([1006, 142071]);
  });

  it('leaves tables under other headings alone', () => {
    expect(
      readCasualtyTables(
        '## Weapons {#weapons}\n\n| Weapon | Killed | Source |\n|---|---|---|\n| Mortars | 3 | <Cite source="s" /> |\n',
        ENGLISH,
      ),
    ).toEqual({ counts: [], problems: [] });
  });

  it('fails a table under a heading that names a country and year when it does not declare its columns', () => {
    const { counts, problems } = readCasualtyTables(
      '### Kyrgyzstan {#casualties-kyrgyzstan-2021}\n\n| Дата | Погибли | Источник |\n|---|---|---|\n| 1 мая | 33 | <Cite source="s" /> |\n',
      RUSSIAN,
    );
    expect(counts).toEqual([]);
    expect(problems).toEqual([
      expect.stringMatching(
        /^the table under #casualties-kyrgyzstan-2021 gives kyrgyzstan's count for 2021 but does not declare its columns/,
      ),
    ]);
  });

  it('fails a declaration that does not fit the table', () => {
    const mdx =
      '### K {#casualties-kyrgyzstan-2021}\n\n<Fold summary="x" countColumns="date killed source">\n\n| As of | Killed | Injured | Source |\n|---|---|---|---|\n| 1 May | 33 | 3 | <Cite source="s" /> |\n\n</Fold>\n';
    expect(readCasualtyTables(mdx, ENGLISH).problems).toEqual([
      expect.stringMatching(/under #casualties-kyrgyzstan-2021 has 4 columns but declares countColumns="date killed source"/),
    ]);
    const noSource = mdx.replace('date killed source', 'date killed wounded reporter');
    expect(readCasualtyTables(noSource, ENGLISH).problems).toEqual([expect.stringMatching(/name each column, with "source"/)]);
  });

  it('says so when a declared count table sits under a heading that names no country and year', () => {
    const { counts, problems } = readCasualtyTables(table('casualties', '| 1 May | 33 | 163 | x | <Cite source="s" /> |'), ENGLISH);
    expect(counts).toEqual([]);
    expect(problems).toEqual([expect.stringMatching(/under #casualties does not say whose count it is/)]);
  });
});

describe('casualtyTableProblems', () => {
  const rows = [
    row({ id: 'kg-killed', event: 2021, asOf: '2021-05-01', measure: 'killed', value: 33, sources: ['trend'] }),
    row({ id: 'kg-wounded', event: 2021, asOf: '2021-05-01', measure: 'wounded', value: 163, sources: ['trend', 'kabar'] }),
    row({ id: 'kg-displaced', event: 2022, asOf: '2022-10-03', measure: 'killed', value: 142071, sources: ['un'] }),
  ];

  it('passes a table whose every count is a data row from a source the table cites', () => {
    expect(
      casualtyTableProblems(
        'c.mdx',
        table('casualties-kyrgyzstan-2021', '| 1 May 2021 | 33 | 163 | x | <Cite source="kabar trend" /> |'),
        rows,
        ENGLISH,
      ),
    ).toEqual([]);
  });

  it('names the file, section, row and count when the table and the data disagree', () => {
    const problems = casualtyTableProblems(
      'c.mdx',
      table('casualties-kyrgyzstan-2021', '| 1 May 2021 | 33 | 164 | x | <Cite source="trend" /> |'),
      rows,
      ENGLISH,
    );
    expect(problems).toEqual([
      'c.mdx: the table under #casualties-kyrgyzstan-2021, row "1 May 2021", gives 164 wounded for kyrgyzstan in 2021, citing trend; content/data/casualties.yaml has no such row from those sources. Correct the table or add the row.',
    ]);
  });

  it('checks a table written in Russian, with numbers grouped by narrow no-break spaces', () => {
    const russian = (count: string) =>
      `### Кыргызстан {#casualties-kyrgyzstan-2022}\n\n<Fold summary="x" countColumns="date killed source">\n\n| Дата | Погибли | Источник |\n| --- | --- | --- |\n| 3 октября | ${count} | <Cite source="un" /> |\n\n</Fold>\n`;
    expect(casualtyTableProblems('ru.mdx', russian('142\u202F071'), rows, RUSSIAN)).toEqual([]);
    expect(casualtyTableProblems('ru.mdx', russian('142\u202F072'), rows, RUSSIAN)).toEqual([
      'ru.mdx: the table under #casualties-kyrgyzstan-2022, row "3 октября", gives 142072 убиты for kyrgyzstan in 2022, citing un; content/data/casualties.yaml has no such row from those sources. Correct the table or add the row.',
    ]);
    expect(casualtyTableProblems('ru.mdx', russian('1 006,84'), rows, RUSSIAN)).toEqual([expect.stringMatching(/gives 1006\.84 убиты/)]);
  });

  it('does not accept the right number from a source the table does not cite, or for the other side or year', () => {
    expect(
      casualtyTableProblems(
        'c.mdx',
        table('casualties-kyrgyzstan-2021', '| 1 May | 33 | — | x | <Cite source="other" /> |'),
        rows,
        ENGLISH,
      ),
    ).toHaveLength(1);
    expect(
      casualtyTableProblems(
        'c.mdx',
        table('casualties-tajikistan-2021', '| 1 May | 33 | — | x | <Cite source="trend" /> |'),
        rows,
        ENGLISH,
      ),
    ).toHaveLength(1);
    expect(
      casualtyTableProblems(
        'c.mdx',
        table('casualties-kyrgyzstan-2022', '| 1 May | 33 | — | x | <Cite source="trend" /> |'),
        rows,
        ENGLISH,
      ),
    ).toHaveLength(1);
  });

  it('tells a hedged or civilian-only count from a plain one', () => {
    expect(
      casualtyTableProblems(
        'c.mdx',
        table('casualties-kyrgyzstan-2021', '| 1 May | about 33 | 163 civilians | x | <Cite source="trend" /> |'),
        rows,
        ENGLISH,
      ),
    ).toHaveLength(2);
  });
});

describe('the clash chapters', () => {
  const words = parse(readFileSync('content/data/text/en/casualties.yaml', 'utf8')) as Record<string, unknown>;
  const rows = (parse(readFileSync('content/data/casualties.yaml', 'utf8')) as unknown[]).map((input) => {
    const facts = casualtyRowSchema.parse(input);
    return { ...facts, ...casualtyTextSchema.parse(words[facts.id]) };
  });

  it.each(['clashes-2021', 'clashes-2022'])('%s: every count table is read, and agrees with the data', (id) => {
    const mdx = readFileSync(`content/chapters/${id}.mdx`, 'utf8');
    expect(readCasualtyTables(mdx, ENGLISH).counts.length).toBeGreaterThan(10);
    expect(casualtyTableProblems(`${id}.mdx`, mdx, rows, ENGLISH)).toEqual([]);
  });
});
