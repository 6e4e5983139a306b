/**
 * The English words under their old name, for chapter-tables.ts alone: it is being rewritten to
 * take no words, and this file goes with that import. Nothing else may import it; pages read
 * their words from `Astro.locals.words` (src/middleware.ts).
 */
export { en as t } from '../../i18n/en';
