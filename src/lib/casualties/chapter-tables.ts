/**
 * The clash chapters also give the casualty counts in hand-written tables, one line per report,
 * because a table written for the text can say what the data rows cannot ("103, then 122").
 * The numbers in those tables must still be the data's numbers: the build reads every table with
 * a killed and a wounded (or injured) column and checks each count against
 * content/data/casualties.yaml, so a figure cannot be changed in one place and not the other.
 *
 * Such a table sits under a heading whose id names the country and the year
 * (`## Kyrgyzstan {#casualties-kyrgyzstan-2021}`): that is how the check knows whose count it is.
 */
import { extractCitedIds } from '../site/citations';
import { t } from '../site/ui-strings';
import { DATA_FILE } from './checks';
import { COUNTRIES, QUALIFIERS, type CasualtyRow, type ChartedMeasure, type Country, type Qualifier } from '../../schemas/casualties';
import { CLASH_YEARS, type ClashYear } from '../../schemas/fields';

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

/** Column headings that mark a casualty table, by what the column counts. */
const COUNT_COLUMNS: Record<string, ChartedMeasure> = { killed: 'killed', wounded: 'wounded', injured: 'wounded' };

const QUALIFIER_BY_WORDS = new Map<string, Qualifier>(QUALIFIERS.map((q) => [t.casualties.qualifier[q], q]));

/**
 * A cell that gives a count starts with it, maybe quoted and hedged: `36`, `"more than 60"`,
 * `13 civilians`, `**19, including 6 soldiers**`. A cell that starts with words ("not given",
 * "—", `"hundreds"`) gives none.
 */
const COUNT_CELL = new RegExp(`^"?(?:(${[...QUALIFIER_BY_WORDS.keys()].join('|')}) )?(\\d[\\d,]*)(?:\\s+(?:\\p{L}+\\s+)?(civilians?)\\b)?`, 'u');

function cellsOf(line: string): string[] {
  return line.trim().replace(/^\|/, '').replace(/\|$/, '').split('|').map((cell) => cell.trim().replace(/\*\*/g, ''));
}

function sectionOf(line: string): string | undefined {
  return /^#{2,6}\s.*\{#([^}\s]+)\}\s*$/.exec(line)?.[1];
}

/** Whose count a section's tables give, read from its heading id; undefined when it does not say. */
function sectionSubject(section: string | undefined): { event: ClashYear; side: Country } | undefined {
  if (!section) return undefined;
  const side = COUNTRIES.find((country) => section.includes(country));
  const event = CLASH_YEARS.find((year) => section.includes(String(year)));
  return side && event ? { side, event } : undefined;
}

/**
 * Every count in the chapter's casualty tables, and the problems met reading them (a casualty
 * table under a heading that names no country and year, or one without a source column).
 */
export function readCasualtyTables(mdx: string): { counts: TableCount[]; problems: string[] } {
  const counts: TableCount[] = [];
  const problems: string[] = [];
  let section: string | undefined;
  let header: string[] | undefined;
  for (const line of mdx.split('\n')) {
    section = sectionOf(line) ?? section;
    if (!line.trimStart().startsWith('|')) {
      header = undefined;
      continue;
    }
    const cells = cellsOf(line);
    if (!header) {
      header = cells.map((cell) => cell.toLowerCase());
      const isCasualtyTable = header.some((cell) => cell in COUNT_COLUMNS);
      if (isCasualtyTable && !sectionSubject(section)) {
        problems.push(`a casualty table under ${section ? `#${section}` : 'no heading'} does not say whose count it is: put it under a heading whose id names the country and year, such as {#casualties-kyrgyzstan-2022}`);
      } else if (isCasualtyTable && !header.includes('source')) {
        problems.push(`the casualty table under #${section} has no Source column, so its counts cannot be checked against ${DATA_FILE}`);
      }
      continue;
    }
    const subject = sectionSubject(section);
    const sourceColumn = header.indexOf('source');
    if (!subject || sourceColumn < 0 || cells.every((cell) => /^:?-+:?$/.test(cell))) continue;
    const sources = extractCitedIds(cells[sourceColumn] ?? '');
    header.forEach((column, index) => {
      const measure = COUNT_COLUMNS[column];
      const match = measure ? COUNT_CELL.exec(cells[index] ?? '') : null;
      if (!measure || !match) return;
      counts.push({
        section: section!,
        rowLabel: cells[0] ?? '',
        ...subject,
        measure,
        value: Number(match[2]!.replace(/,/g, '')),
        qualifier: match[1] ? QUALIFIER_BY_WORDS.get(match[1]) : undefined,
        counts: match[3] ? 'civilians' : 'all',
        sources,
      });
    });
  }
  return { counts, problems };
}

/** The count in the table's own words: "164 wounded", "more than 60 killed", "206 civilians wounded". */
function describe(count: TableCount): string {
  const words = t.casualties;
  const value = count.qualifier ? `${words.qualifier[count.qualifier]} ${count.value}` : String(count.value);
  return words.count(value, words.measure[count.measure], count.counts === 'civilians' ? words.civilians : undefined);
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
export function casualtyTableProblems(file: string, mdx: string, rows: readonly CasualtyRow[]): string[] {
  const { counts, problems } = readCasualtyTables(mdx);
  const mismatches = counts
    .filter((count) => !rows.some((row) => matchesRow(count, row)))
    .map(
      (count) =>
        `the table under #${count.section}, row "${count.rowLabel}", gives ${describe(count)} for ${count.side} in ${count.event}, citing ${count.sources.join(' ') || 'no source'}; ${DATA_FILE} has no such row from those sources. Correct the table or add the row.`,
    );
  return [...problems, ...mismatches].map((problem) => `${file}: ${problem}`);
}
