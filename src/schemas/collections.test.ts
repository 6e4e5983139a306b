import { describe, expect, it } from 'vitest';
import { anchorSchema, chapterSchema, placeSchema, sourceSchema } from './collections';

const chapter = {
  title: 'The border',
  navTitle: 'The border',
  description: 'How long the border is, where it was contested and why, from Soviet maps to water.',
  order: 1,
  updated: '2026-11-27',
};

function issues(result: { success: boolean; error?: { issues: Array<{ path: PropertyKey[]; message: string }> } }) {
  return result.error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`) ?? [];
}

describe('chapterSchema', () => {
  it('accepts a complete chapter and reads its date', () => {
    const parsed = chapterSchema.parse(chapter);
    expect(parsed.updated).toEqual(new Date('2026-11-27'));
  });
  it('rejects a missing title and names the field', () => {
    const { title: _title, ...rest } = chapter;
    expect(issues(chapterSchema.safeParse(rest))).toEqual([expect.stringMatching(/^title:/)]);
  });
  it('rejects a title that is a number', () => {
    expect(issues(chapterSchema.safeParse({ ...chapter, title: 1921 }))).toEqual([expect.stringMatching(/^title:/)]);
  });
  it('rejects an impossible date', () => {
    expect(issues(chapterSchema.safeParse({ ...chapter, updated: '2026-02-30x' }))).toEqual([expect.stringMatching(/^updated:/)]);
  });
  it('asks for a real description', () => {
    expect(issues(chapterSchema.safeParse({ ...chapter, description: 'Short.' }))[0]).toMatch(/^description: write one full sentence/);
  });
});

describe('sourceSchema', () => {
  const source = { id: 'hrw-2023-05-02', publisher: 'Human Rights Watch', title: 'Report', date: '2023-05-02', url: 'https://www.hrw.org/' };
  it('accepts dates as precise as they are known', () => {
    for (const date of ['2023', '2023-05', '2023-05-02']) expect(sourceSchema.safeParse({ ...source, date }).success).toBe(true);
  });
  it('rejects a month or day that cannot exist', () => {
    expect(issues(sourceSchema.safeParse({ ...source, date: '2023-13' }))[0]).toMatch(/^date:/);
    expect(issues(sourceSchema.safeParse({ ...source, date: '2023-05-32' }))[0]).toMatch(/^date:/);
    expect(issues(sourceSchema.safeParse({ ...source, date: '2023-02-29' }))[0]).toMatch(/^date: no such day/);
    expect(sourceSchema.safeParse({ ...source, date: '2024-02-29' }).success).toBe(true);
  });
  it('rejects an id that cannot be an anchor', () => {
    expect(issues(sourceSchema.safeParse({ ...source, id: 'HRW 2023' }))[0]).toMatch(/^id:/);
  });
  it('stops a source with neither an address nor a note of where its copy is kept', () => {
    const { url: _url, ...rest } = source;
    expect(issues(sourceSchema.safeParse(rest))).toEqual([expect.stringMatching(/^url: give the address/)]);
    expect(sourceSchema.safeParse({ ...rest, archiveNote: 'Stored copy in the research archive; no address recorded.' }).success).toBe(true);
  });
  it('stops a source whose publisher is not known', () => {
    for (const publisher of ['News report (publisher not recorded)', 'Unknown', 'Anonymous blog']) {
      expect(issues(sourceSchema.safeParse({ ...source, publisher }))[0]).toMatch(/^publisher: name the publisher or the author/);
    }
  });
  it('asks a copy to say whose text it carries rather than hide it in the publisher', () => {
    expect(issues(sourceSchema.safeParse({ ...source, publisher: 'Wikipedia (English), copy on wikimili.com' }))[0]).toMatch(/^publisher: .*carries/);
    expect(issues(sourceSchema.safeParse({ ...source, publisher: 'Dzen (relaying REGNUM)' }))[0]).toMatch(/^publisher: .*carries/);
    expect(sourceSchema.safeParse({ ...source, publisher: 'Devdiscourse', carries: 'Reuters' }).success).toBe(true);
  });
  it('stops "undated" given as a title and a date note that repeats the date', () => {
    expect(issues(sourceSchema.safeParse({ ...source, title: 'undated' }))[0]).toMatch(/^title:/);
    expect(issues(sourceSchema.safeParse({ ...source, date: '2017', dateNote: '2017 (late November)' }))[0]).toMatch(/^dateNote: repeats the date 2017/);
    expect(sourceSchema.safeParse({ ...source, date: '2017', dateNote: 'late November' }).success).toBe(true);
  });
});

describe('anchorSchema', () => {
  it('accepts a published page and id, and an alias', () => {
    expect(anchorSchema.safeParse({ page: '/clashes-2022/', id: 'casualties-2022' }).success).toBe(true);
    expect(anchorSchema.safeParse({ page: '/', id: 'old-id', aliasOf: 'key-figures' }).success).toBe(true);
  });
  it('rejects a page without its trailing slash', () => {
    expect(issues(anchorSchema.safeParse({ page: '/border', id: 'vorukh' }))[0]).toMatch(/^page:/);
  });
});

describe('placeSchema', () => {
  const town = { id: 'batken', name: 'Batken', kind: 'town', country: 'KG', latitude: 40.05, longitude: 70.81667, source: 'russian-wikipedia-text-n236', approximate: false };
  const site = { ...town, id: 'clash-2022-ak-sai', kind: 'clash-site', year: 2022, section: '/clashes-2022/#day-16-september-2022', event: '16 September 2022. Tajik forces briefly held the village.', eventSource: 'human-rights-watch-2023-05-02' };

  it('accepts a town and fills in the defaults', () => {
    expect(placeSchema.parse(town)).toMatchObject({ map: 'region', labelPriority: 3 });
  });
  it('catches swapped latitude and longitude', () => {
    expect(issues(placeSchema.safeParse({ ...town, latitude: 70.81667, longitude: 40.05 }))).toEqual([
      expect.stringMatching(/^latitude: outside Central Asia.*swapped/),
      expect.stringMatching(/^longitude: outside Central Asia/),
    ]);
  });
  it('lets only a clash site go without a position', () => {
    expect(placeSchema.safeParse({ ...site, latitude: null, longitude: null, source: undefined, approximate: undefined }).success).toBe(true);
    expect(issues(placeSchema.safeParse({ ...town, latitude: null, longitude: null }))).toEqual([expect.stringMatching(/^latitude: only a clash site/)]);
  });
  it('asks for a source and the approximate flag with every position', () => {
    expect(issues(placeSchema.safeParse({ ...town, source: undefined, approximate: undefined }))).toEqual([
      expect.stringMatching(/^source:/),
      expect.stringMatching(/^approximate:/),
    ]);
  });
  it('asks a clash site for its year, section, event and sources', () => {
    const { year: _y, section: _s, event: _e, eventSource: _es, ...bare } = site;
    expect(issues(placeSchema.safeParse(bare)).map((i) => i.split(':')[0])).toEqual(['year', 'section', 'event', 'eventSource']);
  });
  it('wants a section as a path and a heading id', () => {
    expect(issues(placeSchema.safeParse({ ...site, section: 'clashes-2022#day' }))).toEqual([expect.stringMatching(/^section:/)]);
  });
});
