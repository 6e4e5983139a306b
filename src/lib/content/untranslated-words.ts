/**
 * The English interface words a Russian page still shows. A Russian page (issue 23) gets its
 * fixed words from the Russian dictionary; a component that reads `en` directly, or a word added
 * to English and copied into Russian untranslated, puts English on a page in Russian. Each built
 * page is read with a real HTML parser (html-validate's, which reads attributes and raw text as
 * browsers do) and every text a reader is shown or read aloud is compared, whitespace collapsed,
 * with the English dictionary's words: the text of each element, and the attributes that are
 * words (aria-label, title, alt, placeholder, a share preview's `<meta>`, and the words a script
 * shows from a `data-*` attribute, whose value is then no identifier like `figure-toll-2022`). A pure function, so each rule is tried on small pages.
 *
 * A dictionary is a tree of strings, arrays, plural forms and functions. A function is called
 * with a stand-in for each argument, then with each argument in turn left out or a clash year
 * (for the branches and the lookups by year it makes), so its English words become patterns with
 * a hole for each argument: `Link to the section “…”` is found whatever the section. A function
 * whose stand-ins throw even as one-item arrays is left out; no function of en.ts does today. English words are only reported
 * when no Russian entry says the same (BibTeX, GeoJSON, names written alike in both) and when they
 * hold an English word: two Latin letters, at least one of them lower case, or six capitals
 * (`KYRGYZSTAN`), so acronyms (PDF, CSV, KB), numbers and punctuation are never English.
 * Text inside an element marked `lang="en"` is English on purpose (a source's original title),
 * as the page tells screen readers, and is not read; `<html lang>` is not taken as such a mark.
 */
import { HtmlElement, Parser, StaticConfigLoader, TextNode, type DOMNode } from 'html-validate/browser';

/** English interface words a page shows. */
export interface EnglishOnPage {
  /** The words as the page shows them, whitespace collapsed. */
  text: string;
  /** Which dictionary entry they are: `casualties.measure.killed`, or `sectionLink()` for a function's words. */
  key: string;
  /** Where: the element whose text they are (`<button>`), or its attribute (`<a aria-label>`, `<meta property="og:title">`). */
  where: string;
}

/** A dictionary's words in the form the page is searched with. */
interface EnglishWords {
  /** What the Russian dictionary says without a hole: Russian however much English it quotes. */
  russian: Set<string>;
  /** Words without a hole, by their text. */
  exact: Map<string, string>;
  /** A function's words, a hole for each argument. */
  patterns: Array<{ pattern: RegExp; key: string; needle: string }>;
}

/** A stand-in for a function's n-th argument: a private-use character no dictionary writes. */
const standIn = (index: number) => String.fromCharCode(0xe000 + index);
/** The holes in a function's words: a stand-in, or what a lookup by a stand-in gives. */
const HOLE = /[\ue000-\ue0ff]|undefined|NaN/;
/** Years a function may look up words by (`FIGHTING[year]`): the clash years. */
const SAMPLE_YEARS = [2021, 2022];

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Whether literal words hold English: a Latin word with a lower-case letter, or a long capitalised one (not an acronym). */
function holdsEnglish(literal: string): boolean {
  return (literal.match(/[A-Za-z]{2,}/g) ?? []).some((word) => /[a-z]/.test(word) || word.length > 5);
}

/** Every string and function of a dictionary, with its path (`casualties.columns.side`, `columns.0`). */
function* leaves(words: unknown, path: string): Generator<[string, string | ((...args: unknown[]) => unknown)]> {
  if (typeof words === 'string' || typeof words === 'function') yield [path, words as string | ((...args: unknown[]) => unknown)];
  else if (typeof words === 'object' && words !== null && !(words instanceof RegExp)) {
    for (const [key, value] of Object.entries(words)) yield* leaves(value, path ? `${path}.${key}` : key);
  }
}

/** What a function says for each set of stand-in arguments; a call that throws is tried with each stand-in as a one-item array. */
function sayings(phrase: (...args: unknown[]) => unknown): string[] {
  const standIns = Array.from({ length: phrase.length }, (_, index) => standIn(index));
  const argumentLists: unknown[][] = [standIns];
  for (let index = 0; index < standIns.length; index += 1) {
    for (const replacement of [undefined, ...SAMPLE_YEARS])
      argumentLists.push(standIns.map((arg, at) => (at === index ? replacement : arg)));
  }
  const said: string[] = [];
  for (const args of argumentLists) {
    for (const attempt of [args, args.map((arg) => (typeof arg === 'string' ? [arg] : arg))]) {
      try {
        const result = phrase(...attempt);
        if (typeof result === 'string') said.push(result);
        break;
      } catch {
        continue;
      }
    }
  }
  return said;
}

