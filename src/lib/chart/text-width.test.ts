import { describe, expect, it } from 'vitest';
import { estimateTextWidth } from './text-width';

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
