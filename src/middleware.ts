/**
 * The one place that works out what kind of page is being rendered: its language, its edition
 * and the base path. It runs for every page and endpoint, prerendered ones included, and puts
 * the answer on `Astro.locals` (typed in env.d.ts) for components to read.
 */
import { defineMiddleware } from 'astro:middleware';
import { dictionaries } from './i18n';
import { pageContext } from './lib/site/page-context';
import { localeOfPath } from './lib/site/routes';

export const onRequest = defineMiddleware((context, next) => {
  // The address says the language: English at the root, Russian under /ru/ (after the base).
  const base = import.meta.env.BASE_URL;
  const underBase = context.url.pathname.startsWith(base) ? context.url.pathname.slice(base.replace(/\/$/, '').length) : '/';
  const locale = localeOfPath(underBase);
  Object.assign(context.locals, pageContext({ url: context.url, base, locale, words: dictionaries[locale] }));
  return next();
});
