import { describe, expect, it } from 'vitest';
import { asXml, attributeOf, elementsOf, figureParts, hasClass, textOf } from './figure-markup';

/** A chart figure as Figure.astro writes it: two panels, a caption, a source line, folded sources. */
const CHART = [
  '<figure id="figure-toll" class="figure" aria-labelledby="figure-toll-title"><div class="figure__graphic">',
  '<chart-details class="chart-panels chart-panels--comparison">',
  '<svg class="chart" viewBox="0 0 280 218" aria-label="a &gt; b"><title>Killed</title><g><svg class="inner" viewBox="0 0 1 1"></svg></g>',
  '<a href="/clashes-2021/#x" class="chart__link"><rect class="chart__bar" width="3"></rect></a></svg>',
  '<svg class="chart" viewBox="0 0 340 230"><path d></path></svg>',
  '</chart-details></div><figcaption class="figure__caption"><p class="figure__title"><span id="figure-toll-title">',
  '<span class="figure__number">Figure 2.</span> Killed &amp; wounded, by side.</span> More words.</p>',
  '<p class="figure__sources"><span class="figure__sources-label">Sources:</span> <a href="/sources/#a">[12] 24.kg</a>; <a href="/sources/#b">[3] AFP, via Trend</a></p>',
  '<details class="figure__more-sources"><summary>All 4 sources</summary><p class="figure__sources"><a href="#c">[1] C</a>; <a href="#d">[2] D</a>.</p></details>',
  '</figcaption></figure>',
].join('');

/** A map figure: the main map with a narrow layout to leave out, an inset, a locator and a legend. */
const MAP = [
  '<figure id="figure-map" class="figure"><div class="figure__graphic"><border-map class="border-map"><div class="border-map__frame">',
  '<svg class="border-map__svg border-map__svg--main" viewBox="0 0 560 420"><g class="border-map__layout border-map__layout--wide"><g><circle r="3"></circle></g></g>',
  '<g class="border-map__layout border-map__layout--narrow"><g><circle r="5.4"></circle></g></g></svg></div>',
  '<div class="border-map__panels"><div class="border-map__frame border-map__frame--inset"><p class="border-map__inset-title">Detail: Isfara</p>',
  '<svg class="border-map__svg border-map__svg--inset border-map__svg--one-layout" viewBox="0 0 400 400"></svg></div>',
  '<div class="border-map__key"><svg class="border-map__locator" viewBox="0 0 200 150" role="img"></svg>',
  '<ul class="border-map__legend"><li><svg class="border-map__swatch" viewBox="0 0 20 14" aria-hidden="true"><rect></rect></svg>Kyrgyzstan</li>',
  '<li><svg class="border-map__swatch" viewBox="-10 -7 20 14" aria-hidden="true"><circle></circle></svg>Clash site,&nbsp;April 2021</li></ul></div></div>',
  '</border-map></div><figcaption><p class="figure__title"><span id="figure-map-title">The border.</span></p></figcaption></figure>',
].join('');

describe('elementsOf', () => {
  it('finds the outermost elements of a name, each to its own matching end tag', () => {
    const svgs = elementsOf(CHART, 'svg');
    expect(svgs).toHaveLength(2);
    expect(svgs[0]!.markup.startsWith('<svg class="chart" viewBox="0 0 280 218"')).toBe(true);
    expect(svgs[0]!.markup.endsWith('</a></svg>')).toBe(true);
    expect(svgs[1]!.markup).toBe('<svg class="chart" viewBox="0 0 340 230"><path d></path></svg>');
  });
  it('keeps only the elements whose start tag is accepted, counting nested ones it skips', () => {
    const found = elementsOf('<g class="a"><g class="b"></g></g><g class="b"><g></g></g>', 'g', (tag) => hasClass(tag, 'b'));
    expect(found.map((f) => f.markup)).toEqual(['<g class="b"></g>', '<g class="b"><g></g></g>']);
  });
  it('does not take a longer tag name for the one asked for', () => {
    expect(elementsOf('<abbr>x</abbr><a href="y">z</a>', 'a').map((f) => f.markup)).toEqual(['<a href="y">z</a>']);
  });
  it('fails on an element that is never closed', () => {
    expect(() => elementsOf('<svg viewBox="0 0 1 1"><g></g>', 'svg')).toThrow(/never closed/);
  });
});

