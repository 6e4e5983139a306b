/**
 * The sources as a translation shows them. An entry of content/sources.yaml is mostly the
 * publisher's: its name, its title, its address, which every edition shows as published. The rest
 * is this project's words (what is known of a date, a note, a description of a page that showed no
 * title, a publisher described rather than only named), and a translation gives those in its own
 * language. The English entry decides which words a translation must give, so a note added in
 * English stops the build until it is translated, and every number those words give must survive
 * translation: "who said what" rides on them. A bare name may be given the form the language's
 * press uses (TASS as ТАСС), and then in every entry that names it.
 */
import { multisetDifference, numbersIn } from './editions';
import type { Source, SourceText } from '../../schemas/sources';
import type { TextLayerFiles } from '../site/text-layer';
import { isDescribedTitle } from '../site/source-name';

/** The fields of a source a translation may give. */
export type TranslatedField = keyof SourceText;
const NAME_FIELDS = ['publisher', 'carries'] as const;
const OUR_FIELDS = ['dateNote', 'note'] as const;

/** Names of languages and the possessive: "German Wikipedia", "RFE/RL's Tajik Service" describe, in English. */
const LANGUAGE_WORD = /\b(?:English|Russian|German|Finnish|Norwegian|Kyrgyz|Tajik|Arabic|Urdu|Dari|Swahili|Italian|Spanish)\b|'s\b/;
/** A word in lower case that is not part of an address or a package name (babel.ua, @osm_borders/…). */
const LOWER_CASE_WORD = /(?<![\w.@/-])[a-z]{2,}(?![\w.@/-])/g;

/**
 * Whether a publisher or `carries` is written with words of description, which a translation
 * must give in its own language: a bracket ("Khovar (Tajik state news agency)"), a language or a
 * possessive ("German Wikipedia"), or a word in lower case ("the Kyrgyz Cabinet of Ministers").
 * A bare name ("Reuters", "babel.ua", "dpa") reads the same in every edition.
 */
export function describesPublisher(name: string): boolean {
  if (name.includes('(') || LANGUAGE_WORD.test(name)) return true;
  const words = name.match(LOWER_CASE_WORD) ?? [];
  return words.length > 0 && name.trim() !== words[0];
}

/** The fields of a source whose words are this project's, which a translation must give. */
export function wordsToTranslate(source: Source): TranslatedField[] {
  return [
    ...NAME_FIELDS.filter((field) => source[field] !== undefined && describesPublisher(source[field])),
    ...(isDescribedTitle(source.title) ? (['title'] as const) : []),
    ...OUR_FIELDS.filter((field) => source[field] !== undefined),
  ];
}

/**
 * What keeps a translation's words from standing in for the English, one line each, naming the
 * file and the source: a source it does not give required words for, words for a source or a
 * field the English does not have, a title as published given a translation, and numbers that
 * differ from the English field's.
 */
export function sourceWordsProblems(
  sources: readonly Source[],
  words: ReadonlyMap<string, SourceText>,
  files: TextLayerFiles,
  locale: 'ru',
): string[] {
  const problems: string[] = [];
  const byId = new Map(sources.map((source) => [source.id, source]));
  for (const id of words.keys()) {
    if (!byId.has(id)) problems.push(`${files.text}: "${id}" is not a source of ${files.facts}; rename or remove its words.`);
  }
  for (const source of sources) {
    const given = words.get(source.id) ?? {};
    const missing = wordsToTranslate(source).filter((field) => given[field] === undefined);
    if (missing.length > 0) {
      problems.push(`${files.text}: "${source.id}" needs its ${missing.join(', ')} in this language (the English is in ${files.facts}).`);
    }
    for (const [field, translated] of Object.entries(given) as Array<[TranslatedField, string]>) {
      const english = source[field];
      if (english === undefined) {
        problems.push(`${files.text}: "${source.id}" gives a ${field}, which its English entry does not have.`);
        continue;
      }
      if (field === 'title' && !isDescribedTitle(english)) {
        problems.push(
          `${files.text}: "${source.id}" translates its title, which is the title as published; only a title in brackets is ours to translate.`,
        );
        continue;
      }
      const differ = multisetDifference(numbersIn(english, 'en'), numbersIn(translated, locale));
      if (differ.length > 0)
        problems.push(`${files.text}: "${source.id}" gives other numbers in its ${field} than the English: ${differ.join('; ')}.`);
    }
  }
  return [...problems, ...nameFormProblems(sources, words, files)];
}

/**
 * A name the English writes one way ("TASS") given more than one way in the translation (ТАСС in
 * one entry, TASS in another): a reader would take them for two publishers. Each form is listed
 * with the first entries that use it.
 */
function nameFormProblems(sources: readonly Source[], words: ReadonlyMap<string, SourceText>, files: TextLayerFiles): string[] {
  const forms = new Map<string, Map<string, string[]>>();
  for (const source of sources) {
    for (const field of NAME_FIELDS) {
      const english = source[field];
      if (english === undefined || describesPublisher(english)) continue;
      const form = words.get(source.id)?.[field] ?? english;
      const byForm = forms.get(english) ?? new Map<string, string[]>();
      byForm.set(form, [...(byForm.get(form) ?? []), source.id]);
      forms.set(english, byForm);
    }
  }
  return [...forms]
    .filter(([, byForm]) => byForm.size > 1)
    .map(([english, byForm]) => {
      const listed = [...byForm].map(([form, ids]) => `"${form}" (${ids.slice(0, 3).join(', ')}${ids.length > 3 ? ', …' : ''})`);
      return `${files.text}: "${english}" is named ${listed.join(' and ')}; name it one way in every entry.`;
    });
}

/** Each source with the translation's words in place of the English where it gives them. */
export function withSourceWords(sources: readonly Source[], words: ReadonlyMap<string, SourceText>): Source[] {
  return sources.map((source) => {
    const given = words.get(source.id);
    if (!given) return source;
    const translated: Source = { ...source };
    for (const field of [...NAME_FIELDS, 'title', ...OUR_FIELDS] as const) {
      const value = given[field];
      if (value !== undefined) translated[field] = value;
    }
    return translated;
  });
}
