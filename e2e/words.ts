/**
 * The interface words the tests look for, from the site's own dictionary, so that the specs check
 * a second language's pages by the same names.
 */
import { DEFAULT_LOCALE, dictionaries } from '../src/i18n/index.ts';

export const words = dictionaries[DEFAULT_LOCALE];

/** The Russian edition's words, for the specs that check /ru/ pages by the same names. */
export const russianWords = dictionaries.ru;