describe('attributeOf, hasClass and textOf', () => {
  it('read an attribute, a class and the decoded text of some markup', () => {
    expect(attributeOf('<svg class="chart big" viewBox="0 0 2 3">', 'viewBox')).toBe('0 0 2 3');
    expect(attributeOf('<svg class="chart">', 'id')).toBeUndefined();
    expect(hasClass('<svg class="chart big">', 'big')).toBe(true);
    expect(hasClass('<svg class="chart-big">', 'chart')).toBe(false);
    expect(textOf('<b>Killed &amp; wounded</b>,\n  <i>&#39;21&#x2013;22&#39;</i>&nbsp;x')).toBe("Killed & wounded, '21–22' x");
  });
});

describe('asXml', () => {
  it('gives an attribute written without a value an empty one, and leaves the others as they are', () => {
    expect(asXml('<path d class="x"></path><rect hidden/>')).toBe('<path d="" class="x"></path><rect hidden=""/>');
    expect(asXml('<g aria-label="a &gt; b" data-x=\'1\'></g>')).toBe('<g aria-label="a &gt; b" data-x=\'1\'></g>');
  });
  it('writes the named entities XML does not know as numbers', () => {
    expect(asXml('<text>a&nbsp;b &amp; c</text>')).toBe('<text>a&#160;b &amp; c</text>');
  });
});

describe('figureParts', () => {
  it('reads a chart: its panels at their viewBox size, its title without its number, its source line', () => {
    const parts = figureParts(CHART, 'figure-toll');
    expect(parts.graphicClass).toBe('chart-panels chart-panels--comparison');
    expect(parts.panels.map((p) => [p.role, p.width, p.height])).toEqual([
      ['chart', 280, 218],
      ['chart', 340, 230],
    ]);
    expect(parts.panels[1]!.markup).toBe('<svg class="chart" viewBox="0 0 340 230"><path d=""></path></svg>');
    expect(parts.title).toBe('Killed & wounded, by side.');
    expect(parts.sourcesLabel).toBe('Sources:');
    expect(parts.sources).toEqual(['24.kg', 'AFP, via Trend']);
    expect(parts.moreSources).toBe(2);
    expect(parts.legend).toEqual([]);
  });
  it('reads a map: the main map without its narrow layout, the inset and its title, the locator, the legend', () => {
    const parts = figureParts(MAP, 'figure-map');
    expect(parts.graphicClass).toBe('border-map');
    expect(parts.panels.map((p) => p.role)).toEqual(['map', 'inset', 'locator']);
    expect(parts.panels[0]!.markup).toContain('border-map__layout--wide');
    expect(parts.panels[0]!.markup).not.toContain('border-map__layout--narrow');
    expect(parts.insetTitle).toBe('Detail: Isfara');
    expect(parts.legend.map((e) => [e.label, e.swatch.width, e.swatch.height])).toEqual([
      ['Kyrgyzstan', 20, 14],
      ['Clash site, April 2021', 20, 14],
    ]);
    expect(parts.sources).toEqual([]);
    expect(parts.moreSources).toBe(0);
  });
  it('fails clearly on a figure it cannot find or one that draws no panel', () => {
    expect(() => figureParts(CHART, 'figure-other')).toThrow(/no <figure id="figure-other">/);
    const empty = CHART.replace(/<svg[\s\S]*<\/svg>/, '');
    expect(() => figureParts(empty, 'figure-toll')).toThrow(/draws no chart or map/);
  });
  it('fails on a panel without a usable viewBox', () => {
    expect(() => figureParts(CHART.replace('viewBox="0 0 340 230"', 'viewBox="0 0 0 230"'), 'figure-toll')).toThrow(/viewBox/);
  });
});
