/**
 * The site's languages and where each one's pages live: English at the root, every other language
 * under its own prefix (`/ru/border/`). Kept apart from the dictionaries so that routes and the
 * Astro config can know the languages without loading every word.
 */
export const LOCALES = ['en', 'ru'] as const;
export type Locale = (typeof LOCALES)[number];

/** The language of the pages at the root, and of a page that does not say otherwise. */
export const DEFAULT_LOCALE: Locale = 'en';

export function isLocale(value: string): value is Locale {
  return (LOCALES as readonly string[]).includes(value);
}
