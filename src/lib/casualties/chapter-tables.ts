/**
 * The clash chapters also give the casualty counts in hand-written tables, one line per report,
 * because a table written for the text can say what the data rows cannot ("103, then 122").
 * The numbers in those tables must still be the data's numbers: the build reads every count table
 * from the chapter's syntax tree and checks each count against content/data/casualties.yaml, so a
 * figure cannot be changed in one place and not the other.
 *
 * Nothing here reads the table's words, so a table in any language is checked the same way:
 * - whose count it is comes from the id of the heading above it, which names the country and the
 *   year (`## Kyrgyzstan {#casualties-kyrgyzstan-2021}`) and stays the same in every edition;
 * - what each column holds is declared on the element around the table, in words that are not
 *   translated: `<Fold summary="…" countColumns="date killed wounded reporter source">`. Only
 *   `killed`, `wounded` and `source` are read; the first column names the row in messages.
 * A table under such a heading that does not declare its columns, or declares them wrongly, is a
 * problem, so a count table cannot go unchecked.
 */
import { splitSourceList } from '../site/citations';
import { headingId, jsxElement, jsxElements, literalValue, parseMdx, textOf, walk, type TreeNode } from '../site/mdx-tree';
import { DATA_FILE } from './checks';
import type { CountedFigure } from './labels';
import { COUNTRIES, QUALIFIERS, type CasualtyRow, type ChartedMeasure, type Country, type Qualifier } from '../../schemas/casualties';
import { CLASH_YEARS, type ClashYear } from '../../schemas/fields';

/** The words of the chapters' language the check needs: to read a hedged count and to name a count in a message. */
export interface CountTableWords {
  /** The chapters' locale (`en-GB`, `ru`): which of `,` and `.` is its decimal sign. */
  locale: string;
  /** Hedges as the tables write them: `more-than` → "more than". */
  qualifier: Readonly<Record<Qualifier, string>>;
  /** The words after a count that say only civilians were counted ("civilian", "civilians"). */
  civilianWords: readonly string[];
  /** A count in words, for messages: "164 wounded", "more than 50 civilians killed". */
  count: (figure: CountedFigure) => string;
}

/** One count as a hand-written table gives it. */
export interface TableCount {
  /** The id of the heading the table sits under. */
  section: string;
  /** The table row's first cell, to name the row in a message: "1 May 2021". */
  rowLabel: string;
  event: ClashYear;
  side: Country;
  measure: ChartedMeasure;
  value: number;
  qualifier: Qualifier | undefined;
  counts: 'all' | 'civilians';
  /** The source ids cited in the row. */
  sources: string[];
}

/** The attribute that declares a count table's columns, and the column names it reads. */
const COUNT_COLUMNS_ATTRIBUTE = 'countColumns';
const MEASURE_COLUMNS: readonly ChartedMeasure[] = ['killed', 'wounded'];
const SOURCE_COLUMN = 'source';

/** Characters that group digits in some language: comma, full stop, apostrophe, space, no-break, narrow no-break and thin space. */
const GROUP_SIGNS = [',', '.', "'", ' ', '\u00A0', '\u202F', '\u2009'];

