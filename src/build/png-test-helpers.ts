/**
 * For tests: reads a palette PNG back independently of the writer in indexed-png.ts (only the
 * header reader is shared), so a round trip checks the encoding rather than repeating it.
 */
import { crc32, inflateSync } from 'node:zlib';
import { readPngHeader } from './indexed-png';

/** The chunks of a PNG, each with whether its CRC is right. */
export function chunks(png: Buffer): Array<{ type: string; data: Buffer; crcOk: boolean }> {
  const found = [];
  for (let at = 8; at < png.length; ) {
    const length = png.readUInt32BE(at);
    const type = png.toString('latin1', at + 4, at + 8);
    const data = png.subarray(at + 8, at + 8 + length);
    const crcOk = png.readUInt32BE(at + 8 + length) === crc32(png.subarray(at + 4, at + 8 + length));
    found.push({ type, data, crcOk });
    at += 12 + length;
  }
  return found;
}

/** Unpacks the indices again from an unfiltered palette PNG, as a decoder would. */
export function decodeIndices(png: Buffer): { width: number; height: number; palette: number[][]; indices: number[] } {
  const { width, height, bitDepth } = readPngHeader(png);
  const raw = inflateSync(Buffer.concat(chunks(png).filter((c) => c.type === 'IDAT').map((c) => c.data)));
  const rowBytes = Math.ceil((width * bitDepth) / 8);
  const indices: number[] = [];
  for (let y = 0; y < height; y++) {
    if (raw[y * (rowBytes + 1)] !== 0) throw new Error(`row ${y} uses a filter; this reader only handles filter 0`);
    for (let x = 0; x < width; x++) {
      const bit = x * bitDepth;
      const byte = raw[y * (rowBytes + 1) + 1 + Math.floor(bit / 8)]!;
      indices.push((byte >> (8 - bitDepth - (bit % 8))) & ((1 << bitDepth) - 1));
    }
  }
  const plte = chunks(png).find((c) => c.type === 'PLTE')!.data;
  const palette = Array.from({ length: plte.length / 3 }, (_, i) => [...plte.subarray(i * 3, i * 3 + 3)]);
  return { width, height, palette, indices };
}
