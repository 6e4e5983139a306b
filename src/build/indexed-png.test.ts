import { describe, expect, it } from 'vitest';
import { chunks, decodeIndices } from './png-test-helpers';
import { bitDepthFor, blendPalette, encodeIndexedPng, hexToRgb, quantize, readPngHeader, type Rgb } from './indexed-png';

describe('hexToRgb', () => {
  it('reads #rrggbb in either case and refuses anything else', () => {
    expect(hexToRgb('#8C1c13')).toEqual([140, 28, 19]);
    expect(() => hexToRgb('#fff')).toThrow(/#rrggbb/);
  });
});

describe('blendPalette', () => {
  it('starts with the background and ends each run with the foreground itself', () => {
    const palette = blendPalette([255, 255, 255], [{ colour: [0, 0, 0], steps: 4 }, { colour: [255, 0, 0], steps: 1 }]);
    expect(palette).toEqual([[255, 255, 255], [191, 191, 191], [128, 128, 128], [64, 64, 64], [0, 0, 0], [255, 0, 0]]);
  });
});

describe('quantize', () => {
  const palette: Rgb[] = [[255, 255, 255], [0, 0, 0], [200, 0, 0]];
  it('maps each pixel to the nearest palette colour', () => {
    const rgba = new Uint8Array([255, 255, 255, 255, 10, 10, 10, 255, 190, 20, 10, 255, 140, 140, 140, 255]);
    expect([...quantize(rgba, palette)]).toEqual([0, 1, 2, 0]);
  });
  it('refuses a palette PNG cannot hold', () => {
    expect(() => quantize(new Uint8Array(4), [])).toThrow(/1 to 256/);
  });
});

describe('bitDepthFor', () => {
  it('uses the fewest bits per pixel that can name every colour', () => {
    expect([2, 3, 4, 5, 16, 17, 256].map(bitDepthFor)).toEqual([1, 2, 2, 4, 4, 8, 8]);
  });
});

describe('encodeIndexedPng', () => {
  const palette: Rgb[] = [[251, 250, 247], [29, 27, 24], [140, 28, 19]];
  const width = 7;
  const height = 3;
  const indices = Uint8Array.from({ length: width * height }, (_, i) => i % 3);
  const png = encodeIndexedPng(width, height, palette, indices);

  it('writes a PNG signature and a header saying palette colour at the smallest depth', () => {
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(readPngHeader(png)).toEqual({ width, height, bitDepth: 2, colourType: 3 });
  });
  it('writes the chunks in order, each with a correct CRC, and the palette as given', () => {
    const found = chunks(png);
    expect(found.map((c) => c.type)).toEqual(['IHDR', 'PLTE', 'IDAT', 'IEND']);
    expect(found.every((c) => c.crcOk)).toBe(true);
    expect([...found[1]!.data]).toEqual(palette.flat());
  });
  it('round-trips every pixel, including the odd ones at the end of a row', () => {
    expect(decodeIndices(png).indices).toEqual([...indices]);
  });
  it('rejects a pixel count that does not match the size, and indices past the palette', () => {
    expect(() => encodeIndexedPng(2, 2, palette, new Uint8Array(3))).toThrow(/expected 4 pixels/);
    expect(() => encodeIndexedPng(1, 1, palette, new Uint8Array([3]))).toThrow(/beyond the palette/);
  });
});

describe('readPngHeader', () => {
  it('refuses what is not a PNG', () => {
    expect(() => readPngHeader(new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"></svg>'))).toThrow('not a PNG');
  });
});
