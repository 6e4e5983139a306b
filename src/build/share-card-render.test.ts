import { describe, expect, it } from 'vitest';
import { renderShareCard } from './share-card-render';
import { CARD_COLOURS, chapterCard, siteCard, TEXT_AREA } from '../lib/site/share-card';
import { hexToRgb } from './indexed-png';
import { decodeIndices } from './png-test-helpers';

/** How many pixels in a rectangle are not the paper colour. */
function inked(png: Buffer, box: { x0: number; y0: number; x1: number; y1: number }, colour?: string): number {
  const { width, palette, indices } = decodeIndices(png);
  const paper = palette.findIndex((c) => c.join() === hexToRgb(CARD_COLOURS.paper).join());
  const wanted = colour ? palette.findIndex((c) => c.join() === hexToRgb(colour).join()) : -1;
  let count = 0;
  for (let y = box.y0; y < box.y1; y++) {
    for (let x = box.x0; x < box.x1; x++) {
      const index = indices[y * width + x]!;
      if (colour ? index === wanted : index !== paper) count++;
    }
  }
  return count;
}

describe('renderShareCard', () => {
  const title = 'The border: a line drawn in Soviet times and disputed for decades';

  it('draws a 1200 by 630 palette PNG of at most 16 colours, small enough to share', async () => {
    const png = await renderShareCard(chapterCard(title, 'The Kyrgyz–Tajik border conflict', 'border-explainer.example'));
    const { width, height, palette } = decodeIndices(png);
    expect([width, height]).toEqual([1200, 630]);
    expect(png[25]).toBe(3); // colour type: palette
    expect(palette.length).toBeLessThanOrEqual(16);
    expect(png.length).toBeLessThan(40 * 1024);
  });

  it('really sets the text in the bundled face (resvg draws nothing when a font is missing)', async () => {
    const png = await renderShareCard(chapterCard(title, 'The Kyrgyz–Tajik border conflict', 'border-explainer.example'));
    // Solid ink in the title's box, accent in the kicker's line, muted grey in the address.
    expect(inked(png, { x0: TEXT_AREA.left, y0: 168, x1: TEXT_AREA.right, y1: TEXT_AREA.bottom }, CARD_COLOURS.ink)).toBeGreaterThan(5000);
    expect(inked(png, { x0: TEXT_AREA.left, y0: 90, x1: TEXT_AREA.right, y1: 135 }, CARD_COLOURS.accent)).toBeGreaterThan(500);
    expect(inked(png, { x0: 140, y0: 555, x1: TEXT_AREA.right, y1: 600 }, CARD_COLOURS.muted)).toBeGreaterThan(300);
  });

  it('keeps the right margin and the space below the text clear, so nothing is clipped', async () => {
    const png = await renderShareCard(siteCard('The Kyrgyz–Tajik border conflict', 'An explainer of the contested border, the 2021 and 2022 clashes and the peace that followed', 'example.org/batken-explainer'));
    expect(inked(png, { x0: TEXT_AREA.right + 4, y0: 20, x1: 1200, y1: 515 })).toBe(0);
    expect(inked(png, { x0: 0, y0: 20, x1: TEXT_AREA.left - 4, y1: 515 })).toBe(0);
    expect(inked(png, { x0: TEXT_AREA.left, y0: TEXT_AREA.bottom, x1: TEXT_AREA.right, y1: 519 })).toBe(0);
  });
});
