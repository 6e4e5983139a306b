// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import tailwindcss from '@tailwindcss/vite';
import { fontSubset } from './src/build/integrations/font-subset.ts';
import { tableIds } from './src/build/integrations/table-ids.ts';
import { citationTies } from './src/build/integrations/citation-ties.ts';
import { headersFile } from './src/build/integrations/headers-file.ts';
import { cssWords } from './src/build/integrations/css-words.ts';
import { printPageNumbers } from './src/build/integrations/print-page-numbers.ts';
import { notFoundPages } from './src/build/integrations/not-found-pages.ts';
import { russianWords } from './src/build/integrations/russian-words.ts';
import { russianTypography } from './src/build/integrations/russian-typography.ts';
import { DEFAULT_LOCALE, LOCALES } from './src/lib/site/locales.ts';
import { isFigureEmbedPath, PLACEHOLDER_SITE, unlocalizedPath } from './src/lib/site/routes.ts';

/**
 * SITE_URL: where the site is published (canonical links, link previews, sitemap, print running heads).
 * Without it the build uses a placeholder under .example, and printed pages show no address at all.
 * BASE_PATH: the sub-path it is served under, if any (e.g. /batken-explainer/).
 */
const site = process.env.SITE_URL ?? PLACEHOLDER_SITE;
const base = process.env.BASE_PATH ?? '/';
/** A figure's embed page (noindex, for frames on other sites), which the sitemap leaves out. */
const isEmbedPage = (/** @type {string} */ page) => {
  const root = new URL(base.replace(/^\/*/, '/').replace(/\/*$/, '/'), site).pathname;
  const path = new URL(page).pathname;
  return path.startsWith(root) && isFigureEmbedPath(unlocalizedPath(`/${path.slice(root.length)}`).slice(1));
};
/** A language's not-found page (/ru/404/ while it is built), which is no page of its own to list. */
const isNotFoundPage = (/** @type {string} */ page) => new URL(page).pathname.endsWith('/404/');

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  markdown: {
    // The chapters have no code; Shiki's inline styles would also fall foul of the CSP.
    syntaxHighlight: false,
    // Explicit heading ids (`## Title {#id}`): the anchors people link to survive edits to the text.
    // tableIds names each table after its section; citationTies keeps a citation on its word's line.
    processor: satteri({ features: { headingAttributes: true }, hastPlugins: [tableIds, citationTies] }),
  },
  // The sitemap lists every page (not the 404 page, not endpoints, not figures' embeds) as sitemap-index.xml; robots.txt names it.
  // headersFile writes dist/_headers for Netlify and Cloudflare Pages: the pages' CSP as a header, and caching.
  // russianWords fails the build when a page under /ru/ shows an English interface string.
  // printPageNumbers prints /print/ with Chromium after the build and writes its contents' page numbers.
  // notFoundPages moves each language's not-found page to where hosts look for it (ru/404.html).
  // russianTypography keeps a Russian number with its word and its hedge (no-break spaces).
  integrations: [
    fontSubset(),
    mdx(),
    sitemap({
      filter: (page) => !isEmbedPage(page) && !isNotFoundPage(page),
      // Each page's entry names the same page in every language (xhtml:link alternates).
      i18n: { defaultLocale: DEFAULT_LOCALE, locales: Object.fromEntries(LOCALES.map((locale) => [locale, locale])) },
    }),
    notFoundPages(),
    russianTypography(),
    headersFile(),
    russianWords(),
    printPageNumbers(),
  ],
  // English at the root, every other language under its prefix (/ru/); the pages set the language from the address.
  i18n: { locales: [...LOCALES], defaultLocale: DEFAULT_LOCALE, routing: { prefixDefaultLocale: false } },
  // Scripts and styles run only when Astro has hashed them; nothing inline slips through.
  security: { csp: true },
  // cssWords: the few interface words CSS writes, from the dictionaries (virtual:css-words.css).
  vite: { plugins: [tailwindcss(), cssWords()] },
});
