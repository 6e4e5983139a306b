/**
 * Fails the build when a page of the Russian edition (every HTML file under dist/ru/) still shows
 * an English interface string, naming each page and the strings, their dictionary entries and
 * where they are (src/lib/content/untranslated-words.ts decides what counts). The English edition
 * has no prefix, so it is never read; until the Russian routes exist (issue 23) there is no ru/
 * and the check does nothing, and it starts with the first Russian page built.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { en } from '../../i18n/en.ts';
import { ru } from '../../i18n/ru.ts';
import { englishInterfaceStrings } from '../../lib/content/untranslated-words.ts';

/** The Russian edition's folder in the build, as its routes are under /ru/. */
const RUSSIAN_DIR = 'ru';

/** Every HTML file under `dir`, or none when it does not exist. */
async function htmlFiles(dir: string): Promise<string[]> {
  try {
    const entries = await readdir(dir, { recursive: true, withFileTypes: true });
    return entries
      .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
      .map((entry) => join(entry.parentPath, entry.name))
      .sort();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}

export function russianWords(): AstroIntegration {
  return {
    name: 'russian-words',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const pages = await htmlFiles(join(out, RUSSIAN_DIR));
        if (pages.length === 0) return;
        const started = performance.now();
        const problems: string[] = [];
        for (const path of pages) {
          const found = englishInterfaceStrings(await readFile(path, 'utf8'), en, ru);
          if (found.length === 0) continue;
          const page = relative(process.cwd(), path).split(sep).join('/');
          problems.push(`${page}:`, ...found.map(({ text, key, where }) => `  ${JSON.stringify(text)} (${key}) in ${where}`));
        }
        const seconds = ((performance.now() - started) / 1000).toFixed(1);
        if (problems.length > 0) {
          throw new Error(
            `Russian pages show English interface strings; give each its Russian words from src/i18n/ru.ts, ` +
              `or mark text meant to be English with lang="en":\n${problems.join('\n')}`,
          );
        }
        logger.info(`${pages.length} Russian pages show no English interface string (${seconds} s)`);
      },
    },
  };
}
