import { describe, expect, it } from 'vitest';
import { sourceSchema } from './sources';
import { issues } from './test-issues';

describe('sourceSchema', () => {
  const source = {
    id: 'hrw-2023-05-02',
    publisher: 'Human Rights Watch',
    title: 'Report',
    date: '2023-05-02',
    url: 'https://www.hrw.org/',
  };
  it('accepts dates as precise as they are known', () => {
    for (const date of ['2023', '2023-05', '2023-05-02']) expect(sourceSchema.safeParse({ ...source, date }).success).toBe(true);
  });
  it('rejects a month or day that cannot exist', () => {
    expect(issues(sourceSchema.safeParse({ ...source, date: '2023-13' }))[0]).toMatch(/^date:/);
    expect(issues(sourceSchema.safeParse({ ...source, date: '2023-05-32' }))[0]).toMatch(/^date:/);
    expect(issues(sourceSchema.safeParse({ ...source, date: '2023-02-29' }))[0]).toBe('date: "2023-02-29" is not a day of the calendar');
    expect(sourceSchema.safeParse({ ...source, date: '2024-02-29' }).success).toBe(true);
  });
  it('rejects an id that cannot be an anchor', () => {
    expect(issues(sourceSchema.safeParse({ ...source, id: 'HRW 2023' }))[0]).toMatch(/^id:/);
  });
  it('stops a source with neither an address nor a note of where its copy is kept', () => {
    const { url: _url, ...rest } = source;
    expect(issues(sourceSchema.safeParse(rest))).toEqual([expect.stringMatching(/^url: give the address/)]);
    expect(sourceSchema.safeParse({ ...rest, archiveNote: 'Stored copy in the research archive; no address recorded.' }).success).toBe(
      true,
    );
  });
  it('stops a source whose publisher is not known', () => {
    for (const publisher of ['News report (publisher not recorded)', 'Unknown', 'Anonymous blog']) {
      expect(issues(sourceSchema.safeParse({ ...source, publisher }))[0]).toMatch(/^publisher: name the publisher or the author/);
    }
  });
  it('asks a copy to say whose text it carries rather than hide it in the publisher', () => {
    expect(issues(sourceSchema.safeParse({ ...source, publisher: 'Wikipedia (English), copy on wikimili.com' }))[0]).toMatch(
      /^publisher: .*carries/,
    );
    expect(issues(sourceSchema.safeParse({ ...source, publisher: 'Dzen (relaying REGNUM)' }))[0]).toMatch(/^publisher: .*carries/);
    expect(sourceSchema.safeParse({ ...source, publisher: 'Devdiscourse', carries: 'Reuters' }).success).toBe(true);
  });
  it('refuses a relay written as "X (citing Y)" or "Y, quoted on X": the relayed outlet goes in `carries`', () => {
    for (const publisher of [
      'Orda.kz (citing AKIpress)',
      'International Crisis Group CrisisWatch, quoted on barcelonaradical.net',
      'Trend (quoting Kabar)',
    ]) {
      expect(issues(sourceSchema.safeParse({ ...source, publisher }))).toEqual([
        'publisher: name only the site here, and say whose text it republishes in `carries`',
      ]);
    }
    expect(sourceSchema.safeParse({ ...source, publisher: 'Orda.kz', carries: 'AKIpress' }).success).toBe(true);
  });
  it('stops "undated" given as a title and a date note that repeats the date', () => {
    expect(issues(sourceSchema.safeParse({ ...source, title: 'undated' }))[0]).toMatch(/^title:/);
    expect(issues(sourceSchema.safeParse({ ...source, date: '2017', dateNote: '2017 (late November)' }))[0]).toMatch(
      /^dateNote: repeats the date 2017/,
    );
    expect(sourceSchema.safeParse({ ...source, date: '2017', dateNote: 'late November' }).success).toBe(true);
  });
});
