import { describe, expect, it } from 'vitest';
import { DATA_FILE_IDS, DATA_FILES, fileAnchor, fileName } from './catalogue';

describe('DATA_FILES', () => {
  it('lists each file once, under /data/, named for its format', () => {
    expect(DATA_FILES.map((f) => f.id)).toEqual([...DATA_FILE_IDS]);
    expect(new Set(DATA_FILES.map((f) => f.path)).size).toBe(DATA_FILES.length);
    for (const file of DATA_FILES) expect(file.path).toMatch(new RegExp(`^/data/[a-z-]+\\.${file.format}$`));
  });

  it('names a file and its section on /data/', () => {
    expect(fileName(DATA_FILES[1]!)).toBe('chronology.csv');
    expect(fileAnchor(DATA_FILES[1]!)).toBe('data-chronology-csv');
  });

  it('has the JSON chronology carry the CSV’s fields, its sources as one list', () => {
    const [csv, json] = [DATA_FILES.find((f) => f.id === 'chronology-csv')!, DATA_FILES.find((f) => f.id === 'chronology-json')!];
    expect(json.columns).toEqual([...csv.columns.filter((c) => !c.startsWith('source')), 'sources']);
  });
});
