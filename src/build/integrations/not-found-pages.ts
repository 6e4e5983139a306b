/**
 * A not-found page in every language. Astro writes only the root's `404.astro` as `404.html`; a
 * language's (src/pages/ru/404.astro) comes out as an ordinary page, `ru/404/index.html`. This
 * moves it to `ru/404.html`, where Cloudflare Pages serves it for a missing address under /ru/
 * (it serves the nearest 404.html), and writes the `_redirects` rule that makes Netlify do the
 * same. Other hosts serve the root's English page for every missing address.
 */
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { DEFAULT_LOCALE, LOCALES } from '../../lib/site/locales.ts';
import { notFoundRedirects } from '../../lib/site/not-found-pages.ts';

export function notFoundPages(): AstroIntegration {
  let base = '/';
  return {
    name: 'not-found-pages',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': async ({ dir }) => {
        const out = fileURLToPath(dir);
        const locales = LOCALES.filter((locale) => locale !== DEFAULT_LOCALE);
        for (const locale of locales) {
          await mkdir(join(out, locale), { recursive: true });
          await rename(join(out, locale, '404', 'index.html'), join(out, locale, '404.html'));
          await rm(join(out, locale, '404'), { recursive: true });
        }
        await writeFile(join(out, '_redirects'), notFoundRedirects(locales, base));
      },
    },
  };
}
