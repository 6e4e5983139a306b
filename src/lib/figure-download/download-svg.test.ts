import { describe, expect, it } from 'vitest';
import { downloadSvg, type DownloadFigure } from './download-svg';
import type { FigureParts, FigurePanel } from './figure-markup';
import type { Measure } from '../site/share-card';

/** A stand-in for the font: every character half an em wide. */
const measure: Measure = (text, { size }) => [...text].length * size * 0.5;

const panel = (role: FigurePanel['role'], width: number, height: number, inner = ''): FigurePanel => ({
  role,
  width,
  height,
  markup: `<svg class="${role}" viewBox="0 0 ${width} ${height}">${inner}</svg>`,
});

const chart: FigureParts = {
  graphicClass: 'chart-panels',
  panels: [panel('chart', 280, 218, '<a href="/x/" class="mark"><rect></rect></a>'), panel('chart', 280, 200)],
  legend: [],
  title: 'Killed & wounded, by side',
  sourcesLabel: 'Sources:',
  sources: ['24.kg', 'AFP'],
  moreSources: 3,
};

const figure = (parts: FigureParts): DownloadFigure => ({
  id: 'figure-casualties',
  parts,
  text: { moreSources: (n) => `and ${n} more`, credit: 'The site · example.org/figures/figure-casualties' },
  colours: { paper: '#fbfaf7', ink: '#1d1b18', muted: '#57534c', rule: '#d9d4ca' },
  css: '.chart text{fill:#1d1b18}',
});

describe('downloadSvg', () => {
  const { svg, width, height } = downloadSvg(figure(chart), measure);

  it('is a standalone SVG file of whole pixels, named by the figure, with its own stylesheet and paper', () => {
    expect(
      svg.startsWith(
        `<svg xmlns="http://www.w3.org/2000/svg" id="figure-casualties" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}"`,
      ),
    ).toBe(true);
    expect(Number.isInteger(width) && Number.isInteger(height)).toBe(true);
    expect(svg).toContain('<style>.chart text{fill:#1d1b18}</style>');
    expect(svg).toContain(`<rect width="${width}" height="${height}" fill="#fbfaf7"/>`);
  });
  it('draws the title, the source line with the folded sources counted, and the credit, escaped', () => {
    expect(svg).toContain('<title>Killed &amp; wounded, by side</title>');
    expect(svg).toContain('>Killed &amp; wounded, by side</text>');
    expect(svg).toContain('>Sources: 24.kg; AFP; and 3 more.</text>');
    expect(svg).toContain('>The site · example.org/figures/figure-casualties</text>');
  });
  it('places the panels side by side at their drawn size, between margins', () => {
    expect(width).toBe(24 + 280 + 24 + 280 + 24);
    expect(svg).toMatch(/<svg x="24" y="[\d.]+" width="280" height="218" class="chart"/);
    expect(svg).toMatch(/<svg x="328" y="[\d.]+" width="280" height="200" class="chart"/);
  });
  it('keeps a mark’s class but not its link: the file is a picture', () => {
    expect(svg).toContain('<g class="mark"><rect></rect></g>');
    expect(svg).not.toContain('href');
  });
  it('is never narrower than a title needs, centring a small chart', () => {
    const narrow = downloadSvg(figure({ ...chart, panels: [panel('chart', 340, 278)] }), measure);
    expect(narrow.width).toBe(24 + 560 + 24);
    expect(narrow.svg).toMatch(/<svg x="134" y="[\d.]+" width="340" height="278"/);
  });
  it('wraps a long title onto more lines, each inside the margins, and grows to hold them', () => {
    const long = downloadSvg(figure({ ...chart, title: 'word '.repeat(60).trim() }), measure);
    const titleLines = [...long.svg.matchAll(/font-size="19"[^>]*>([^<]*)</g)].map((m) => m[1]!);
    expect(titleLines.length).toBeGreaterThan(2);
    for (const line of titleLines) expect(measure(line, { size: 19, weight: 600 })).toBeLessThanOrEqual(long.width - 48);
    expect(long.height).toBeGreaterThan(height);
  });
  it('lays a map out with the detail map and its key under it, the legend beside its swatches', () => {
    const map: FigureParts = {
      ...chart,
      graphicClass: 'border-map',
      panels: [panel('map', 560, 420), panel('inset', 400, 400), panel('locator', 200, 150)],
      insetTitle: 'Detail: Isfara',
      legend: [{ swatch: panel('locator', 20, 14), label: 'Kyrgyzstan' }],
    };
    const { svg: mapSvg, width: mapWidth } = downloadSvg(figure(map), measure);
    expect(mapWidth).toBe(24 + 560 + 24);
    expect(mapSvg).toContain('<g class="border-map">');
    expect(mapSvg).toMatch(/<svg x="24" y="[\d.]+" width="560" height="420" class="map"/);
    // The inset and the key share the row under the map, half each.
    expect(mapSvg).toMatch(/<svg x="24" y="[\d.]+" width="268" height="268" class="inset"/);
    expect(mapSvg).toMatch(/<svg x="316" y="[\d.]+" width="200" height="150" class="locator"/);
    expect(mapSvg).toMatch(/<svg x="316" y="[\d.]+" width="24" height="17"/);
    expect(mapSvg).toContain('>Kyrgyzstan</text>');
    expect(mapSvg).toContain('>Detail: Isfara</text>');
  });
  it('leaves the source line out when the figure names none', () => {
    const bare = downloadSvg(figure({ ...chart, sources: [], moreSources: 0 }), measure);
    expect(bare.svg).not.toContain('Sources:');
    expect(bare.svg).toContain('>The site · example.org/figures/figure-casualties</text>');
  });
});
