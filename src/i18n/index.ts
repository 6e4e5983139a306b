/**
 * The interface's languages. A language is a file beside en.ts whose object has the type `Words`,
 * an entry in LOCALES (locales.ts) and one in `dictionaries`; the compiler then names every word
 * it still lacks.
 */
import type { PluralForms } from '../lib/site/plural';
import { en } from './en';
import { ru } from './ru';
import type { Locale } from '../lib/site/locales';

export { DEFAULT_LOCALE, LOCALES, type Locale } from '../lib/site/locales';

/**
 * English's shape with its words widened to `string`, so that another language fills the same
 * keys, arrays and functions with its own words, and a phrase with plural forms takes the forms
 * its own language needs (Russian: one, few, many, other).
 */
type Widened<T> = T extends string
  ? string
  : T extends RegExp
    ? RegExp
    : T extends (...args: infer A) => infer R
      ? (...args: A) => Widened<R>
      : T extends { readonly other: (count: string, ...args: infer A) => string }
        ? PluralForms<A>
        : { readonly [K in keyof T]: Widened<T[K]> };

export type Words = Widened<typeof en>;

export const dictionaries: Record<Locale, Words> = { en, ru };
