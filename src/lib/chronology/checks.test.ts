import { describe, expect, it } from 'vitest';
import { eventProblems } from './checks';

const sources = new Set(['tass-2022-09-25', 'rt-2022-09-16']);
const headings = new Map([
  ['protocol-kyzyl-bel', '/samarkand-ceasefire/'],
  ['story-in-brief', '/'],
]);
const row = {
  id: 'kyzyl-bel-protocol-2022',
  date: '2022-09-25',
  sources: ['tass-2022-09-25'],
  section: '/samarkand-ceasefire/#protocol-kyzyl-bel',
};

describe('eventProblems', () => {
  it('accepts rows whose sources and sections exist', () => {
    expect(
      eventProblems([row, { id: 'home', date: '2022-09-16', sources: ['rt-2022-09-16'], section: '/#story-in-brief' }], sources, headings),
    ).toEqual([]);
  });

  it('names the row and the source id that is not in sources.yaml', () => {
    expect(eventProblems([{ ...row, sources: ['tass-2022-09-25', 'no-such-source'] }], sources, headings)).toEqual([
      'row "kyzyl-bel-protocol-2022": source "no-such-source" is not in content/sources.yaml',
    ]);
  });

  it('names the row whose heading id does not exist', () => {
    expect(eventProblems([{ ...row, section: '/samarkand-ceasefire/#no-such-heading' }], sources, headings)[0]).toMatch(
      /row "kyzyl-bel-protocol-2022": section "\/samarkand-ceasefire\/#no-such-heading" does not exist/,
    );
  });

  it('names the row whose heading is on another page than the one given', () => {
    expect(eventProblems([{ ...row, section: '/border/#protocol-kyzyl-bel' }], sources, headings)).toEqual([
      'row "kyzyl-bel-protocol-2022": section "/border/#protocol-kyzyl-bel" does not exist; #protocol-kyzyl-bel is on /samarkand-ceasefire/',
    ]);
  });

  it('names a repeated id', () => {
    expect(eventProblems([row, { ...row, date: '2022-09-26' }], sources, headings)).toEqual([
      'row "kyzyl-bel-protocol-2022": the id is used twice; give each row its own',
    ]);
  });

  describe('events of one day', () => {
    const strike = { ...row, id: 'ovchi-kalacha-2022', date: '2022-09-16', section: '/#story-in-brief' };
    const meeting = { ...strike, id: 'samarkand-meeting-2022' };

    it('refuses two events of one day unless each says its place in it', () => {
      expect(eventProblems([strike, { ...meeting, order: 1 }], sources, headings)).toEqual([
        '2022-09-16: rows "ovchi-kalacha-2022", "samarkand-meeting-2022" share the day; give each an `order` (1 first) in the order they happened, as the sources tell it (missing on "ovchi-kalacha-2022")',
      ]);
      expect(
        eventProblems(
          [
            { ...strike, order: 2 },
            { ...meeting, order: 1 },
          ],
          sources,
          headings,
        ),
      ).toEqual([]);
    });
    it('refuses two events of one day in the same place', () => {
      expect(
        eventProblems(
          [
            { ...strike, order: 1 },
            { ...meeting, order: 1 },
          ],
          sources,
          headings,
        ),
      ).toEqual(['2022-09-16: rows "ovchi-kalacha-2022", "samarkand-meeting-2022" share the day and an `order`; give each its own place']);
    });
    it('leaves events known only to the month or year alone, and a day with one event', () => {
      const month = { ...strike, date: '2022-09' };
      expect(
        eventProblems([month, { ...meeting, date: '2022-09' }, { ...strike, id: 'alone', date: '2022-09-17' }], sources, headings),
      ).toEqual([]);
    });
  });
});
