import { describe, expect, it } from 'vitest';
import { editionProblems, numbersIn, type EditionChapter } from './editions';

const ENGLISH_BODY = [
  'The border is 1,006.84 km long <Cite source="kabar" />, under CC BY 4.0.',
  '',
  '## Vorukh {#vorukh}',
  '',
  'About 142,071 people left in 2022 <Cite source="dw reuters" />; see [the map](/border/#vorukh).',
  '',
  '<BorderMap year={2022} number={1} />',
  '',
  '<Fold summary="Every count, 3 reports" countColumns="date killed">',
  '',
  '| As of | Killed |',
  '|---|---|',
  '| 1 May | 33 |',
  '',
  '</Fold>',
].join('\n');

const RUSSIAN_BODY = [
  'Длина границы — 1006,84 км <Cite source="kabar" />, под лицензией CC BY 4.0.',
  '',
  '## Ворух {#vorukh}',
  '',
  'Около 142\u202f071 человека уехали в 2022 году <Cite source="dw reuters" />; см. [карту](/ru/border/#vorukh).',
  '',
  '<BorderMap year={2022} number={1} />',
  '',
  '<Fold summary="Все данные, 3 сообщения" countColumns="date killed">',
  '',
  '| Дата | Погибли |',
  '|---|---|',
  '| 1 мая | 33 |',
  '',
  '</Fold>',
].join('\n');

function chapter(locale: 'en' | 'ru', body: string, id = 'border'): EditionChapter {
  return {
    id,
    file: locale === 'en' ? `content/chapters/${id}.mdx` : `content/chapters/ru/${id}.mdx`,
    body,
    title: locale === 'en' ? 'The border' : 'Граница',
    navTitle: locale === 'en' ? 'Border' : 'Граница',
    description: 'One sentence.',
    order: 2,
    updated: '2026-12-06',
  };
}

/** The problems found when the Russian chapter's body is `russian`, the English one's ENGLISH_BODY. */
function problemsWith(russian: string): string[] {
  return editionProblems([chapter('en', ENGLISH_BODY)], [chapter('ru', russian)]);
}

describe('numbersIn', () => {
  it('reads English and Russian digit groups and decimals as the same figures', () => {
    expect(numbersIn('1,006.84 km and 142,071 people in 2022', 'en')).toEqual(['1006.84', '142071', '2022']);
    expect(numbersIn('1006,84 км и 142\u202f071 человек в 2022 году; 1\u00a0000', 'ru')).toEqual(['1006.84', '142071', '2022', '1000']);
  });

  it('keeps a version number whole in both languages', () => {
    expect(numbersIn('CC BY 4.0', 'en')).toEqual(['4.0']);
    expect(numbersIn('CC BY 4.0', 'ru')).toEqual(['4.0']);
  });

  it('does not take a Russian list comma followed by a space for a decimal comma', () => {
    expect(numbersIn('62, позднее 63', 'ru')).toEqual(['62', '63']);
  });
});

