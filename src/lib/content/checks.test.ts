import { describe, expect, it } from 'vitest';
import { contentProblems, type CheckedChapter, type ContentCollections } from './checks';
import { latestForEveryBar, row } from '../casualties/test-rows';
import { ENGLISH } from '../casualties/test-words';

function chapter(id: string, order: number, body: string, headingIds: string[] = []): CheckedChapter {
  return {
    id,
    file: `content/chapters/${id}.mdx`,
    order,
    body,
    citingText: body,
    headings: headingIds.map((slug) => ({ depth: 2, slug, text: slug })),
    updated: '2026-12-06',
  };
}

const COUNT_TABLE = (count: number) =>
  [
    '### Kyrgyzstan {#casualties-kyrgyzstan-2021}',
    '',
    '<Fold summary="Kyrgyzstan’s count" countColumns="date killed wounded reporter source">',
    '',
    '| As of | Killed | Injured | Reported by | Source |',
    '|---|---|---|---|---|',
    `| 1 May 2021 | 33 | ${count}, of whom 49 | Ministry | <Cite source="trend" /> |`,
    '',
    '</Fold>',
  ].join('\n');

/** A small site with nothing wrong: three chapters, two sources, the casualty data, one event and one alias. */
function site(): ContentCollections {
  return {
    chapters: [
      chapter('overview', 0, 'In brief <Cite source="trend" />.\n\n<CasualtyComparison number={1} />\n', ['in-brief']),
      chapter('clashes-2021', 1, `<TollTimeline event={2021} number={1} />\n\n${COUNT_TABLE(163)}\n`, [
        'casualties-2021',
        'casualties-kyrgyzstan-2021',
      ]),
      chapter('border', 2, '## Vorukh {#vorukh}\n\nText <Cite source="kabar" />.\n\n<BorderMap year={2022} number={1} />\n', ['vorukh']),
    ],
    sourceIds: new Set(['trend', 'kabar', 'test-source']),
    casualties: [
      ...latestForEveryBar(),
      row({ id: 'kg-wounded', event: 2021, asOf: '2021-05-01', measure: 'wounded', value: 163, sources: ['trend'] }),
      row({ id: 'kg-killed', event: 2021, asOf: '2021-05-01', measure: 'killed', value: 33, sources: ['trend'] }),
    ],
    events: [{ id: 'vorukh-2021', date: '2021-04-29', sources: ['kabar'], section: '/border/#vorukh' }],
    borderLengths: [{ id: 'gknb-2025', sources: ['kabar'] }],
    anchors: [{ page: '/border/', id: 'old-vorukh', aliasOf: 'vorukh' }],
    corrections: [
      { id: 'm3-vorukh', date: '2026-12-06', kind: 'correction', section: '/border/#vorukh', sources: ['kabar'] },
      { id: 'm2-chronology', date: '2026-12-01', kind: 'correction', section: '/chronology/#chronology-clashes-2021', sources: ['trend'] },
      { id: 'chronology-page', date: '2026-12-01', kind: 'addition', section: '/chronology/', sources: ['trend'] },
    ],
    chronologyUpdated: '2026-12-06',
  };
}

function withChapter(content: ContentCollections, id: string, change: (c: CheckedChapter) => Partial<CheckedChapter>): ContentCollections {
  return { ...content, chapters: content.chapters.map((c) => (c.id === id ? { ...c, ...change(c) } : c)) };
}

function withBody(content: ContentCollections, id: string, change: (body: string) => string): ContentCollections {
  return withChapter(content, id, (c) => ({ body: change(c.body), citingText: change(c.citingText) }));
}

