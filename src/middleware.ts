/**
 * The one place that works out what kind of page is being rendered: its language, its edition
 * and the base path. It runs for every page and endpoint, prerendered ones included, and puts
 * the answer on `Astro.locals` (typed in env.d.ts) for components to read.
 */
import { defineMiddleware } from 'astro:middleware';
import { DEFAULT_LOCALE, dictionaries } from './i18n';
import { pageContext } from './lib/site/page-context';

export const onRequest = defineMiddleware((context, next) => {
  // One language so far; a second would be chosen from the address here.
  const locale = DEFAULT_LOCALE;
  Object.assign(context.locals, pageContext({ url: context.url, base: import.meta.env.BASE_URL, locale, words: dictionaries[locale] }));
  return next();
});
