/**
 * The chronology as files, /data/chronology.csv and /data/chronology.json: one record per event
 * of content/data/events.yaml, in date order, with its sentence and its sources.
 */
import type { ChronologyEvent } from '../../schemas/events';
import type { SourceNameWords } from '../site/source-name';
import type { CsvSource } from '../casualties/csv';
import { csvText, sourceColumns } from './csv';
import { rowSources, type RowSource } from './sources';

export const CHRONOLOGY_COLUMNS = [
  'id',
  'date',
  'reported',
  'order',
  'kind',
  'text',
  'section',
  'source',
  'source_publisher',
  'source_url',
] as const;

/** One event as the JSON file holds it: the CSV's columns, its sources as a list. */
export interface ChronologyRecord {
  id: string;
  date: string;
  reported?: string;
  order?: number;
  kind: string;
  text: string;
  section: string;
  sources: RowSource[];
}

/** The events' records, in the order given (the site's date order). */
export function chronologyRecords(
  events: readonly ChronologyEvent[],
  sources: ReadonlyMap<string, CsvSource>,
  words: SourceNameWords,
): ChronologyRecord[] {
  return events.map((event) => ({
    id: event.id,
    date: event.date,
    ...(event.reported ? { reported: event.reported } : {}),
    ...(event.order !== undefined ? { order: event.order } : {}),
    kind: event.kind,
    text: event.text,
    section: event.section,
    sources: rowSources('chronology', event.id, event.sources, sources, words),
  }));
}

export function chronologyCsv(records: readonly ChronologyRecord[]): string {
  return csvText(
    CHRONOLOGY_COLUMNS,
    records.map(({ sources, ...record }) => ({ reported: undefined, order: undefined, ...record, ...sourceColumns(sources) })),
  );
}

/** The JSON file: what it is and under what terms (`about`), then the events. */
export function chronologyJson(records: readonly ChronologyRecord[], about: { title: string; licence: string }): string {
  return `${JSON.stringify({ ...about, events: records }, null, 2)}\n`;
}
