/**
 * Joins a data file's rows (the facts every language shares) with their words in one language,
 * the entries of its text layer keyed by row id (see src/schemas/text-layers.ts). A row without
 * words would show a blank on the page, and words whose row was renamed or removed would be lost
 * unseen, so both stop the build with the files and the ids named.
 */

/** The two files being joined, as the author finds them from the project root. */
export interface TextLayerFiles {
  /** The data file the rows come from: `content/data/events.yaml`. */
  facts: string;
  /** Its words in one language: `content/data/text/en/events.yaml`. */
  text: string;
}

function quotedList(ids: readonly string[]): string {
  return ids.map((id) => `"${id}"`).join(', ');
}

function rowsOf(count: number): string {
  return count === 1 ? '1 row' : `${count} rows`;
}

/**
 * What keeps rows and words from pairing up, one line per kind of problem naming both files and
 * every id concerned: rows with no entry in the text layer, and entries whose id no row has.
 * Empty when each row has its words and each entry its row.
 */
export function textLayerProblems(rowIds: readonly string[], textIds: readonly string[], files: TextLayerFiles): string[] {
  const rows = new Set(rowIds);
  const texts = new Set(textIds);
  const missing = rowIds.filter((id) => !texts.has(id));
  const orphaned = textIds.filter((id) => !rows.has(id));
  const problems: string[] = [];
  if (missing.length > 0) {
    problems.push(
      `${files.text} has no entry for ${rowsOf(missing.length)} of ${files.facts}: ${quotedList(missing)}. Add the words under each row's id.`,
    );
  }
  if (orphaned.length > 0) {
    problems.push(
      `${files.text} has words for ${orphaned.length === 1 ? 'an id' : `${orphaned.length} ids`} that ${files.facts} has no row for: ${quotedList(orphaned)}. ` +
        "Correct the id to the row's, or remove the entry.",
    );
  }
  return problems;
}

/**
 * Each row with its words, in the rows' order: the row's fields and its entry's in one object, as
 * the pages use them. Throws one error listing every problem: rows and entries that do not pair up
 * (textLayerProblems), then what `rowProblems` finds in a joined row (`field: message`, for rules
 * that need the facts and the words together).
 */
export function withText<Row extends { id: string }, Text extends object>(
  rows: readonly Row[],
  text: ReadonlyMap<string, Text>,
  files: TextLayerFiles,
  rowProblems: (row: Row & Text) => string[] = () => [],
): Array<Row & Text> {
  const unpaired = textLayerProblems(
    rows.map((row) => row.id),
    [...text.keys()],
    files,
  );
  if (unpaired.length > 0) throw new Error(unpaired.join('\n'));
  const joined = rows.map((row) => ({ ...row, ...text.get(row.id)! }));
  const problems = joined.flatMap((row) =>
    rowProblems(row).map((problem) => `${files.facts} with ${files.text}: row "${row.id}", ${problem}`),
  );
  if (problems.length > 0) throw new Error(problems.join('\n'));
  return joined;
}
