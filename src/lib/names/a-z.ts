/**
 * Names and places, A–Z: the entries sorted as a reader looks them up and grouped under their
 * first letter. Diacritics and punctuation do not count: Kök-Tash sorts with Kok-Tash under K,
 * and the "Dushanbe" post under D. A name in another alphabet than the page's (Human Rights Watch
 * on the Russian page) is filed in one group after the page's letters, under a label that names
 * its alphabet: a Latin H beside the Cyrillic Н would look like the same letter. Pure; the page
 * passes its locale and alphabet.
 */

/** The anchor of a letter's group on /names/: `names-k`. */
export function letterAnchor(letter: string): string {
  return `names-${letter.toLowerCase()}`;
}

/** The anchor of one entry on /names/: `name-kok-tash` (prefixed, as /border/ has `#kok-tash`-like heading ids). */
export function nameAnchor(id: string): string {
  return `name-${id}`;
}

/** The letter a name is filed under: its first letter, without diacritics, in capitals; `#` if it has none. */
export function letterOf(name: string, locale: string): string {
  const first = name.normalize('NFD').replace(/\p{M}/gu, '').match(/\p{L}/u)?.[0];
  return first ? first.toLocaleUpperCase(locale) : '#';
}

/** Compares names as a reader of `locale` looks them up: letters only, case and accents aside. */
export function nameOrder(locale: string): (a: string, b: string) => number {
  const collator = new Intl.Collator(locale, { sensitivity: 'base', ignorePunctuation: true, numeric: true });
  const exact = new Intl.Collator(locale);
  return (a, b) => collator.compare(a, b) || exact.compare(a, b);
}

/** The page's alphabet, and the group a name written in any other one goes to. */
export interface Alphabet {
  /** Matches one letter of the page's alphabet: `/^\p{Script=Cyrillic}$/u`. */
  letter: RegExp;
  /** The label of the group of names in other alphabets, in the letter bar and as its heading: `A–Z`. */
  otherLabel: string;
}

/** The anchor of the group of names in other alphabets than the page's. */
export const OTHER_ALPHABET_ANCHOR = 'names-other-alphabet';

export interface LetterGroup<Entry> {
  letter: string;
  /** `names-k`: the target of the letter jump. */
  anchor: string;
  entries: Entry[];
}

/**
 * The entries under their letters, letters in order and entries sorted by name within each;
 * letters with no entry are left out. Names whose first letter is not in the page's alphabet come
 * last, together.
 */
export function groupByLetter<Entry extends { name: string }>(
  entries: readonly Entry[],
  locale: string,
  alphabet: Alphabet,
): LetterGroup<Entry>[] {
  const order = nameOrder(locale);
  const groups = new Map<string, Entry[]>();
  const other: Entry[] = [];
  for (const entry of [...entries].sort((a, b) => order(a.name, b.name))) {
    const letter = letterOf(entry.name, locale);
    if (letter !== '#' && !alphabet.letter.test(letter)) other.push(entry);
    else groups.set(letter, [...(groups.get(letter) ?? []), entry]);
  }
  const own = [...groups]
    .sort(([a], [b]) => order(a, b))
    .map(([letter, list]) => ({ letter, anchor: letterAnchor(letter), entries: list }));
  return other.length === 0 ? own : [...own, { letter: alphabet.otherLabel, anchor: OTHER_ALPHABET_ANCHOR, entries: other }];
}

/** How a form's source is named beside it: the site's host name, `24.kg` for `https://24.kg/…`. */
export function sourceHost(url: string): string {
  return new URL(url).hostname.replace(/^www\./, '').replace(/\.$/, '');
}
