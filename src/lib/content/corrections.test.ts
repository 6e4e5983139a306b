import { describe, expect, it } from 'vitest';
import { byDay, correctionsOn, newestFirst, pageOf, placeName, type SitePlaces } from './corrections';

const rows = [
  { id: 'a', date: '2026-12-01', kind: 'correction', section: '/border/#vorukh' },
  { id: 'b', date: '2026-12-06', kind: 'correction', section: '/border/#border-road-swaps' },
  { id: 'c', date: '2026-12-06', kind: 'addition', section: '/border/#brief-border' },
  { id: 'd', date: '2026-12-02', kind: 'correction', section: '/#overview-settlement' },
  { id: 'e', date: '2026-12-06', kind: 'correction', section: '/chronology/#event-talks-resume-2022' },
];

describe('the corrections log', () => {
  it('lists the newest first, keeping the written order within a day', () => {
    expect(newestFirst(rows).map((r) => r.id)).toEqual(['b', 'c', 'e', 'd', 'a']);
  });
  it("names a section's page", () => {
    expect(pageOf('/clashes-2022/#brief-2022')).toBe('/clashes-2022/');
    expect(pageOf('/#overview-settlement')).toBe('/');
    expect(pageOf('/chronology/')).toBe('/chronology/');
  });
  it("gives a page its corrections of facts, not its new sections nor another page's", () => {
    expect(correctionsOn(newestFirst(rows), '/border/').map((r) => r.id)).toEqual(['b', 'a']);
    expect(correctionsOn(rows, '/').map((r) => r.id)).toEqual(['d']);
    expect(correctionsOn(rows, '/about/')).toEqual([]);
  });
  it('groups the rows by day, newest day first', () => {
    expect(byDay(rows).map((d) => [d.date, d.changes.map((r) => r.id)])).toEqual([
      ['2026-12-06', ['b', 'c', 'e']],
      ['2026-12-02', ['d']],
      ['2026-12-01', ['a']],
    ]);
  });

  describe('the name of a place', () => {
    const site: SitePlaces = {
      chronology: { path: '/chronology/', title: 'Chronology' },
      pages: [{ path: '/names/', title: 'Names and places, A–Z' }],
      chapters: [
        { path: '/', navTitle: 'Overview', headings: [{ slug: 'key-figures', text: 'Key figures' }] },
        { path: '/clashes-2022/', navTitle: '2022 clashes', headings: [{ slug: 'brief-2022', text: 'In brief' }] },
      ],
      eventDates: new Map([['event-talks-resume-2022', 'November 2022']]),
    };
    const words = {
      where: (heading: string, page: string) => `${heading} (${page})`,
      chronologyRow: (date: string) => `the event of ${date}`,
      pageOpening: 'the opening',
    };
    it('names a heading with its chapter, a chronology row by its date, and a page', () => {
      expect(placeName('/clashes-2022/#brief-2022', site, words)).toBe('In brief (2022 clashes)');
      expect(placeName('/#key-figures', site, words)).toBe('Key figures (Overview)');
      expect(placeName('/', site, words)).toBe('the opening (Overview)');
      expect(placeName('/chronology/#event-talks-resume-2022', site, words)).toBe('the event of November 2022 (Chronology)');
      expect(placeName('/chronology/', site, words)).toBe('Chronology');
      expect(placeName('/names/', site, words)).toBe('Names and places, A–Z');
    });
    it('leaves the page out in a list that is the page’s own', () => {
      expect(placeName('/clashes-2022/#brief-2022', site, words, false)).toBe('In brief');
      expect(placeName('/', site, words, false)).toBe('the opening');
      expect(placeName('/chronology/#event-talks-resume-2022', site, words, false)).toBe('the event of November 2022');
    });
  });
});