describe('contentProblems', () => {
  it('finds nothing wrong with a sound site', () => {
    expect(contentProblems(site(), ENGLISH)).toEqual([]);
  });

  it('names both chapters that claim one place in the reading order', () => {
    const content = withChapter(site(), 'border', () => ({ order: 1 }));
    expect(contentProblems(content, ENGLISH)).toEqual([
      'content/chapters/border.mdx: order 1 is also used by content/chapters/clashes-2021.mdx; each chapter needs its own place in the reading order.',
    ]);
  });

  it('names the file and the numbers when two figures in a chapter have the same number', () => {
    const content = withBody(site(), 'border', (body) => `${body}\n<TollTimeline event={2022} number={1} />\n`);
    expect(contentProblems(content, ENGLISH)).toEqual([
      'content/chapters/border.mdx: figures are numbered 1, 1; number them 1, 2 in the order they appear',
    ]);
  });

  it('names the file, figure and allowed values when a figure is given a year it cannot draw', () => {
    const content = withBody(site(), 'clashes-2021', (body) => body.replace('<TollTimeline event={2021}', '<TollTimeline event={2023}'));
    expect(contentProblems(content, ENGLISH)).toEqual([
      'A figure in a chapter is given a value it cannot draw.\ncontent/chapters/clashes-2021.mdx: <TollTimeline event={2023}>: event must be one of 2021, 2022',
    ]);
  });

  it('names the file and the id of a citation of a source that does not exist', () => {
    const content = withBody(site(), 'border', (body) => body.replace('<Cite source="kabar"', '<Cite source="no-such-source kabar"'));
    expect(contentProblems(content, ENGLISH)).toEqual([
      'Unknown source id(s) cited:\n  content/chapters/border.mdx: cites "no-such-source" — no source with id "no-such-source" in content/sources.yaml',
    ]);
  });

  it('names the sources that nothing cites, so that a source left behind by a correction cannot wait to be cited unchecked', () => {
    const content = { ...site(), sourceIds: new Set(['trend', 'kabar', 'test-source', 'asia-plus-cut-short', 'wikisum']) };
    expect(contentProblems(content, ENGLISH)).toEqual([
      'content/sources.yaml has 2 sources that nothing cites; cite each where it supports a claim, or remove it: asia-plus-cut-short, wikisum',
    ]);
  });

  it('counts a source cited only by a data file or the corrections log as used', () => {
    const content = { ...site(), sourceIds: new Set(['trend', 'kabar', 'test-source', 'janes']) };
    const cited = { ...content, events: [{ ...content.events[0]!, sources: ['kabar', 'janes'] }] };
    expect(contentProblems(content, ENGLISH)).toHaveLength(1);
    expect(contentProblems(cited, ENGLISH)).toEqual([]);
  });

  it('names the row of a border length whose source does not exist', () => {
    const content = { ...site(), borderLengths: [{ id: 'gknb-2025', sources: ['nowhere'] }] };
    expect(contentProblems(content, ENGLISH)).toEqual([
      'content/data/border-lengths.yaml cites unknown source id(s) (content/sources.yaml): gknb-2025: "nowhere"',
    ]);
  });

  it('names the casualty row whose source does not exist, and a missing latest figure', () => {
    const rows = latestForEveryBar().filter((r) => r.id !== '2022-tajikistan-wounded-latest');
    const content = {
      ...site(),
      casualties: [
        ...rows,
        row({ id: 'kg-wounded', event: 2021, asOf: '2021-05-01', measure: 'wounded', value: 163, sources: ['trend', 'gone'] }),
        row({ id: 'kg-killed', event: 2021, asOf: '2021-05-01', measure: 'killed', value: 33, sources: ['trend'] }),
      ],
    };
    expect(contentProblems(content, ENGLISH)).toEqual([
      'content/data/casualties.yaml:\n  row "kg-wounded": source "gone" is not in content/sources.yaml\n  no row has comparison: latest for tajikistan, wounded, 2022; the comparison figure needs one',
    ]);
  });

  it('names the file, section, row and count when a casualty table gives a count the data does not have', () => {
    const content = withBody(site(), 'clashes-2021', (body) => body.replace('| 163, of whom', '| 164, of whom'));
    expect(contentProblems(content, ENGLISH)).toEqual([
      'content/chapters/clashes-2021.mdx: the table under #casualties-kyrgyzstan-2021, row "1 May 2021", gives 164 wounded for kyrgyzstan in 2021, citing trend; content/data/casualties.yaml has no such row from those sources. Correct the table or add the row.',
    ]);
  });

  it('stops a count table that does not declare its columns rather than pass it unchecked', () => {
    const content = withBody(site(), 'clashes-2021', (body) => body.replace(' countColumns="date killed wounded reporter source"', ''));
    expect(contentProblems(content, ENGLISH)).toEqual([
      expect.stringMatching(
        /^content\/chapters\/clashes-2021\.mdx: the table under #casualties-kyrgyzstan-2021 .* does not declare its columns/,
      ),
    ]);
  });

  it('names the id and both files when two chapters use the same heading id', () => {
    const content = withChapter(site(), 'clashes-2021', (c) => ({
      headings: [...c.headings, { depth: 2, slug: 'vorukh', text: 'Vorukh' }],
    }));
    expect(contentProblems(content, ENGLISH)).toEqual([
      'Heading ids must be unique across the site (they are what people link to):\n  #vorukh is used in content/chapters/clashes-2021.mdx and content/chapters/border.mdx; give one of them another explicit id: ## Title {#other-id}',
    ]);
  });

  it('keeps the ids the layout uses for itself from the chapters', () => {
    const content = withChapter(site(), 'border', (c) => ({ headings: [...c.headings, { depth: 2, slug: 'sources', text: 'Sources' }] }));
    expect(contentProblems(content, ENGLISH)).toEqual([
      expect.stringMatching(/#sources is used in the site layout and content\/chapters\/border\.mdx/),
    ]);
  });

  it("keeps each chapter's corrections list id from the headings", () => {
    const content = withChapter(site(), 'border', (c) => ({
      headings: [...c.headings, { depth: 2, slug: 'corrections-border', text: 'Corrections' }],
    }));
    expect(contentProblems(content, ENGLISH)).toEqual([
      expect.stringMatching(/#corrections-border is used in the site layout and content\/chapters\/border\.mdx/),
    ]);
  });

  it('names the chronology row whose source does not exist', () => {
    const content = {
      ...site(),
      events: [{ id: 'tashiev-dismissed-2026', date: '2026-02-10', sources: ['kabar', 'no-such-source'], section: '/border/#vorukh' }],
    };
    expect(contentProblems(content, ENGLISH)).toEqual([
      'content/data/events.yaml:\n  row "tashiev-dismissed-2026": source "no-such-source" is not in content/sources.yaml',
    ]);
  });

  it('names the chronology row whose section does not exist, or is on another page', () => {
    const content = {
      ...site(),
      events: [
        { id: 'khujand-summit-2025', date: '2025-03-31', sources: ['kabar'], section: '/samarkand-ceasefire/#no-such-section' },
        { id: 'vorukh-2021', date: '2021-04-29', sources: ['kabar'], section: '/clashes-2021/#vorukh' },
      ],
    };
    expect(contentProblems(content, ENGLISH)).toEqual([
      'content/data/events.yaml:\n  row "khujand-summit-2025": section "/samarkand-ceasefire/#no-such-section" does not exist; no heading on the site has the id "no-such-section"\n  row "vorukh-2021": section "/clashes-2021/#vorukh" does not exist; #vorukh is on /border/',
    ]);
  });

  it('names an anchor kept as an alias of a heading that is not on its page', () => {
    const content = { ...site(), anchors: [{ page: '/clashes-2021/', id: 'old-vorukh', aliasOf: 'vorukh' }] };
    expect(contentProblems(content, ENGLISH)).toEqual([
      'content/anchors.yaml: /clashes-2021/#old-vorukh is an alias of "vorukh", which is not a heading on /clashes-2021/.',
    ]);
  });

  it('reports every problem at once, so an author can fix them in one pass', () => {
    let content = withChapter(site(), 'border', () => ({ order: 1 }));
    content = withBody(content, 'clashes-2021', (body) => body.replace('| 163, of whom', '| 164, of whom'));
    content = { ...content, events: [{ id: 'e', date: '2020', sources: ['nowhere'], section: '/border/#vorukh' }] };
    expect(contentProblems(content, ENGLISH)).toHaveLength(3);
  });

  describe('the corrections log', () => {
    const correction = { id: 'e1-road', date: '2026-12-06', kind: 'correction' as const, section: '/border/#vorukh', sources: ['kabar'] };
    const withCorrections = (...corrections: ContentCollections['corrections']) => ({ ...site(), corrections });

    it('accepts corrections of chapter sections, chronology rows and periods, and a new page', () => {
      expect(contentProblems(site(), ENGLISH)).toEqual([]);
      expect(contentProblems(withCorrections({ ...correction, section: '/chronology/#event-vorukh-2021' }), ENGLISH)).toEqual([]);
      expect(contentProblems(withCorrections({ ...correction, kind: 'addition', section: '/names/' }), ENGLISH)).toEqual([]);
    });
    it('takes /names/ only as a whole page', () => {
      expect(contentProblems(withCorrections({ ...correction, kind: 'addition', section: '/names/#name-vorukh' }), ENGLISH)).toEqual([
        'content/data/corrections.yaml:\n  row "e1-road": section "/names/#name-vorukh": name /names/ alone, without an id',
      ]);
    });
    it('stops a chapter whose "Last updated" is older than its newest correction, naming both dates', () => {
      const content = withChapter(withCorrections(correction, { ...correction, id: 'older', date: '2026-12-01' }), 'border', () => ({
        updated: '2026-12-02',
      }));
      expect(contentProblems(content, ENGLISH)).toEqual([
        'content/data/corrections.yaml:\n  content/chapters/border.mdx: updated 2026-12-02 is older than its newest correction, of 2026-12-06; set `updated` to 2026-12-06 or later',
      ]);
      expect(
        contentProblems(
          withChapter(content, 'border', () => ({ updated: '2026-12-06' })),
          ENGLISH,
        ),
      ).toEqual([]);
    });
    it('stops the chronology, whose date is in content/pages.yaml, when a row was corrected after it', () => {
      const content = { ...withCorrections({ ...correction, section: '/chronology/#event-vorukh-2021' }), chronologyUpdated: '2026-12-01' };
      expect(contentProblems(content, ENGLISH)).toEqual([
        'content/data/corrections.yaml:\n  content/pages.yaml: chronology: updated 2026-12-01 is older than its newest correction, of 2026-12-06; set `updated` to 2026-12-06 or later',
      ]);
      expect(contentProblems({ ...content, chronologyUpdated: '2026-12-06' }, ENGLISH)).toEqual([]);
    });
    it('does not count a new section as a correction of the chapter', () => {
      const content = withChapter(withCorrections({ ...correction, kind: 'addition', date: '2026-12-07' }), 'border', () => ({
        updated: '2026-12-02',
      }));
      expect(contentProblems(content, ENGLISH)).toEqual([]);
    });
    it('names a row whose section, chronology row or page does not exist, or whose source is unknown', () => {
      const content = withCorrections(
        { ...correction, id: 'a', section: '/border/#no-such-heading' },
        { ...correction, id: 'b', section: '/clashes-2021/#vorukh' },
        { ...correction, id: 'c', section: '/chronology/#event-no-such-event' },
        { ...correction, id: 'd', section: '/no-such-page/' },
        { ...correction, id: 'e', sources: ['no-such-source'] },
        { ...correction, id: 'e' },
      );
      expect(contentProblems(content, ENGLISH)).toEqual([
        [
          'content/data/corrections.yaml:',
          '  row "a": section "/border/#no-such-heading" does not exist; /border/ has no heading or row with the id "no-such-heading"',
          '  row "b": section "/clashes-2021/#vorukh" does not exist; /clashes-2021/ has no heading or row with the id "vorukh"',
          '  row "c": section "/chronology/#event-no-such-event" does not exist; /chronology/ has no heading or row with the id "event-no-such-event"',
          '  row "d": section "/no-such-page/": /no-such-page/ is not a page of the site',
          '  row "e": source "no-such-source" is not in content/sources.yaml',
          '  row "e": the id is used twice; give each row its own',
        ].join('\n'),
      ]);
    });
  });
});
