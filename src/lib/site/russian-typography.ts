/**
 * Russian typesetting of numbers, as the region's Russian-language press sets them: a number and
 * the word it counts, dates or measures are one unbreakable run («63 погибших», «16 сентября»,
 * «25 км²»), and so are a hedge and its number («не менее 63», «около 137 000»). Broken at a line's
 * end they read badly, and a hedge on one line and its number on the next reads as two claims.
 * Pure: the build applies it to the text of every Russian page (integrations/russian-typography.ts).
 */

/** Words that qualify the number after them (the «не» of «не менее» is tied first), and one-letter words (в, о, с), which go with it too. */
const HEDGES = [
  'в',
  'о',
  'с',
  'к',
  'у',
  'более',
  'менее',
  'около',
  'свыше',
  'почти',
  'примерно',
  'приблизительно',
  'до',
  'от',
  'позднее',
  'ранее',
  'см.',
  '№',
];

const NO_BREAK = '\u00A0';
const escape = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const HEDGE_BEFORE_NUMBER = new RegExp(`(^|[^\\p{L}])(${HEDGES.map(escape).join('|')}) (?=\\d)`, 'giu');
// Russian words only: an English source title («10 injured, 2 died…») keeps its own spacing.
const NUMBER_BEFORE_WORD = /(\d) (?=[\p{Script=Cyrillic}%°])/gu;
/** «не менее», «не более»: one hedge, whatever follows it («не менее чем о 63»). */
const TWO_WORD_HEDGE = /(^|[^\p{L}])(не) (менее|более)(?=[^\p{L}]|$)/giu;

/** `text` with no-break spaces where Russian keeps a number with its word and its hedge. */
export function tieRussianNumbers(text: string): string {
  return text
    .replace(TWO_WORD_HEDGE, `$1$2${NO_BREAK}$3`)
    .replace(NUMBER_BEFORE_WORD, `$1${NO_BREAK}`)
    .replace(HEDGE_BEFORE_NUMBER, `$1$2${NO_BREAK}`);
}

/** Elements whose content is not prose set in lines: code, scripts, styles, the document's title. */
const NOT_PROSE = /(<(script|style|pre|code|textarea|title)\b[\s\S]*?<\/\2\s*>|<!--[\s\S]*?-->|<[^>]*>)/gi;

/**
 * The HTML with `transform` applied to its text between tags, and never to a tag, an attribute,
 * a comment or the content of a script, style, pre, code, textarea or title.
 */
export function mapHtmlText(html: string, transform: (text: string) => string): string {
  let out = '';
  let last = 0;
  for (const match of html.matchAll(NOT_PROSE)) {
    out += transform(html.slice(last, match.index)) + match[0];
    last = match.index + match[0].length;
  }
  return out + transform(html.slice(last));
}
