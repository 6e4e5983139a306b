/**
 * A figure as a file to download (/figures/<id>/<id>.svg, and the PNG drawn from it): the panels
 * its page draws (src/lib/figure-download/figure-markup.ts), laid out on light paper under the
 * figure's title, with its source line and the site's credit at the foot, and a stylesheet of its
 * own (standalone-css.ts) so that it looks the same with no page around it. Pure: text is measured
 * by a function passed in, as for the share cards, so the layout is tested without a font.
 */
import { escapeXml, wrapWords, type Measure } from '../site/share-card';
import type { FigureParts, FigurePanel } from './figure-markup';

/** The face the title, source line, credit and legend are set in: the site's text face, as on the page. */
const DOWNLOAD_FONT_FAMILY = "'Source Serif 4', Georgia, 'Times New Roman', serif";

const MARGIN = 24;
/** The narrowest the file is, so that a small chart still gets a title that reads as one. */
const MIN_CONTENT_WIDTH = 560;
const PANEL_GAP = 24;
const TITLE = { size: 19, weight: 600, leading: 24 } as const;
const SMALL = { size: 12, weight: 400, leading: 16 } as const;
const LEGEND = { size: 12, weight: 400, leading: 15, swatchWidth: 24, swatchHeight: 17, gap: 8, rowGap: 5 } as const;
/** The detail map and the key share the row under the main map, each half of it. */
const INSET_TITLE = { size: 13, weight: 600, leading: 18 } as const;

export interface DownloadText {
  /** "and 27 more": the sources the caption folds away, by count. */
  moreSources: (count: number) => string;
  /** The credit line: the site's name, and the figure's address when the site's is known. */
  credit: string;
}

interface DownloadColours {
  paper: string;
  ink: string;
  muted: string;
  rule: string;
}

export interface DownloadFigure {
  id: string;
  parts: FigureParts;
  text: DownloadText;
  colours: DownloadColours;
  /** The figures' stylesheet, resolved for a file (standalone-css.ts). */
  css: string;
}

export interface DownloadSvg {
  svg: string;
  width: number;
  height: number;
}

/** A panel's `<svg>` placed at a position and size in the file: its viewBox scales its drawing. */
function placePanel(panel: Pick<FigurePanel, 'markup'>, x: number, y: number, width: number, height: number): string {
  const placed = panel.markup.replace(/^<svg\b/, `<svg x="${round(x)}" y="${round(y)}" width="${round(width)}" height="${round(height)}"`);
  // The file is a picture: its marks keep their shapes and classes, but not the page's links
  // (a marker's colour keys on its class, so the link becomes a group with the same attributes).
  return placed
    .replace(/<a\b((?:"[^"]*"|[^">])*)>/g, (_, attributes: string) => `<g${attributes.replace(/\s(?:href|target|rel)="[^"]*"/g, '')}>`)
    .replace(/<\/a>/g, '</g>');
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}

function textLines(lines: string[], x: number, y: number, style: { size: number; weight: number; leading: number }, fill: string): string {
  // Its own face, which the map's stylesheet (`.border-map`, sans-serif) would otherwise pass down to it.
  const text = lines
    .map(
      (line, i) =>
        `<text x="${round(x)}" y="${round(y + i * style.leading)}" font-size="${style.size}" font-weight="${style.weight}" fill="${fill}">${escapeXml(line)}</text>`,
    )
    .join('');
  return `<g font-family="${escapeXml(DOWNLOAD_FONT_FAMILY)}">${text}</g>`;
}

interface Block {
  width: number;
  height: number;
  /** The block's markup with its top left corner at (x, y). */
  draw(x: number, y: number): string;
}

function panelBlock(panel: FigurePanel, width = panel.width): Block {
  const height = (panel.height * width) / panel.width;
  return { width, height, draw: (x, y) => placePanel(panel, x, y, width, height) };
}

/** Blocks side by side, top-aligned, the row centred in `width`. */
function row(blocks: Block[], width: number): Block {
  const used = blocks.reduce((sum, b) => sum + b.width, 0) + PANEL_GAP * (blocks.length - 1);
  return {
    width,
    height: Math.max(...blocks.map((b) => b.height)),
    draw: (x, y) => {
      let at = x + (width - used) / 2;
      return blocks
        .map((block) => {
          const markup = block.draw(at, y);
          at += block.width + PANEL_GAP;
          return markup;
        })
        .join('');
    },
  };
}

/** Blocks one under another, with `gap` between them. */
function column(blocks: Block[], gap: number): Block {
  return {
    width: Math.max(...blocks.map((b) => b.width)),
    height: blocks.reduce((sum, b) => sum + b.height, 0) + gap * (blocks.length - 1),
    draw: (x, y) => {
      let at = y;
      return blocks
        .map((block) => {
          const markup = block.draw(x, at);
          at += block.height + gap;
          return markup;
        })
        .join('');
    },
  };
}

