/**
 * How wide a line of text will be, estimated without a browser: the build has no fonts to
 * measure with. The advance of each character is taken from its class, in Latin and in Cyrillic
 * alike (a Russian edition's labels must not overlap either), erring wide so labels do not touch.
 */

/** Advances in ems, by character class, for the system sans-serif the charts and the map use. */
const NARROW = /[il.,:;'’()|!іїј]/;
const SPACE = /[ \u00A0\u202F\-–]/;
const WIDE = /[mwMWЖШЩЮЫжшщюыМ]/;
const CAPITAL_OR_DIGIT = /[A-Z0-9А-ЯЁЄІЇЎ]/;

function advance(character: string): number {
  if (NARROW.test(character)) return 0.3;
  if (SPACE.test(character)) return 0.33;
  if (WIDE.test(character)) return 0.85;
  if (CAPITAL_OR_DIGIT.test(character)) return 0.68;
  return 0.56;
}

/**
 * Semibold (600) type, as the map's country names and the charts' call-outs are set, runs about a
 * tenth wider than the regular weight the classes are for: in Chromium's sans-serif the spaced
 * «ТАДЖИКИСТАН» measured 11.1 ems where the regular estimate gave 10.0, and was cut at the map's edge.
 */
const SEMIBOLD_WIDENING = 1.1;

/** The width of a line of text at `fontSize`, with `letterSpacing` in ems between letters, in regular or semibold type. */
export function estimateTextWidth(text: string, fontSize: number, letterSpacing = 0, weight: 'regular' | 'semibold' = 'regular'): number {
  const characters = [...text];
  const ems = characters.reduce((sum, character) => sum + advance(character), letterSpacing * characters.length);
  return ems * fontSize * 1.04 * (weight === 'semibold' ? SEMIBOLD_WIDENING : 1);
}

/**
 * The text broken at its spaces into lines no wider than `maxWidth` at `fontSize`, as estimated
 * above. No-break spaces hold (a number stays with its unit); a word wider than the line gets a
 * line of its own rather than being cut.
 */
export function wrapText(text: string, fontSize: number, maxWidth: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ').filter((part) => part !== '')) {
    const longer = line === '' ? word : `${line} ${word}`;
    if (line !== '' && estimateTextWidth(longer, fontSize) > maxWidth) {
      lines.push(line);
      line = word;
    } else line = longer;
  }
  if (line !== '') lines.push(line);
  return lines;
}
