import { describe, expect, it } from 'vitest';
import { estimateTextWidth, wrapText } from './text-width';

describe('estimateTextWidth', () => {
  it('grows with the font size and the letter spacing', () => {
    expect(estimateTextWidth('Batken', 20)).toBeCloseTo(2 * estimateTextWidth('Batken', 10));
    expect(estimateTextWidth('BATKEN', 10, 0.1)).toBeGreaterThan(estimateTextWidth('BATKEN', 10));
  });
  it('knows wide and narrow letters, in Latin and in Cyrillic', () => {
    expect(estimateTextWidth('mmm', 10)).toBeGreaterThan(estimateTextWidth('nnn', 10));
    expect(estimateTextWidth('ill', 10)).toBeLessThan(estimateTextWidth('nnn', 10));
    expect(estimateTextWidth('шшш', 10)).toBeGreaterThan(estimateTextWidth('ннн', 10));
    expect(estimateTextWidth('БАТКЕН', 10)).toBeGreaterThan(estimateTextWidth('баткен', 10));
  });
  it('gives a Russian name about the room of its Latin spelling', () => {
    const ratio = estimateTextWidth('Баткен', 12) / estimateTextWidth('Batken', 12);
    expect(ratio).toBeGreaterThan(0.85);
    expect(ratio).toBeLessThan(1.2);
  });
});

describe('estimateTextWidth in semibold', () => {
  it('is no narrower than Chromium draws a spaced semibold country name (measured at 20 px)', () => {
    // Measured in Chromium's sans-serif, weight 600, letter-spacing 0.18em: 11.07 and 9.80 ems.
    expect(estimateTextWidth('ТАДЖИКИСТАН', 20, 0.18, 'semibold')).toBeGreaterThanOrEqual(11.0 * 20);
    expect(estimateTextWidth('КЫРГЫЗСТАН', 20, 0.18, 'semibold')).toBeGreaterThanOrEqual(9.8 * 20);
    expect(estimateTextWidth('ТАДЖИКИСТАН', 20, 0.18, 'semibold')).toBeGreaterThan(estimateTextWidth('ТАДЖИКИСТАН', 20, 0.18));
  });
});

describe('wrapText', () => {
  it('keeps a line that fits whole, and breaks a longer one at spaces into lines that fit', () => {
    expect(wrapText('Other reports: 88', 11.5, 200)).toEqual(['Other reports: 88']);
    const lines = wrapText('Другие сообщения: более 50 мирных жителей', 11.5, 180);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(' ')).toBe('Другие сообщения: более 50 мирных жителей');
    for (const line of lines) expect(estimateTextWidth(line, 11.5)).toBeLessThanOrEqual(180);
  });
  it('never breaks at a no-break space, and gives a word wider than the line a line of its own', () => {
    expect(wrapText('более\u00a050 жителей', 11.5, 40)).toEqual(['более\u00a050', 'жителей']);
    expect(wrapText('a Verylongword b', 10, 20)).toEqual(['a', 'Verylongword', 'b']);
  });
});