/** Everything a dictionary says: its strings, and its functions' words with their stand-ins. */
function everythingSaid(words: object): Array<[string, string]> {
  return [...leaves(words, '')].flatMap(([path, value]) =>
    typeof value === 'string' ? [[path, value] as [string, string]] : sayings(value).map((said) => [`${path}()`, said] as [string, string]),
  );
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function englishWords(english: object, russian: object): EnglishWords {
  const russianSays = new Set(everythingSaid(russian).map(([, said]) => said));
  const words: EnglishWords = {
    russian: new Set([...russianSays].filter((said) => !HOLE.test(said)).map(collapse)),
    exact: new Map(),
    patterns: [],
  };
  /** Each function's patterns so far: a year given for an argument (`Figure 2021`) mostly just fills a hole already found. */
  const patternsOf = new Map<string, RegExp[]>();
  for (const [key, said] of everythingSaid(english)) {
    if (russianSays.has(said)) continue;
    const literals = collapse(said).split(HOLE);
    if (!holdsEnglish(literals.join(' '))) continue;
    const known = patternsOf.get(key) ?? [];
    if (known.some((pattern) => pattern.test(literals.join('\ue000')))) continue;
    if (literals.length === 1) {
      if (!words.exact.has(literals[0]!)) words.exact.set(literals[0]!, key);
      continue;
    }
    const pattern = new RegExp(`^${literals.map(escapeRegExp).join('[\\s\\S]*?')}$`);
    patternsOf.set(key, [...known, pattern]);
    const needle = literals.reduce((longest, literal) => (literal.length > longest.length ? literal : longest), '');
    words.patterns.push({ pattern, key, needle });
  }
  return words;
}

/** Built once per pair of dictionaries: a build checks every page against the same two. */
const wordsCache = new WeakMap<object, WeakMap<object, EnglishWords>>();

function cachedEnglishWords(english: object, russian: object): EnglishWords {
  const byRussian = wordsCache.get(english) ?? new WeakMap<object, EnglishWords>();
  wordsCache.set(english, byRussian);
  const cached = byRussian.get(russian) ?? englishWords(english, russian);
  byRussian.set(russian, cached);
  return cached;
}

/** The dictionary entry `text` is, if it is one. */
function entryOf(text: string, words: EnglishWords): string | undefined {
  if (words.russian.has(text)) return undefined;
  const exact = words.exact.get(text);
  if (exact !== undefined) return exact;
  return words.patterns.find(({ pattern, needle }) => text.includes(needle) && pattern.test(text))?.key;
}

/**
 * The named character references the site's HTML is written with: Astro escapes `& < > " '`,
 * and a component may write a typographic one. Numeric references are all decoded; a named one
 * not listed here is left as written, and its text is then not recognised.
 */
const NAMED_REFERENCES: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  thinsp: '\u2009',
  ndash: '–',
  mdash: '—',
  hellip: '…',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  laquo: '«',
  raquo: '»',
  middot: '·',
  times: '×',
  copy: '©',
};

function decodeReferences(text: string): string {
  return text.replace(/&(?:#(\d+)|#[xX]([0-9a-fA-F]+)|([A-Za-z]+));/g, (written, decimal?: string, hex?: string, name?: string) => {
    if (decimal !== undefined || hex !== undefined) {
      const codePoint = decimal !== undefined ? Number.parseInt(decimal, 10) : Number.parseInt(hex!, 16);
      return codePoint > 0 && codePoint <= 0x10ffff ? String.fromCodePoint(codePoint) : written;
    }
    return NAMED_REFERENCES[name!] ?? written;
  });
}

/** Elements whose text is code, not words. */
/** Elements whose text is no interface word: scripts, styles, and code (a CSV's column names and values, file paths), which the files themselves spell. */
const NOT_WORDS: ReadonlySet<string> = new Set(['script', 'style', 'code', 'kbd', 'samp']);

/** Attributes whose value a reader is shown or read aloud, on any element. */
const WORD_ATTRIBUTES: ReadonlySet<string> = new Set([
  'aria-label',
  'aria-description',
  'aria-roledescription',
  'aria-valuetext',
  'aria-placeholder',
  'title',
  'alt',
  'placeholder',
  'label',
]);

/** `<meta>` whose content is a page's title or description in search results and share previews. */
const WORD_META: ReadonlySet<string> = new Set([
  'description',
  'og:title',
  'og:description',
  'og:site_name',
  'og:image:alt',
  'twitter:title',
  'twitter:description',
  'twitter:image:alt',
]);

/** A `data-*` value a script uses as a name, not words it shows: `correction`, `figure-toll-2022`. */
const IDENTIFIER = /^[a-z0-9]+(?:[-_:.][a-z0-9]+)*$/;

/** Input types whose value is the button's label. */
const BUTTON_INPUTS: ReadonlySet<string> = new Set(['button', 'submit', 'reset']);

