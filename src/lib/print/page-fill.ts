/**
 * How full a printed page is: read a page rendered to a greyscale image (binary PGM, as
 * `pdftoppm -gray` writes it) and find where the ink ends inside the text area, below the
 * running head and above the page number. Pure: bytes in, numbers out.
 */

export interface Greymap {
  width: number;
  height: number;
  /** One byte per pixel, row by row, 0 black to `maxValue` white. */
  pixels: Uint8Array;
  maxValue: number;
}

/** Parses a binary greyscale PGM (`P5`) with 8-bit samples. */
export function parsePgm(bytes: Uint8Array): Greymap {
  const fields: string[] = [];
  let offset = 0;
  while (fields.length < 4) {
    let byte = bytes[offset]!;
    if (byte === 0x23) {
      while (bytes[offset] !== 0x0a) offset++;
    } else if (byte > 0x20) {
      let field = '';
      while (offset < bytes.length && (byte = bytes[offset]!) > 0x20) {
        field += String.fromCharCode(byte);
        offset++;
      }
      fields.push(field);
      continue;
    }
    offset++;
  }
  const [magic, width, height, maxValue] = fields as [string, string, string, string];
  if (magic !== 'P5') throw new Error(`not a binary PGM (magic ${magic})`);
  if (Number(maxValue) > 255) throw new Error('16-bit PGM is not supported');
  offset++; // the single white-space byte after the header
  return {
    width: Number(width),
    height: Number(height),
    maxValue: Number(maxValue),
    pixels: bytes.subarray(offset, offset + Number(width) * Number(height)),
  };
}

export interface TextArea {
  /** Top of the text area as a fraction of the page height (the top margin). */
  top: number;
  /** Bottom of the text area as a fraction of the page height (1 − the bottom margin). */
  bottom: number;
}

/** The A4 text area of src/styles/print.css: 16 mm top and 18 mm bottom margins on 297 mm. */
const A4_TEXT_AREA: TextArea = { top: 16 / 297, bottom: (297 - 18) / 297 };

/**
 * How far down the text area the ink reaches, from 0 (nothing printed in it) to 1 (to its foot).
 * A pixel counts as ink when it is darker than `threshold` of white; a row needs `minInk` such
 * pixels, so a speck does not count.
 */
export function contentDepth(image: Greymap, area: TextArea = A4_TEXT_AREA, threshold = 0.8, minInk = 2): number {
  const top = Math.ceil(image.height * area.top);
  const bottom = Math.floor(image.height * area.bottom);
  const dark = image.maxValue * threshold;
  let last = -1;
  for (let y = top; y < bottom; y++) {
    let ink = 0;
    const row = y * image.width;
    for (let x = 0; x < image.width; x++) if (image.pixels[row + x]! < dark) ink++;
    if (ink >= minInk) last = y;
  }
  return last < 0 ? 0 : (last - top + 1) / (bottom - top);
}
