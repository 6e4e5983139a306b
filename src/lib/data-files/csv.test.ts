import { csvParse } from 'd3-dsv';
import { describe, expect, it } from 'vitest';
import { borderLengthsCsv, BORDER_LENGTH_COLUMNS } from './border-lengths';
import { chronologyCsv, chronologyJson, chronologyRecords, CHRONOLOGY_COLUMNS } from './chronology';
import { borderLength, event, sources, words } from './test-data';

describe('chronologyCsv(records)', () => {
  const events = [
    event({
      id: 'talks-2022',
      date: '2022-11',
      reported: '2022-11-14',
      kind: 'talks',
      text: 'Talks resumed, "in earnest", by one account.',
    }),
    event({ id: 'clash-2022', order: 2, sources: ['copy-2022', 'stored-copy', 'agency-2022'] }),
  ];
  const rows = csvParse(chronologyCsv(chronologyRecords(events, sources, words)));

  it('reads back with d3-dsv: the columns in order and one row per event, in order', () => {
    expect(rows.columns).toEqual([...CHRONOLOGY_COLUMNS]);
    expect(rows.map((r) => r.id)).toEqual(['talks-2022', 'clash-2022']);
  });

  it('keeps quotes and commas, and leaves what an event does not have empty', () => {
    expect(rows[0]).toMatchObject({
      date: '2022-11',
      reported: '2022-11-14',
      order: '',
      text: 'Talks resumed, "in earnest", by one account.',
    });
    expect(rows[1]).toMatchObject({ reported: '', order: '2', section: '/clashes-2022/#fighting-2022' });
  });

  it('names every source of a row by id, publisher and address, in the same order, a missing address left empty', () => {
    expect(rows[1]).toMatchObject({
      source: 'copy-2022; stored-copy; agency-2022',
      source_publisher: 'Wire Service, via Copy Site; Archive Only; Test Agency',
      source_url: 'https://example.org/b?x=1,2; ; https://example.org/a',
    });
  });

  it('refuses a source the site does not know, naming the row', () => {
    expect(() => chronologyRecords([event({ id: 'lost-2022', sources: ['nowhere'] })], sources, words)).toThrow(
      /"lost-2022" cites "nowhere"/,
    );
  });
});

describe('chronologyJson(records, about)', () => {
  const records = chronologyRecords([event({ id: 'clash-2022', sources: ['copy-2022'] })], sources, words);
  const file = JSON.parse(chronologyJson(records, { title: 'Chronology', licence: 'Test terms' })) as Record<string, unknown>;

  it('parses back to the events with their sources as a list, and says what it is and under what terms', () => {
    expect(file).toMatchObject({ title: 'Chronology', licence: 'Test terms' });
    expect(file.events).toEqual([
      {
        id: 'clash-2022',
        date: '2022-09-16',
        kind: 'clash',
        text: "Something happened, by the test's account.",
        section: '/clashes-2022/#fighting-2022',
        sources: [{ id: 'copy-2022', publisher: 'Wire Service, via Copy Site', url: 'https://example.org/b?x=1,2' }],
      },
    ]);
  });
});

describe('borderLengthsCsv(rows, sources, words)', () => {
  const rows = csvParse(
    borderLengthsCsv(
      [
        borderLength({ id: 'gknb-2025', km: 1006.84, emphasis: 'treaty', agreed: '519.9 km before 2011, 486.94 km since' }),
        borderLength({ id: 'afp-2022', approximate: true }),
      ],
      sources,
      words,
    ),
  );

  it('reads back with d3-dsv: the columns in order, one row per claim, the figure unrounded', () => {
    expect(rows.columns).toEqual([...BORDER_LENGTH_COLUMNS]);
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatchObject({
      id: 'gknb-2025',
      km: '1006.84',
      approximate: 'false',
      emphasis: 'treaty',
      agreed: '519.9 km before 2011, 486.94 km since',
    });
    expect(rows[1]).toMatchObject({
      km: '970',
      approximate: 'true',
      emphasis: '',
      source: 'agency-2022',
      source_url: 'https://example.org/a',
    });
  });
});