/** The separator a page's title and the site's name are joined with (`Page not found · Kyrgyz–Tajik border`). */
const TITLE_SEPARATOR = ' · ';

/** The attributes of `element` whose value is words, each with where it is. */
function wordAttributes(element: HtmlElement): Array<[string, string]> {
  const found: Array<[string, string]> = [];
  const name = element.tagName;
  for (const attribute of element.attributes) {
    const value = attribute.value;
    if (typeof value !== 'string') continue;
    const key = attribute.key.toLowerCase();
    const words =
      WORD_ATTRIBUTES.has(key) ||
      (key.startsWith('data-') && !IDENTIFIER.test(value)) ||
      (key === 'value' && name === 'input' && BUTTON_INPUTS.has((element.getAttributeValue('type') ?? '').toLowerCase()));
    if (words) found.push([`<${name} ${key}>`, value]);
  }
  if (name === 'meta') {
    const kind = element.getAttributeValue('name') ?? element.getAttributeValue('property');
    const content = element.getAttributeValue('content');
    if (kind !== null && content !== null && WORD_META.has(kind.toLowerCase()))
      found.push([`<meta ${element.getAttributeValue('name') === null ? 'property' : 'name'}="${kind}">`, content]);
  }
  return found;
}

/**
 * Whether an element is phrasing content (`<em>`, `<a>`, `<span>`): its text runs on with its
 * siblings'. The parser has already decided the elements that are so only sometimes (`<link>`).
 */
const isPhrasing = (element: HtmlElement) => element.meta?.phrasing === true;

/** Whether an element marks its content as English on purpose. */
const markedEnglish = (element: HtmlElement) =>
  element.tagName !== 'html' && /^en(?:-|$)/i.test(element.getAttributeValue('lang') ?? element.getAttributeValue('xml:lang') ?? '');

/** A parser configured once: SVG is read as markup, not skipped as foreign content, since charts and maps label in it. */
let parser: Parser | undefined;

function htmlParser(): Parser {
  if (parser) return parser;
  const config = new StaticConfigLoader({ elements: ['html5', { svg: { foreign: false }, math: { foreign: false } }] }).getConfigFor(
    'page',
  );
  if (config instanceof Promise) throw new Error('html-validate resolved its configuration asynchronously; read the page another way.');
  parser = new Parser(config);
  return parser;
}

/**
 * Every English interface string a built page shows, in the order it first shows each: the text
 * of elements and the attributes that are words, equal (whitespace collapsed, or one part of a
 * title joined with ` · `) to an English dictionary entry no Russian entry says alike.
 * `english` and `russian` are the dictionaries (src/i18n/en.ts, ru.ts), passed in: src/lib reads
 * nothing of src/i18n.
 */
export function englishInterfaceStrings(html: string, english: object, russian: object): EnglishOnPage[] {
  const words = cachedEnglishWords(english, russian);
  const found = new Map<string, EnglishOnPage>();
  const check = (where: string, written: string) => {
    const whole = collapse(decodeReferences(written));
    if (!whole) return;
    const parts = whole.includes(TITLE_SEPARATOR) ? [whole, ...whole.split(TITLE_SEPARATOR).map((part) => part.trim())] : [whole];
    for (const text of parts) {
      const key = entryOf(text, words);
      if (key !== undefined && !found.has(`${where}\0${text}`)) found.set(`${where}\0${text}`, { text, key, where });
    }
  };

  /**
   * Reads an element's attributes and text, and gives its whole text for its parent to read. A
   * run of text is read alone; so is the whole text of an element whose words are split by
   * phrasing elements (`<p><span>Skip</span> to <em>the text</em></p>`), but not that of a
   * block holding blocks, which is no one phrase.
   */
  const read = (element: HtmlElement): string => {
    if (NOT_WORDS.has(element.tagName) || markedEnglish(element)) return '';
    for (const [where, value] of wordAttributes(element)) check(where, value);
    const where = element.tagName === 'title' && element.parent?.tagName === 'head' ? '<title>' : `<${element.tagName}>`;
    let whole = '';
    let run = '';
    let pieces = 0;
    let allPhrasing = true;
    const endRun = () => {
      if (run.trim()) {
        check(where, run);
        pieces += 1;
      }
      whole += run;
      run = '';
    };
    for (const child of element.childNodes as DOMNode[]) {
      if (child instanceof TextNode) run += child.textContent;
      else if (child instanceof HtmlElement) {
        endRun();
        const text = read(child);
        if (text.trim()) pieces += 1;
        if (!isPhrasing(child)) allPhrasing = false;
        whole += text;
      }
    }
    endRun();
    if (pieces > 1 && allPhrasing) check(where, whole);
    return whole;
  };

  const root = htmlParser().parseHtml(html);
  for (const child of root.childNodes as DOMNode[]) if (child instanceof HtmlElement) read(child);
  return [...found.values()];
}