describe('editionProblems', () => {
  it('finds nothing wrong with a faithful translation', () => {
    expect(problemsWith(RUSSIAN_BODY)).toEqual([]);
  });

  it('names the English file that has no Russian counterpart', () => {
    expect(editionProblems([chapter('en', ENGLISH_BODY), chapter('en', ENGLISH_BODY, 'about')], [chapter('ru', RUSSIAN_BODY)])).toEqual([
      'content/chapters/about.mdx: no Russian counterpart; write content/chapters/ru/about.mdx.',
    ]);
  });

  it('names the Russian file that has no English counterpart', () => {
    expect(editionProblems([chapter('en', ENGLISH_BODY)], [chapter('ru', RUSSIAN_BODY), chapter('ru', RUSSIAN_BODY, 'extra')])).toEqual([
      'content/chapters/ru/extra.mdx: no English counterpart; write content/chapters/extra.mdx, or remove it.',
    ]);
  });

  it('fails a translation dated or ordered unlike its original, or without a title', () => {
    const russian = { ...chapter('ru', RUSSIAN_BODY), updated: '2026-12-01', order: 3, navTitle: ' ' };
    const problems = editionProblems([chapter('en', ENGLISH_BODY)], [russian]);
    expect(problems).toHaveLength(3);
    expect(problems[0]).toMatch(/^content\/chapters\/ru\/border\.mdx .*its order is 3, the English chapter's 2/);
    expect(problems[1]).toMatch(/its updated is 2026-12-01/);
    expect(problems[2]).toMatch(/write its navTitle in Russian/);
  });

  it('fails a title, navigation label or description giving other numbers than the English', () => {
    const english = { ...chapter('en', ENGLISH_BODY), title: 'The 2022 clashes' };
    const russian = { ...chapter('ru', RUSSIAN_BODY), title: 'Столкновения 2021 года' };
    expect(editionProblems([english], [russian])).toEqual([
      'content/chapters/ru/border.mdx (translating content/chapters/border.mdx): its title gives other numbers than the English: 2022 (English 1, Russian 0); 2021 (English 0, Russian 1).',
    ]);
  });

  it('fails a heading id missing from the translation', () => {
    expect(problemsWith(RUSSIAN_BODY.replace('{#vorukh}', '{#voruh}'))).toEqual([
      "content/chapters/ru/border.mdx (translating content/chapters/border.mdx): its heading ids differ from the English chapter's; missing #vorukh; not in English #voruh.",
    ]);
  });

  it('fails heading ids given in another order', () => {
    const english = `${ENGLISH_BODY}\n\n## Batken {#batken}\n\nText.`;
    const russian = RUSSIAN_BODY.replace('## Ворух {#vorukh}', '## Баткен {#batken}\n\nТекст.\n\n## Ворух {#vorukh}');
    const problems = editionProblems([chapter('en', english)], [chapter('ru', russian)]);
    expect(problems[0]).toMatch(/heading ids differ.*another order \(English: \(opening\), vorukh, batken\)/);
  });

  it('fails a heading without an id, which no section can be matched by', () => {
    expect(problemsWith(RUSSIAN_BODY.replace('{#vorukh}', '{#vorukh}\n\n### Без id\n'))).toContainEqual(
      'content/chapters/ru/border.mdx: 1 heading(s) without an id ({#id}); the editions are compared section by section, by heading id.',
    );
  });

  it('fails a section whose figure differs, naming the section and the figure', () => {
    expect(problemsWith(RUSSIAN_BODY.replace('142\u202f071', '142\u202f017'))).toEqual([
      "content/chapters/ru/border.mdx (translating content/chapters/border.mdx), section #vorukh: its numbers differ from the English section's: 142071 (English 1, Russian 0); 142017 (English 0, Russian 1).",
    ]);
  });

  it('fails a figure dropped from the translation, and one written in a visible prop', () => {
    expect(problemsWith(RUSSIAN_BODY.replace(' в 2022 году', ''))[0]).toMatch(
      /section #vorukh: its numbers differ.*2022 \(English 1, Russian 0\)/,
    );
    expect(problemsWith(RUSSIAN_BODY.replace('Все данные, 3 сообщения', 'Все данные, 4 сообщения'))[0]).toMatch(
      /#vorukh: its numbers differ.*3 \(English 1, Russian 0\)/,
    );
  });

  it('does not read a prop that is not shown as a figure given', () => {
    expect(problemsWith(RUSSIAN_BODY.replace(/<Cite source="kabar" \/>/, '<Cite source="kabar" locator="p. 12" />'))).toEqual([]);
  });

  it('fails a section citing other sources', () => {
    expect(problemsWith(RUSSIAN_BODY.replace('dw reuters', 'dw'))).toEqual([
      'content/chapters/ru/border.mdx (translating content/chapters/border.mdx), section #vorukh: it cites other sources than the English section: reuters (English 1, Russian 0).',
    ]);
  });

  it('fails a figure present in one edition only', () => {
    expect(problemsWith(RUSSIAN_BODY.replace('<BorderMap year={2022} number={1} />', ''))[0]).toMatch(
      /section #vorukh: its figures and components .*<BorderMap number=\{1\} year=\{2022\}> \(English 1, Russian 0\)/,
    );
  });

  it('fails a figure or a table present in the Russian edition only', () => {
    const withExtras = RUSSIAN_BODY.replace(
      '<BorderMap year={2022} number={1} />',
      '<BorderMap year={2022} number={1} />\n\n<CasualtyComparison number={2} />\n\n| Дата | Ранены |\n|---|---|\n| 2 мая | 7 |',
    );
    const problems = problemsWith(withExtras);
    expect(problems).toContainEqual(
      "content/chapters/ru/border.mdx (translating content/chapters/border.mdx), section #vorukh: its figures and components (or their props) differ from the English section's: <CasualtyComparison number={2}> (English 0, Russian 1).",
    );
    expect(problems).toContainEqual(
      "content/chapters/ru/border.mdx (translating content/chapters/border.mdx), section #vorukh: its tables have 2, 2 rows, the English section's 2.",
    );
  });

  it('fails a number moved to another section, though the chapter gives the same numbers', () => {
    const moved = RUSSIAN_BODY.replace('Длина границы — 1006,84 км', 'Длина границы').replace('Около 142', 'Длина — 1006,84 км. Около 142');
    expect(problemsWith(moved)).toEqual([
      "content/chapters/ru/border.mdx (translating content/chapters/border.mdx), section #(opening): its numbers differ from the English section's: 1006.84 (English 1, Russian 0).",
      "content/chapters/ru/border.mdx (translating content/chapters/border.mdx), section #vorukh: its numbers differ from the English section's: 1006.84 (English 0, Russian 1).",
    ]);
  });

  it('fails a component whose non-text props differ, but not one whose words are translated', () => {
    expect(problemsWith(RUSSIAN_BODY.replace('countColumns="date killed"', 'countColumns="killed date"'))[0]).toMatch(
      /#vorukh: its figures and components/,
    );
  });

  it('fails a table present in one edition only, or with other rows', () => {
    const withoutTable = RUSSIAN_BODY.replace(/\| Дата[\s\S]*\| 33 \|\n/, '');
    expect(problemsWith(withoutTable)).toContainEqual(
      "content/chapters/ru/border.mdx (translating content/chapters/border.mdx), section #vorukh: its tables have no rows, the English section's 2.",
    );
    expect(problemsWith(RUSSIAN_BODY.replace('| 1 мая | 33 |', '| 1 мая | 33 |\n| 2 мая | 33 |'))).toContainEqual(
      "content/chapters/ru/border.mdx (translating content/chapters/border.mdx), section #vorukh: its tables have 3 rows, the English section's 2.",
    );
  });

  it('fails an internal link outside the Russian edition', () => {
    expect(problemsWith(RUSSIAN_BODY.replace('/ru/border/', '/border/'))).toEqual([
      'content/chapters/ru/border.mdx (translating content/chapters/border.mdx), section #vorukh: links to /border/#vorukh, outside the Russian edition; write them under /ru/.',
    ]);
  });

  it('fails a link to another page than the English section links to', () => {
    expect(problemsWith(RUSSIAN_BODY.replace('/ru/border/#vorukh', '/ru/border/#batken'))[0]).toMatch(
      /section #vorukh: it links elsewhere .*\/border\/#vorukh \(English 1, Russian 0\); \/border\/#batken \(English 0, Russian 1\)/,
    );
  });
});
