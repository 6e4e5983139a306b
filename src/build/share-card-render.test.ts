import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { renderShareCard } from './share-card-render';
import { CARD_COLOURS, chapterCard, siteCard, TEXT_AREA } from '../lib/site/share-card';

type Rgb = [number, number, number];

function rgb(hex: string): Rgb {
  return [1, 3, 5].map((at) => parseInt(hex.slice(at, at + 2), 16)) as Rgb;
}

/** The card's pixels as RGB, decoded by sharp (libvips), not by the code that wrote them. */
async function pixels(png: Buffer): Promise<{ width: number; height: number; at: (x: number, y: number) => Rgb }> {
  const { data, info } = await sharp(png).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  return {
    width: info.width,
    height: info.height,
    at: (x, y) => [...data.subarray((y * info.width + x) * 3, (y * info.width + x) * 3 + 3)] as Rgb,
  };
}

/** Close enough to a colour that the palette stands for it (the quantiser may move a colour slightly). */
function near(a: Rgb, b: Rgb, tolerance = 12): boolean {
  return a.every((v, k) => Math.abs(v - b[k]!) <= tolerance);
}

/** How many pixels in a rectangle are not the paper colour, or are the given colour. */
async function inked(png: Buffer, box: { x0: number; y0: number; x1: number; y1: number }, colour?: string): Promise<number> {
  const { at } = await pixels(png);
  const paper = rgb(CARD_COLOURS.paper);
  const wanted = colour ? rgb(colour) : undefined;
  let count = 0;
  for (let y = box.y0; y < box.y1; y++) {
    for (let x = box.x0; x < box.x1; x++) {
      const pixel = at(x, y);
      if (wanted ? near(pixel, wanted) : !near(pixel, paper, 2)) count++;
    }
  }
  return count;
}

describe('renderShareCard', () => {
  const title = 'The border: a line drawn in Soviet times and disputed for decades';

  it('draws a 1200 by 630 palette PNG of at most 16 colours, small enough to share', async () => {
    const png = await renderShareCard(chapterCard(title, 'The Kyrgyz–Tajik border conflict', 'border-explainer.example'));
    const { width, height } = await pixels(png);
    expect([width, height]).toEqual([1200, 630]);
    expect(png[25]).toBe(3); // colour type: palette
    const plte = png.indexOf('PLTE', 0, 'latin1');
    expect(png.readUInt32BE(plte - 4) / 3).toBeLessThanOrEqual(16);
    expect(png.length).toBeLessThan(20 * 1024);
  });

  it('sets a Russian title in Cyrillic, ink in the title box as for an English one', async () => {
    const png = await renderShareCard(
      chapterCard(
        'Граница: линия, проведённая в советское время и оспариваемая десятилетиями',
        'Кыргызско-таджикский пограничный конфликт',
        'border-explainer.example/ru',
      ),
    );
    expect(await inked(png, { x0: TEXT_AREA.left, y0: 168, x1: TEXT_AREA.right, y1: TEXT_AREA.bottom }, CARD_COLOURS.ink)).toBeGreaterThan(
      5000,
    );
  });

  it('refuses a letter its face has none of, rather than drawing a blank', async () => {
    await expect(renderShareCard(chapterCard('Σύνορα', 'Kyrgyz–Tajik border', 'border-explainer.example'))).rejects.toThrow(
      /no glyph for "Σ"/,
    );
  });

  it('really sets the text in the bundled face (resvg draws nothing when a font is missing)', async () => {
    const png = await renderShareCard(chapterCard(title, 'The Kyrgyz–Tajik border conflict', 'border-explainer.example'));
    // Solid ink in the title's box, accent in the kicker's line, muted grey in the address.
    expect(await inked(png, { x0: TEXT_AREA.left, y0: 168, x1: TEXT_AREA.right, y1: TEXT_AREA.bottom }, CARD_COLOURS.ink)).toBeGreaterThan(
      5000,
    );
    expect(await inked(png, { x0: TEXT_AREA.left, y0: 90, x1: TEXT_AREA.right, y1: 135 }, CARD_COLOURS.accent)).toBeGreaterThan(500);
    expect(await inked(png, { x0: 140, y0: 555, x1: TEXT_AREA.right, y1: 600 }, CARD_COLOURS.muted)).toBeGreaterThan(300);
  });

  it('keeps the right margin and the space below the text clear, so nothing is clipped', async () => {
    const png = await renderShareCard(
      siteCard(
        'The Kyrgyz–Tajik border conflict',
        'An explainer of the contested border, the 2021 and 2022 clashes and the peace that followed',
        'example.org/batken-explainer',
      ),
    );
    expect(await inked(png, { x0: TEXT_AREA.right + 4, y0: 20, x1: 1200, y1: 515 })).toBe(0);
    expect(await inked(png, { x0: 0, y0: 20, x1: TEXT_AREA.left - 4, y1: 515 })).toBe(0);
    expect(await inked(png, { x0: TEXT_AREA.left, y0: TEXT_AREA.bottom, x1: TEXT_AREA.right, y1: 519 })).toBe(0);
  });
});
