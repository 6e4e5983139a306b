/**
 * A figure's downloads (/figures/<id>/<id>.svg and .png) drawn at build time from the markup its
 * page renders (src/pages/figures/[figure]/_figure-download.ts renders it): the panels laid out with
 * the title, the source line and the credit (src/lib/figure-download/), coloured by the figures'
 * own stylesheets with the light palette written in, and the PNG drawn from that SVG by resvg at
 * twice its size, in the share cards' instances of the text face (share-card-render.ts): resvg
 * loads no system fonts, so every glyph in the PNG is the site's own.
 */
import { Resvg } from '@resvg/resvg-js';
import sharp from 'sharp';
import { figureParts } from '~/lib/figure-download/figure-markup';
import { lightTokens, standaloneCss } from '~/lib/figure-download/standalone-css';
import { downloadSvg, type DownloadSvg, type DownloadText } from '~/lib/figure-download/download-svg';
import { CARD_FONT_FAMILY } from '~/lib/site/share-card';
import { cardFonts } from './share-card-render';
import tokensCss from '~/styles/tokens.css?raw';
import chartCss from '~/styles/components/chart.css?raw';
import borderMapCss from '~/styles/components/border-map.css?raw';
import chronologyCss from '~/styles/components/chronology.css?raw';

/** How much larger than its drawn size the PNG is: sharp on a high-density screen and on a slide. */
const PNG_SCALE = 2;

/** The palette, and the stylesheets that colour the figures' SVG (the rest of the site's CSS lays out HTML). */
const TOKENS = lightTokens(tokensCss);
const FIGURE_CSS = [chartCss, borderMapCss, chronologyCss].map((sheet) => standaloneCss(sheet, TOKENS)).join('\n');

function colour(name: string): string {
  const value = TOKENS.get(`--color-${name}`);
  if (!value) throw new Error(`src/styles/tokens.css has no --color-${name}, which the figures' downloads are drawn in`);
  return value;
}

/** The figure `figureId` as a standalone SVG, from the HTML its component renders. */
export async function drawFigureSvg(html: string, figureId: string, text: DownloadText): Promise<DownloadSvg> {
  const { measure } = await cardFonts();
  const colours = { paper: colour('paper'), ink: colour('ink'), muted: colour('muted'), rule: colour('rule') };
  return downloadSvg({ id: figureId, parts: figureParts(html, figureId), text, colours, css: FIGURE_CSS }, measure);
}

/** The SVG drawn at PNG_SCALE times its size, on its own light paper. */
export async function renderFigurePng(figure: DownloadSvg): Promise<Buffer> {
  const { files } = await cardFonts();
  const image = new Resvg(figure.svg, {
    fitTo: { mode: 'zoom', value: PNG_SCALE },
    // The charts ask for the system's sans-serif, which a build machine may not have: resvg sets
    // them in the text face too, so a PNG is the same wherever it is built.
    font: {
      loadSystemFonts: false,
      fontFiles: files,
      defaultFontFamily: CARD_FONT_FAMILY,
      serifFamily: CARD_FONT_FAMILY,
      sansSerifFamily: CARD_FONT_FAMILY,
    },
    shapeRendering: 2,
    textRendering: 1,
  }).render();
  const expected = [figure.width * PNG_SCALE, figure.height * PNG_SCALE];
  if (image.width !== expected[0] || image.height !== expected[1])
    throw new Error(`a figure's PNG rendered at ${image.width} by ${image.height}, not ${expected.join(' by ')}`);
  return sharp(image.pixels, { raw: { width: image.width, height: image.height, channels: 4 } })
    .png({ palette: true, colours: 128, dither: 0, compressionLevel: 9, effort: 10 })
    .toBuffer();
}
