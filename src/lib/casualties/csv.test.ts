import { describe, expect, it } from 'vitest';
import { casualtiesCsv, csvField, CSV_COLUMNS, readCsv } from './csv';
import { row } from './test-rows';
import { words } from './test-words';

const sources = new Map([
  ['test-source', { publisher: 'Test Agency', url: 'https://example.org/a' }],
  ['seed', { publisher: 'News report, publisher not recorded' }],
]);

describe('csvField(value)', () => {
  it('quotes only what needs quoting, doubling quotes', () => {
    expect(csvField('62')).toBe('62');
    expect(csvField('Kyrgyz Health Ministry, via Sputnik')).toBe('"Kyrgyz Health Ministry, via Sputnik"');
    expect(csvField('"so far"')).toBe('"""so far"""');
    expect(csvField(undefined)).toBe('');
    expect(csvField(false)).toBe('false');
  });
});

describe('casualtiesCsv(rows, sources)', () => {
  const rows = [
    row({ id: 'a', value: 24, time: 'evening', note: 'Bodies: 12 in Batken, 10 in Leilek, "so far"', sources: ['test-source', 'seed'] }),
    row({ id: 'b', value: 62, asOf: '2022-09-24', comparison: 'latest', qualifier: 'at-least' }),
  ];
  const records = readCsv(casualtiesCsv(rows, sources, words));

  it('writes a header and one record per row, in order', () => {
    expect(records[0]).toEqual([...CSV_COLUMNS]);
    expect(records.slice(1).map((r) => r[0])).toEqual(['a', 'b']);
  });

  it('keeps every field readable back, commas and quotes included', () => {
    const a = Object.fromEntries(CSV_COLUMNS.map((column, i) => [column, records[1]![i]]));
    expect(a).toMatchObject({ value: '24', time: 'evening', official: 'true', note: 'Bodies: 12 in Batken, 10 in Leilek, "so far"' });
  });

  it("lists several sources in the same order in each source column, leaving a missing address's place empty", () => {
    const a = Object.fromEntries(CSV_COLUMNS.map((column, i) => [column, records[1]![i]]));
    expect(a.source).toBe('test-source; seed');
    expect(a.source_publisher).toBe('Test Agency; News report, publisher not recorded');
    expect(a.source_url).toBe('https://example.org/a; ');
  });

  it('says which row is the latest official figure', () => {
    const b = Object.fromEntries(CSV_COLUMNS.map((column, i) => [column, records[2]![i]]));
    expect(b).toMatchObject({ compared_as: 'latest-official', qualifier: 'at-least', as_of: '2022-09-24' });
  });

  it('fails, naming the row, on a source it does not know', () => {
    expect(() => casualtiesCsv([row({ id: 'c', sources: ['nowhere'] })], sources, words)).toThrow('row "c" cites "nowhere"');
  });
});
