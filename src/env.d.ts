/** What src/middleware.ts puts on `Astro.locals` for every page. */
type SitePageContext = import('./lib/site/page-context').PageContext<import('./i18n').Words>;

declare namespace App {
  interface Locals extends SitePageContext {}
}

/** The words CSS writes, one copy per stylesheet (src/build/integrations/css-words.ts). */
declare module 'virtual:css-words.css?*';