function textBlock(
  text: string,
  width: number,
  style: { size: number; weight: 400 | 600; leading: number },
  fill: string,
  measure: Measure,
): Block {
  const lines = wrapWords(text, width, (t) => measure(t, style));
  return {
    width,
    height: lines.length * style.leading,
    // A line's baseline sits about four fifths of its size below the top of its box.
    draw: (x, y) => textLines(lines, x, y + style.size * 0.85, style, fill),
  };
}

/** The map legend: a swatch and its words, one entry a line, words wrapped beside the swatch. */
function legendBlock(parts: FigureParts, width: number, colour: string, measure: Measure): Block {
  const labelX = LEGEND.swatchWidth + LEGEND.gap;
  const entries = parts.legend.map((entry) => {
    const lines = wrapWords(entry.label, width - labelX, (t) => measure(t, LEGEND));
    return { entry, lines, height: Math.max(LEGEND.swatchHeight, lines.length * LEGEND.leading) };
  });
  return {
    width,
    height: entries.reduce((sum, e) => sum + e.height, 0) + LEGEND.rowGap * Math.max(0, entries.length - 1),
    draw: (x, y) => {
      let at = y;
      return entries
        .map(({ entry, lines, height }) => {
          const textTop = at + (height - lines.length * LEGEND.leading) / 2;
          const markup =
            placePanel(entry.swatch, x, at + (height - LEGEND.swatchHeight) / 2, LEGEND.swatchWidth, LEGEND.swatchHeight) +
            textLines(lines, x + labelX, textTop + LEGEND.size * 0.95, LEGEND, colour);
          at += height + LEGEND.rowGap;
          return markup;
        })
        .join('');
    },
  };
}

/**
 * The graphic: a chart's panels side by side; a map with the detail map and its key (locator and
 * legend) in the row under it, or its legend alone under it.
 */
function graphicBlock(parts: FigureParts, colours: DownloadColours, measure: Measure): Block {
  const main = parts.panels.find((p) => p.role === 'map');
  if (!main) {
    const panels = parts.panels.map((panel) => panelBlock(panel));
    return row(panels, Math.max(MIN_CONTENT_WIDTH, panels.reduce((sum, b) => sum + b.width, 0) + PANEL_GAP * (panels.length - 1)));
  }
  const width = Math.max(MIN_CONTENT_WIDTH, main.width);
  const inset = parts.panels.find((p) => p.role === 'inset');
  const locator = parts.panels.find((p) => p.role === 'locator');
  const half = (width - PANEL_GAP) / 2;
  const keyWidth = inset ? half : width;
  const key: Block[] = [
    ...(locator ? [panelBlock(locator, Math.min(locator.width, keyWidth))] : []),
    ...(parts.legend.length > 0 ? [legendBlock(parts, keyWidth, colours.ink, measure)] : []),
  ];
  const under: Block[] = [
    ...(inset
      ? [
          column(
            [...(parts.insetTitle ? [textBlock(parts.insetTitle, half, INSET_TITLE, colours.ink, measure)] : []), panelBlock(inset, half)],
            4,
          ),
        ]
      : []),
    ...(key.length > 0 ? [column(key, 12)] : []),
  ];
  return column([row([panelBlock(main, width)], width), ...(under.length > 0 ? [row(under, width)] : [])], 16);
}

/** The figure as a standalone SVG file, at its drawn size in CSS pixels. */
export function downloadSvg(figure: DownloadFigure, measure: Measure): DownloadSvg {
  const { parts, colours, text } = figure;
  const graphic = graphicBlock(parts, colours, measure);
  const contentWidth = graphic.width;
  const title = textBlock(parts.title, contentWidth, TITLE, colours.ink, measure);
  const more = parts.moreSources > 0 ? [text.moreSources(parts.moreSources)] : [];
  const sourceLine = parts.sources.length > 0 ? `${parts.sourcesLabel} ${[...parts.sources, ...more].join('; ')}.` : '';
  const foot = column(
    [
      ...(sourceLine ? [textBlock(sourceLine, contentWidth, SMALL, colours.muted, measure)] : []),
      textBlock(text.credit, contentWidth, SMALL, colours.ink, measure),
    ],
    4,
  );
  const ruleGap = 14;
  const body = column([title, graphic], 16);
  const width = Math.ceil(contentWidth + 2 * MARGIN);
  const footTop = MARGIN + body.height + ruleGap * 2;
  const height = Math.ceil(footTop + foot.height + MARGIN);
  const svg = [
    `<svg xmlns="http://www.w3.org/2000/svg" id="${escapeXml(figure.id)}" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${escapeXml(DOWNLOAD_FONT_FAMILY)}">`,
    `<title>${escapeXml(parts.title)}</title>`,
    `<style>${figure.css}</style>`,
    `<rect width="${width}" height="${height}" fill="${colours.paper}"/>`,
    `<g class="${escapeXml(parts.graphicClass)}">`,
    body.draw(MARGIN, MARGIN),
    '</g>',
    `<line x1="${MARGIN}" x2="${width - MARGIN}" y1="${round(footTop - ruleGap)}" y2="${round(footTop - ruleGap)}" stroke="${colours.rule}"/>`,
    foot.draw(MARGIN, footTop),
    '</svg>',
  ].join('');
  return { svg, width, height };
}
