import { describe, expect, it } from 'vitest';
import { figuresIn, printFigures, printNumberOf, renumberedReference } from './figures';

const overview = 'Text.\n\n<CasualtyComparison number={1} compact />\n';
const border = '<BorderMap id="figure-map" number={1} />\n\nSee [Figure 1](#figure-map).';
const clashes = [
  '<BorderMap id="figure-map-2021" number={1} year={2021} />',
  '<TollTimeline event={2021} number={2} />',
  '<CasualtyComparison id="figure-casualties-2021" number={3} />',
  'A <Cite source="x" /> is not a figure.',
].join('\n\n');

describe('figuresIn', () => {
  it('finds every numbered component with its anchor, given or by default', () => {
    expect(figuresIn('clashes-2021', clashes).map((f) => [f.id, f.number])).toEqual([
      ['figure-map-2021', 1],
      ['figure-toll-2021', 2],
      ['figure-casualties-2021', 3],
    ]);
    expect(figuresIn('overview', overview)[0]!.id).toBe('figure-casualties');
  });

  it('gives the same content key to the same figure placed twice, compact or not', () => {
    expect(figuresIn('overview', overview)[0]!.contentKey).toBe(figuresIn('clashes-2021', clashes)[2]!.contentKey);
    expect(figuresIn('border', border)[0]!.contentKey).not.toBe(figuresIn('clashes-2021', clashes)[0]!.contentKey);
  });

  it('keeps the home page’s compact map apart from the full map, which has the inset and the places', () => {
    const home = figuresIn('overview', '<BorderMap id="figure-map-home" number={1} compact />')[0]!;
    expect(home.contentKey).not.toBe(figuresIn('border', border)[0]!.contentKey);
  });

  it('knows the default anchors of the border-length plot and the chronology timeline', () => {
    expect(figuresIn('border', '<BorderLengths number={2} />')[0]!.id).toBe('figure-border-lengths');
    expect(figuresIn('samarkand-ceasefire', '<ChronologyTimeline number={1} />')[0]!.id).toBe('figure-chronology');
  });

  it('names the chapter when a figure has no anchor', () => {
    expect(() => figuresIn('border', '<BorderMap number={1} />')).toThrow(/border: <BorderMap number=\{1\}> needs an id/);
  });
});

describe('printFigures', () => {
  const chapters = [
    { id: 'overview', body: overview },
    { id: 'border', body: border },
    { id: 'clashes-2021', body: clashes },
  ];

  it('numbers figures once across the document and prints a repeated figure once', () => {
    const figures = printFigures(chapters);
    expect([...figures.numbers]).toEqual([
      ['figure-casualties', 1],
      ['figure-map', 2],
      ['figure-map-2021', 3],
      ['figure-toll-2021', 4],
    ]);
    expect(figures.repeats.get('figure-casualties-2021')).toBe('figure-casualties');
    expect(printNumberOf(figures, 'figure-casualties-2021')).toBe(1);
    expect(figures.chapterOf.get('figure-toll-2021')).toBe('clashes-2021');
  });
});

describe('figuresIn, for a figure’s own page', () => {
  it('gives the component, its props as values and the section it is placed under', () => {
    const mdx = ['Intro.', '## The 2021 clashes {#clashes}', '<BorderMap id="figure-map-2021" number={1} year={2021} compact />'].join(
      '\n\n',
    );
    const [figure] = figuresIn('clashes-2021', mdx);
    expect(figure).toMatchObject({
      component: 'BorderMap',
      props: { id: 'figure-map-2021', number: 1, year: 2021, compact: true },
      section: { id: 'clashes', text: 'The 2021 clashes' },
    });
  });

  it('leaves the section out for a figure placed before the first heading', () => {
    expect(figuresIn('border', border)[0]!.section).toBeUndefined();
  });
});

describe('renumberedReference', () => {
  const english = /^Figure \d+$/;
  const russian = /^[Рр]исун(?:ок|ка|ку|ком|ке)[ \u00A0]\d+$/u;

  it('gives a link naming a figure the number the figure has in print, changing only the digits', () => {
    expect(renumberedReference('Figure 2', english, 7)).toBe('Figure 7');
    expect(renumberedReference('Figure 12', english, 3)).toBe('Figure 3');
    expect(renumberedReference('рисунке 2', russian, 11)).toBe('рисунке 11');
    expect(renumberedReference('Рисунок\u00A03', russian, 5)).toBe('Рисунок\u00A05');
  });

  it('leaves any other link text alone', () => {
    expect(renumberedReference('the map', english, 7)).toBeUndefined();
    expect(renumberedReference('Figure 2 and the table', english, 7)).toBeUndefined();
    expect(renumberedReference('на рисунке 2', russian, 7)).toBeUndefined();
  });
});
