/**
 * The casualty data as CSV (RFC 4180) for /data/casualties.csv: one line per row of
 * content/data/casualties.yaml, in the same order, with each source's publisher and address
 * beside its id so the file can be checked without the site.
 */
import type { CasualtyRow } from '../../schemas/casualties';
import { sourceName, type NamedSource, type SourceNameWords } from '../site/source-name';

export interface CsvSource extends NamedSource {
  url?: string | undefined;
}

/**
 * Column names, in order. A row with several sources lists them in the same order in `source`,
 * `source_publisher` and `source_url`, separated by "; "; a source with no recorded address
 * leaves its place in `source_url` empty.
 */
export const CSV_COLUMNS = [
  'id',
  'event',
  'side',
  'measure',
  'value',
  'qualifier',
  'counts',
  'as_of',
  'time',
  'as_of_label',
  'reported_by',
  'official',
  'compared_as',
  'source',
  'source_publisher',
  'source_url',
  'note',
] as const;

const SEPARATOR = '; ';

/** Quotes a field when it holds a comma, a quote or a line break, doubling any quotes. */
export function csvField(value: string | number | boolean | undefined): string {
  const text = value === undefined ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** `words` name a copy in `source_publisher` ("Reuters, via Devdiscourse"). */
export function casualtiesCsv(rows: readonly CasualtyRow[], sources: ReadonlyMap<string, CsvSource>, words: SourceNameWords): string {
  const lines = [CSV_COLUMNS.join(',')];
  for (const row of rows) {
    const cited = row.sources.map((id) => {
      const source = sources.get(id);
      if (!source) throw new Error(`casualties.csv: row "${row.id}" cites "${id}", which is not a known source.`);
      return source;
    });
    const fields: Record<(typeof CSV_COLUMNS)[number], string | number | boolean | undefined> = {
      id: row.id,
      event: row.event,
      side: row.side,
      measure: row.measure,
      value: row.value,
      qualifier: row.qualifier,
      counts: row.counts,
      as_of: row.asOf,
      time: row.time,
      as_of_label: row.asOfLabel,
      reported_by: row.reportedBy,
      official: row.official,
      compared_as: row.comparison === 'latest' ? 'latest-official' : row.comparison === 'other' ? 'other-report' : undefined,
      source: row.sources.join(SEPARATOR),
      source_publisher: cited.map((source) => sourceName(source, words)).join(SEPARATOR),
      source_url: cited.map((s) => s.url ?? '').join(SEPARATOR),
      note: row.note,
    };
    lines.push(CSV_COLUMNS.map((column) => csvField(fields[column])).join(','));
  }
  return `${lines.join('\r\n')}\r\n`;
}

/** Reads CSV written by `casualtiesCsv` back into records of fields (RFC 4180 quoting, CRLF lines). */
export function readCsv(csv: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < csv.length; i++) {
    const c = csv[i];
    if (quoted) {
      if (c === '"' && csv[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      record.push(field);
      field = '';
    } else if (c === '\r' && csv[i + 1] === '\n') {
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      i++;
    } else field += c;
  }
  return records;
}
