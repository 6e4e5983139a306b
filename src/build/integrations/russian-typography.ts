/**
 * Sets the numbers of every Russian page as Russian is typeset (lib/site/russian-typography.ts):
 * after the build, over the finished pages, so that the chapters' text, the data's words, the
 * dictionary's and the figures' labels are set alike wherever they come from. Runs before the
 * print edition is numbered (printPageNumbers), whose page numbers depend on where lines break.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { mapHtmlText, tieRussianNumbers } from '../../lib/site/russian-typography.ts';

export function russianTypography(): AstroIntegration {
  return {
    name: 'russian-typography',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const russian = join(fileURLToPath(dir), 'ru');
        const entries = await readdir(russian, { recursive: true, withFileTypes: true }).catch(() => []);
        const pages = entries
          .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
          .map((entry) => join(entry.parentPath, entry.name));
        for (const page of pages) {
          const html = await readFile(page, 'utf8');
          const set = mapHtmlText(html, tieRussianNumbers);
          if (set !== html) await writeFile(page, set);
        }
        logger.info(`numbers set with no-break spaces on ${pages.length} Russian pages`);
      },
    },
  };
}
