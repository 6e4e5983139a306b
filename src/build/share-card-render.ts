/**
 * Draws a share card (src/lib/site/share-card.ts) to a palette PNG at build time, in Node: the text
 * face is Source Serif 4 from npm, instanced and converted from WOFF2 to TrueType with
 * subset-font (resvg reads TrueType/OpenType only); HarfBuzz measures the text with that same
 * file, so the lines are broken where they will really fit; resvg (a binary that ships inside its
 * npm package) renders the SVG; sharp (libimagequant) cuts it to a 16-colour palette PNG. No
 * network, no service.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import * as hb from 'harfbuzzjs';
import subsetFont from 'subset-font';
import {
  CARD_FONT_FAMILY,
  CARD_HEIGHT,
  CARD_WIDTH,
  shareCardSvg,
  type CardWeight,
  type Measure,
  type ShareCard,
} from '../lib/site/share-card';
import sharp from 'sharp';

/**
 * The two instances: the title and kicker in the semibold display cut (optical size 60, made for
 * large type), the rest in the regular text cut.
 */
const INSTANCES: Record<CardWeight, { wght: number; opsz: number }> = {
  400: { wght: 400, opsz: 20 },
  600: { wght: 600, opsz: 60 },
};

/** The slices of the font package that between them cover both editions' text: Latin, and Cyrillic for the Russian cards and figures. */
const SLICES = [
  {
    file: 'source-serif-4-latin-opsz-normal.woff2',
    ranges: [
      [0x20, 0xff],
      [0x131, 0x131],
      [0x152, 0x153],
      [0x2bb, 0x2dc],
      [0x2000, 0x206f],
      [0x20ac, 0x20ac],
      [0x2122, 0x2122],
      [0x2212, 0x2215],
    ],
  },
  {
    file: 'source-serif-4-latin-ext-opsz-normal.woff2',
    ranges: [
      [0x100, 0x2ff],
      [0x1e00, 0x1eff],
      [0x20a0, 0x20c4],
    ],
  },
  {
    file: 'source-serif-4-cyrillic-opsz-normal.woff2',
    ranges: [
      [0x400, 0x45f],
      [0x490, 0x491],
      [0x2116, 0x2116],
    ],
  },
] as const;

export interface CardFonts {
  /** TrueType files for resvg, which loads fonts from paths. */
  files: string[];
  measure: Measure;
}

async function prepareFonts(): Promise<CardFonts> {
  const fontDir = join(dirname(createRequire(import.meta.url).resolve('@fontsource-variable/source-serif-4/package.json')), 'files');
  const outDir = join(tmpdir(), 'border-explainer-share-card-fonts');
  await mkdir(outDir, { recursive: true });
  const files: string[] = [];
  const faces = new Map<CardWeight, hb.Font[]>();
  for (const weight of [400, 600] as const) {
    const fonts: hb.Font[] = [];
    for (const slice of SLICES) {
      const chars = slice.ranges.flatMap(([from, to]) => Array.from({ length: to - from + 1 }, (_, i) => String.fromCodePoint(from + i)));
      const ttf = await subsetFont(readFileSync(join(fontDir, slice.file)), chars.join(''), {
        targetFormat: 'sfnt',
        variationAxes: INSTANCES[weight],
        keepFeatures: ['kern', 'liga'],
      });
      const file = join(outDir, `${createHash('sha256').update(ttf).digest('hex').slice(0, 16)}.ttf`);
      await writeFile(file, ttf);
      files.push(file);
      const font = new hb.Font(new hb.Face(new hb.Blob(ttf)));
      fonts.push(font);
    }
    faces.set(weight, fonts);
  }

  /** Advance width and whether every glyph was found, at 1 unit per em. */
  const shapeIn = (font: hb.Font, text: string): Array<{ advance: number; cluster: number; missing: boolean }> => {
    const buffer = new hb.Buffer();
    buffer.addText(text);
    buffer.guessSegmentProperties();
    hb.shape(font, buffer);
    const positions = buffer.getGlyphPositions();
    return buffer
      .getGlyphInfos()
      .map((info, i) => ({ advance: positions[i]!.xAdvance / font.face.upem, cluster: info.cluster, missing: info.codepoint === 0 }));
  };
  const cache = new Map<string, number>();
  /**
   * Advance width per em; a letter the Latin slice lacks is measured in the slice resvg falls back
   * to. A letter no slice has would be drawn as nothing (resvg loads no system fonts), leaving a
   * blank card that shares badly: that stops the build, naming the letter and the text.
   */
  const widthPerEm = (text: string, weight: CardWeight): number => {
    const key = `${weight}:${text}`;
    const known = cache.get(key);
    if (known !== undefined) return known;
    const [main, ...fallbacks] = faces.get(weight)!;
    let total = 0;
    for (const glyph of shapeIn(main!, text)) {
      const char = String.fromCodePoint(text.codePointAt(glyph.cluster) ?? 0x20);
      const fallback = glyph.missing ? fallbacks.map((f) => shapeIn(f, char)).find((g) => g.every((x) => !x.missing)) : undefined;
      if (glyph.missing && !fallback) {
        throw new Error(
          `The share cards' face has no glyph for "${char}" (U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}) in "${text}": add the slice that has it to SLICES in src/build/share-card-render.ts.`,
        );
      }
      total += fallback ? fallback.reduce((sum, x) => sum + x.advance, 0) : glyph.advance;
    }
    cache.set(key, total);
    return total;
  };
  return { files, measure: (text, { size, weight }) => widthPerEm(text, weight) * size };
}

let fonts: Promise<CardFonts> | undefined;

/** The card's two instances of the text face, prepared once per build; the figures' downloads are set in them too. */
export function cardFonts(): Promise<CardFonts> {
  fonts ??= prepareFonts();
  return fonts;
}

/** The card as a 1200 by 630 palette PNG. */
export async function renderShareCard(card: ShareCard): Promise<Buffer> {
  const { files, measure } = await cardFonts();
  const svg = shareCardSvg(card, measure);
  const image = new Resvg(svg, {
    font: { loadSystemFonts: false, fontFiles: files, defaultFontFamily: CARD_FONT_FAMILY, serifFamily: CARD_FONT_FAMILY },
    shapeRendering: 2,
    textRendering: 1,
  }).render();
  if (image.width !== CARD_WIDTH || image.height !== CARD_HEIGHT)
    throw new Error(`share card rendered at ${image.width} by ${image.height}`);
  // The card is a few flat colours and the anti-aliased edges of text between them: 16 colours
  // keep the edges smooth and the file to 10–17 KB. Dithering would only add noise to flat paper.
  return sharp(image.pixels, { raw: { width: image.width, height: image.height, channels: 4 } })
    .png({ palette: true, colours: 16, dither: 0, compressionLevel: 9, effort: 10 })
    .toBuffer();
}
