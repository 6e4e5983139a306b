/**
 * The interface words that only CSS can place: the name a screen reader gives a citation number
 * ("Source 12"), which the stylesheet writes as generated content's alternative text so that a
 * page's hundreds of citations carry no words in their markup. They are set per language as
 * custom properties, matched by the `lang` of the page.
 */
import { cssString } from './print-running-heads';

export interface CssWords {
  /** The word before a citation's number: "Source". */
  sourceLabel: string;
}

/** `:root:lang(en) { --cite-label: "Source "; }`, one rule per language. */
export function cssWordsStylesheet(languages: Readonly<Record<string, CssWords>>): string {
  return Object.entries(languages)
    .map(([locale, words]) => `:root:lang(${locale}) { --cite-label: ${cssString(`${words.sourceLabel} `)}; }\n`)
    .join('');
}
