/**
 * CSV (RFC 4180) for the data files: a header line of column names, then one record per row,
 * lines ended by CRLF, the same as /data/casualties.csv. Several sources of a row share the
 * columns `source`, `source_publisher` and `source_url`, in the same order, separated by "; ".
 */
import { csvField } from '../casualties/csv';
import type { RowSource } from './sources';

const SOURCE_SEPARATOR = '; ';

export type CsvValue = string | number | boolean | undefined;

/** The file: `columns` in order, each record's fields taken by column name. */
export function csvText<C extends string>(columns: readonly C[], records: ReadonlyArray<Record<C, CsvValue>>): string {
  const lines = [columns.join(','), ...records.map((record) => columns.map((column) => csvField(record[column])).join(','))];
  return `${lines.join('\r\n')}\r\n`;
}

/** The three source columns of a row. */
export function sourceColumns(sources: readonly RowSource[]): { source: string; source_publisher: string; source_url: string } {
  return {
    source: sources.map((s) => s.id).join(SOURCE_SEPARATOR),
    source_publisher: sources.map((s) => s.publisher).join(SOURCE_SEPARATOR),
    source_url: sources.map((s) => s.url ?? '').join(SOURCE_SEPARATOR),
  };
}