function escaped(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function decimalSign(locale: string): string {
  return new Intl.NumberFormat(locale).formatToParts(1.5).find((part) => part.type === 'decimal')?.value ?? '.';
}

/**
 * A cell that gives a count starts with it, maybe quoted and hedged: `36`, `"more than 60"`,
 * `13 civilians`, `1,206`, `142 071`. A cell that starts with words ("not given", "—",
 * `"hundreds"`) gives none. Digits may be grouped by any sign but the locale's decimal one.
 */
function countCellPattern(words: CountTableWords): RegExp {
  const decimal = decimalSign(words.locale);
  const group = `[${GROUP_SIGNS.filter((sign) => sign !== decimal)
    .map(escaped)
    .join('')}]`;
  const number = `\\d{1,3}(?:${group}\\d{3})+(?:${escaped(decimal)}\\d+)?|\\d+(?:${escaped(decimal)}\\d+)?`;
  const qualifiers = Object.values(words.qualifier).map(escaped).join('|');
  const civilians = words.civilianWords.map(escaped).join('|');
  return new RegExp(`^["“«„]?(?:(${qualifiers})\\s)?(${number})(?:\\s+(?:\\p{L}+\\s+)?(${civilians})(?![\\p{L}]))?`, 'u');
}

function numberIn(written: string, locale: string): number {
  const decimal = decimalSign(locale);
  const [whole = '', fraction] = written.split(decimal);
  return Number(`${whole.replace(/\D/g, '')}${fraction === undefined ? '' : `.${fraction}`}`);
}

/** Whose count a section's tables give, read from its heading id; undefined when it does not say. */
function sectionSubject(section: string | undefined): { event: ClashYear; side: Country } | undefined {
  if (!section) return undefined;
  const side = COUNTRIES.find((country) => section.includes(country));
  const event = CLASH_YEARS.find((year) => section.includes(String(year)));
  return side && event ? { side, event } : undefined;
}

/** The columns a table declares on the nearest element around it, if any. */
function declaredColumns(ancestors: readonly TreeNode[]): string[] | undefined {
  for (const ancestor of [...ancestors].reverse()) {
    const declared = literalValue(jsxElement(ancestor)?.attributes.get(COUNT_COLUMNS_ATTRIBUTE));
    if (declared !== undefined) return String(declared).split(/\s+/).filter(Boolean);
  }
  return undefined;
}

function citedIn(cell: TreeNode | undefined): string[] {
  if (!cell) return [];
  return jsxElements(cell, 'Cite').flatMap((cite) => splitSourceList(String(literalValue(cite.attributes.get('source')) ?? '')));
}

/**
 * Every count in the chapter's count tables, and the problems met reading them: a table under a
 * heading that names a country and year that does not declare its columns, a declaration whose
 * columns are not the table's, and a declared table under a heading that names no country and year.
 */
export function readCasualtyTables(mdx: string, words: CountTableWords): { counts: TableCount[]; problems: string[] } {
  const counts: TableCount[] = [];
  const problems: string[] = [];
  const countCell = countCellPattern(words);
  let section: string | undefined;
  for (const { node, ancestors } of walk(parseMdx(mdx))) {
    if (node.type === 'heading') section = headingId(node) ?? section;
    if (node.type !== 'table') continue;
    const subject = sectionSubject(section);
    const columns = declaredColumns(ancestors);
    const where = section ? `#${section}` : 'no heading';
    const [header, ...rows] = node.children ?? [];
    if (!columns) {
      if (subject)
        problems.push(
          `the table under ${where} gives ${subject.side}'s count for ${subject.event} but does not declare its columns, so it cannot be checked against ${DATA_FILE}: wrap it in an element with ${COUNT_COLUMNS_ATTRIBUTE}="…", such as <Fold summary="…" ${COUNT_COLUMNS_ATTRIBUTE}="date killed wounded reporter source">`,
        );
      continue;
    }
    if (!subject) {
      problems.push(
        `a casualty table under ${where} does not say whose count it is: put it under a heading whose id names the country and year, such as {#casualties-kyrgyzstan-2022}`,
      );
      continue;
    }
    const width = header?.children?.length ?? 0;
    const sourceColumn = columns.indexOf(SOURCE_COLUMN);
    if (columns.length !== width || sourceColumn < 0 || !columns.some((column) => MEASURE_COLUMNS.includes(column as ChartedMeasure))) {
      problems.push(
        `the casualty table under ${where} has ${width} columns but declares ${COUNT_COLUMNS_ATTRIBUTE}="${columns.join(' ')}"; name each column, with "${SOURCE_COLUMN}" and at least one of ${MEASURE_COLUMNS.map((m) => `"${m}"`).join(', ')}, so its counts can be checked against ${DATA_FILE}`,
      );
      continue;
    }
    for (const row of rows) {
      const cells = row.children ?? [];
      const sources = citedIn(cells[sourceColumn]);
      columns.forEach((column, index) => {
        const measure = MEASURE_COLUMNS.find((m) => m === column);
        const match = measure ? countCell.exec(textOf(cells[index] ?? { type: 'text' }).trim()) : null;
        if (!measure || !match) return;
        const qualifier = QUALIFIERS.find((q) => words.qualifier[q] === match[1]);
        counts.push({
          section: section!,
          rowLabel: textOf(cells[0] ?? { type: 'text' }).trim(),
          ...subject,
          measure,
          value: numberIn(match[2]!, words.locale),
          qualifier,
          counts: match[3] ? 'civilians' : 'all',
          sources,
        });
      });
    }
  }
  return { counts, problems };
}

/** The count in the table's own words: "164 wounded", "more than 60 killed", "206 civilians wounded". */
function describe(count: TableCount, words: CountTableWords): string {
  return words.count(count);
}

/** True when the data has a row that gives this count, from one of the sources the table cites. */
function matchesRow(count: TableCount, row: CasualtyRow): boolean {
  return (
    row.event === count.event &&
    row.side === count.side &&
    row.measure === count.measure &&
    row.value === count.value &&
    row.qualifier === count.qualifier &&
    row.counts === count.counts &&
    row.sources.some((id) => count.sources.includes(id))
  );
}

/** Every way the chapter's casualty tables disagree with the data, one line each naming the file. */
export function casualtyTableProblems(file: string, mdx: string, rows: readonly CasualtyRow[], words: CountTableWords): string[] {
  const { counts, problems } = readCasualtyTables(mdx, words);
  const mismatches = counts
    .filter((count) => !rows.some((row) => matchesRow(count, row)))
    .map(
      (count) =>
        `the table under #${count.section}, row "${count.rowLabel}", gives ${describe(count, words)} for ${count.side} in ${count.event}, citing ${count.sources.join(' ') || 'no source'}; ${DATA_FILE} has no such row from those sources. Correct the table or add the row.`,
    );
  return [...problems, ...mismatches].map((problem) => `${file}: ${problem}`);
}
