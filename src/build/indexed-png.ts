/**
 * A small palette PNG writer. The share cards are a handful of flat colours and the anti-aliased
 * edges of text between them, so instead of 24-bit colour each pixel is mapped to the nearest of
 * at most 16 colours: the card's own and a few blends of each with the background. That keeps a
 * card to a few tens of kilobytes. Pure functions; node:zlib for deflate and CRC.
 */
import { crc32, deflateSync } from 'node:zlib';

export type Rgb = readonly [number, number, number];

/** `#rrggbb` as numbers. */
export function hexToRgb(hex: string): Rgb {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!match) throw new Error(`not a #rrggbb colour: ${hex}`);
  return [parseInt(match[1]!, 16), parseInt(match[2]!, 16), parseInt(match[3]!, 16)];
}

/**
 * The background, then for each foreground colour `steps` evenly spaced blends towards it from
 * the background, the last being the colour itself. These are the colours anti-aliasing makes
 * when that foreground is drawn on that background.
 */
export function blendPalette(background: Rgb, foregrounds: ReadonlyArray<{ colour: Rgb; steps: number }>): Rgb[] {
  const palette: Rgb[] = [background];
  for (const { colour, steps } of foregrounds) {
    for (let i = 1; i <= steps; i++) {
      const t = i / steps;
      palette.push([0, 1, 2].map((k) => Math.round(background[k]! + (colour[k]! - background[k]!) * t)) as unknown as Rgb);
    }
  }
  return palette;
}

/**
 * Each pixel of an RGBA buffer (alpha ignored: the cards are opaque) as the index of the nearest
 * palette colour, by squared distance in RGB.
 */
export function quantize(rgba: Uint8Array, palette: readonly Rgb[]): Uint8Array {
  if (palette.length === 0 || palette.length > 256) throw new Error(`a palette has 1 to 256 colours, not ${palette.length}`);
  const indices = new Uint8Array(rgba.length / 4);
  const cache = new Map<number, number>();
  for (let p = 0; p < indices.length; p++) {
    const r = rgba[p * 4]!;
    const g = rgba[p * 4 + 1]!;
    const b = rgba[p * 4 + 2]!;
    const key = (r << 16) | (g << 8) | b;
    let index = cache.get(key);
    if (index === undefined) {
      let best = Infinity;
      index = 0;
      for (const [i, [pr, pg, pb]] of palette.entries()) {
        const d = (r - pr) ** 2 + (g - pg) ** 2 + (b - pb) ** 2;
        if (d < best) {
          best = d;
          index = i;
        }
      }
      cache.set(key, index);
    }
    indices[p] = index;
  }
  return indices;
}

/** The fewest bits per pixel PNG allows for a palette of this many colours. */
export function bitDepthFor(colours: number): 1 | 2 | 4 | 8 {
  if (colours <= 2) return 1;
  if (colours <= 4) return 2;
  if (colours <= 16) return 4;
  return 8;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(data, crc32(head.subarray(4))), 0);
  return Buffer.concat([head, data, crc]);
}

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** An indexed-colour PNG (colour type 3) of `width` by `height` pixels, one palette index per pixel. */
export function encodeIndexedPng(width: number, height: number, palette: readonly Rgb[], indices: Uint8Array): Buffer {
  if (indices.length !== width * height) throw new Error(`expected ${width * height} pixels, got ${indices.length}`);
  const depth = bitDepthFor(palette.length);
  const perByte = 8 / depth;
  const rowBytes = Math.ceil(width / perByte);
  // Each row: filter byte 0 (none, which suits palette images), then the packed indices.
  const raw = Buffer.alloc((rowBytes + 1) * height);
  for (let y = 0; y < height; y++) {
    const row = y * (rowBytes + 1) + 1;
    for (let x = 0; x < width; x++) {
      const index = indices[y * width + x]!;
      if (index >= palette.length) throw new Error(`pixel ${x},${y} uses colour ${index}, beyond the palette`);
      const shift = 8 - depth * ((x % perByte) + 1);
      raw[row + Math.floor(x / perByte)]! |= index << shift;
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([depth, 3, 0, 0, 0], 8);
  return Buffer.concat([
    SIGNATURE,
    chunk('IHDR', header),
    chunk('PLTE', Buffer.from(palette.flat())),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', new Uint8Array(0)),
  ]);
}

/** Width, height, bit depth and colour type from a PNG's IHDR chunk. */
export function readPngHeader(png: Uint8Array): { width: number; height: number; bitDepth: number; colourType: number } {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  if (png.length < 33 || !SIGNATURE.equals(png.subarray(0, 8)) || String.fromCharCode(...png.subarray(12, 16)) !== 'IHDR') {
    throw new Error('not a PNG');
  }
  return { width: view.getUint32(16), height: view.getUint32(20), bitDepth: png[24]!, colourType: png[25]! };
}
