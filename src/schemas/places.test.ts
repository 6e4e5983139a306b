import { describe, expect, it } from 'vitest';
import { placeRowProblems, placeSchema, placeTextSchema } from './places';
import { issues } from './test-issues';

describe('placeSchema', () => {
  const town = {
    id: 'batken',
    kind: 'town',
    country: 'KG',
    latitude: 40.05,
    longitude: 70.81667,
    source: 'russian-wikipedia-text-n236',
    approximate: false,
  };
  const site = {
    ...town,
    id: 'clash-2022-ak-sai',
    kind: 'clash-site',
    year: 2022,
    section: '/clashes-2022/#day-16-september-2022',
    eventSource: 'human-rights-watch-2023-05-02',
  };

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
    expect(placeSchema.safeParse({ ...site, latitude: null, longitude: null, source: undefined, approximate: undefined }).success).toBe(
      true,
    );
    expect(issues(placeSchema.safeParse({ ...town, latitude: null, longitude: null }))).toEqual([
      expect.stringMatching(/^latitude: only a clash site/),
    ]);
  });
  it('asks for a source and the approximate flag with every position', () => {
    expect(issues(placeSchema.safeParse({ ...town, source: undefined, approximate: undefined }))).toEqual([
      expect.stringMatching(/^source:/),
      expect.stringMatching(/^approximate:/),
    ]);
  });
  it('asks a clash site for its year, section and sources', () => {
    const { year: _y, section: _s, eventSource: _es, ...bare } = site;
    expect(issues(placeSchema.safeParse(bare)).map((i) => i.split(':')[0])).toEqual(['year', 'section', 'eventSource']);
  });

  it('asks a clash site’s words to say what happened there', () => {
    const facts = placeSchema.parse(site);
    expect(placeRowProblems({ ...facts, name: 'Ak-Sai' })).toEqual(['event: say in a sentence what happened there']);
    expect(placeRowProblems({ ...facts, name: 'Ak-Sai', event: '16 September 2022. Tajik forces briefly held the village.' })).toEqual([]);
    expect(placeRowProblems({ ...placeSchema.parse(town), name: 'Batken' })).toEqual([]);
  });

  it('keeps the name in the words, not in the facts', () => {
    expect(issues(placeSchema.safeParse({ ...town, name: 'Batken' }))).toEqual([
      ': not a field of content/data/places.yaml: "name"; words go in content/data/text/<locale>/places.yaml',
    ]);
    expect(issues(placeTextSchema.safeParse({ note: 'A note.' }))).toEqual([expect.stringMatching(/^name:/)]);
  });
  it('wants a section as a path and a heading id', () => {
    expect(issues(placeSchema.safeParse({ ...site, section: 'clashes-2022#day' }))).toEqual([expect.stringMatching(/^section:/)]);
  });
  it('takes source lists with ids separated by spaces only', () => {
    expect(placeSchema.safeParse({ ...town, source: 'russian-wikipedia-text-n236 german-wikipedia-2023' }).success).toBe(true);
    expect(issues(placeSchema.safeParse({ ...town, source: 'russian-wikipedia-text-n236,german-wikipedia-2023' }))).toEqual([
      expect.stringMatching(/^source: source ids .* separated by spaces \(no commas\)/),
    ]);
    expect(issues(placeSchema.safeParse({ ...site, eventSource: 'a, b' }))).toEqual([expect.stringMatching(/^eventSource: /)]);
  });
  it('names the clash years a site may have', () => {
    expect(issues(placeSchema.safeParse({ ...site, year: 2023 }))).toEqual(['year: one of 2021, 2022']);
  });
});
