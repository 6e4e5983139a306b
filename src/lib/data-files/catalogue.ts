/**
 * The files /data/ lists and the build writes from content/data/: where each is served, its
 * format, the content files it is made from, its columns (a GeoJSON file's feature properties)
 * and the terms it is under. The words that describe them are the page's (src/i18n).
 */
import { CSV_COLUMNS as CASUALTY_COLUMNS } from '../casualties/csv';
import { BORDER_LENGTH_COLUMNS } from './border-lengths';
import { CHRONOLOGY_COLUMNS } from './chronology';
import { PLACE_PROPERTIES } from './places';

export const DATA_FILE_IDS = ['casualties', 'chronology-csv', 'chronology-json', 'places', 'border-lengths'] as const;
export type DataFileId = (typeof DATA_FILE_IDS)[number];

export const MEDIA_TYPES = { csv: 'text/csv', json: 'application/json', geojson: 'application/geo+json' } as const;
type DataFormat = keyof typeof MEDIA_TYPES;

/**
 * `site`: the site's own terms. `odbl`: the file holds what was read off OpenStreetMap's
 * boundaries (which country a place lies in), so it keeps OpenStreetMap's attribution and licence.
 */
type DataLicence = 'site' | 'odbl';

export interface DataFile {
  id: DataFileId;
  /** Root-relative path where the file is served. */
  path: string;
  format: DataFormat;
  /** The content files it is made from, relative to the project. */
  builtFrom: readonly string[];
  /** The CSV columns, or the JSON record's members, or the GeoJSON features' properties, in order. */
  columns: readonly string[];
  licence: DataLicence;
}

const SOURCES = 'content/sources.yaml';

export const DATA_FILES: readonly DataFile[] = [
  {
    id: 'casualties',
    path: '/data/casualties.csv',
    format: 'csv',
    builtFrom: ['content/data/casualties.yaml', 'content/data/text/en/casualties.yaml', SOURCES],
    columns: CASUALTY_COLUMNS,
    licence: 'site',
  },
  {
    id: 'chronology-csv',
    path: '/data/chronology.csv',
    format: 'csv',
    builtFrom: ['content/data/events.yaml', 'content/data/text/en/events.yaml', SOURCES],
    columns: CHRONOLOGY_COLUMNS,
    licence: 'site',
  },
  {
    id: 'chronology-json',
    path: '/data/chronology.json',
    format: 'json',
    builtFrom: ['content/data/events.yaml', 'content/data/text/en/events.yaml', SOURCES],
    columns: [...CHRONOLOGY_COLUMNS.filter((c) => !c.startsWith('source')), 'sources'],
    licence: 'site',
  },
  {
    id: 'places',
    path: '/data/places.geojson',
    format: 'geojson',
    builtFrom: ['content/data/places.yaml', 'content/data/text/en/places.yaml', SOURCES],
    columns: PLACE_PROPERTIES,
    licence: 'odbl',
  },
  {
    id: 'border-lengths',
    path: '/data/border-lengths.csv',
    format: 'csv',
    builtFrom: ['content/data/border-lengths.yaml', 'content/data/text/en/border-lengths.yaml', SOURCES],
    columns: BORDER_LENGTH_COLUMNS,
    licence: 'site',
  },
];

/** The file name alone: `casualties.csv`. */
export function fileName(file: DataFile): string {
  return file.path.slice(file.path.lastIndexOf('/') + 1);
}

/** The anchor of a file's section on /data/: `data-chronology-json`. */
export function fileAnchor(file: DataFile): string {
  return `data-${file.id}`;
}
