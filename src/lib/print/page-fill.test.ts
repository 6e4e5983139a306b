import { describe, expect, it } from 'vitest';
import { contentDepth, parsePgm } from './page-fill';

function pgm(width: number, height: number, ink: (x: number, y: number) => boolean, comment = false): Uint8Array {
  const header = new TextEncoder().encode(`P5\n${comment ? '# made by a test\n' : ''}${width} ${height}\n255\n`);
  const body = new Uint8Array(width * height);
  for (let y = 0; y < height; y++) for (let x = 0; x < width; x++) body[y * width + x] = ink(x, y) ? 0 : 255;
  const bytes = new Uint8Array(header.length + body.length);
  bytes.set(header);
  bytes.set(body, header.length);
  return bytes;
}

const area = { top: 0.1, bottom: 0.9 };

describe('parsePgm', () => {
  it('reads the size and the pixels after a header with a comment', () => {
    const image = parsePgm(pgm(3, 2, (x) => x === 1, true));
    expect([image.width, image.height, image.maxValue]).toEqual([3, 2, 255]);
    expect([...image.pixels]).toEqual([255, 0, 255, 255, 0, 255]);
  });

  it('refuses what is not a binary greyscale map', () => {
    expect(() => parsePgm(new TextEncoder().encode('P6\n1 1\n255\n\0\0\0'))).toThrow(/P6/);
  });
});

describe('contentDepth', () => {
  it('is 0 for a page with nothing in its text area, even with a running head and a page number', () => {
    expect(contentDepth(parsePgm(pgm(10, 100, (_, y) => y < 5 || y > 95)), area)).toBe(0);
  });

  it('measures how far down the text area the ink reaches', () => {
    expect(contentDepth(parsePgm(pgm(10, 100, (_, y) => y >= 10 && y < 30)), area)).toBeCloseTo(0.25);
    expect(contentDepth(parsePgm(pgm(10, 100, (_, y) => y === 89)), area)).toBe(1);
  });

  it('ignores a single speck', () => {
    expect(contentDepth(parsePgm(pgm(10, 100, (x, y) => x === 3 && y === 80)), area)).toBe(0);
  });
});
