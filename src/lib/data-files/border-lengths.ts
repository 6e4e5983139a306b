/**
 * The published lengths of the border as /data/border-lengths.csv: one record per claim of
 * content/data/border-lengths.yaml, in its order, each with who gave it and its sources.
 */
import type { BorderLength } from '../../schemas/border-lengths';
import type { SourceNameWords } from '../site/source-name';
import type { CsvSource } from '../casualties/csv';
import { csvText, sourceColumns } from './csv';
import { rowSources } from './sources';

export const BORDER_LENGTH_COLUMNS = [
  'id',
  'km',
  'approximate',
  'emphasis',
  'agreed',
  'said_by',
  'source',
  'source_publisher',
  'source_url',
] as const;

export function borderLengthsCsv(rows: readonly BorderLength[], sources: ReadonlyMap<string, CsvSource>, words: SourceNameWords): string {
  return csvText(
    BORDER_LENGTH_COLUMNS,
    rows.map((row) => ({
      id: row.id,
      km: row.km,
      approximate: row.approximate,
      emphasis: row.emphasis,
      agreed: row.agreed,
      said_by: row.saidBy,
      ...sourceColumns(rowSources('border-lengths', row.id, row.sources, sources, words)),
    })),
  );
}
