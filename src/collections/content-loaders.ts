/**
 * Loaders for the content collections, stricter than Astro's own in two ways.
 *
 * Astro's `file()` loader only logs a YAML error, an entry without an id or a repeated id, and
 * builds on with the entry missing or overwritten. Every data file of the site (sources, anchors,
 * casualty figures, map places) would then publish a wrong page, so here it stops the build.
 *
 * Astro reads YAML with timestamps on: an unquoted `updated: 2026-02-30` becomes a Date, and
 * JavaScript rolls the day the calendar lacks over into 2 March, so no schema could tell. Here
 * YAML is read with the core schema (YAML 1.2, no timestamps): a date stays the string the author
 * wrote, and the schema's date fields (src/schemas/fields.ts) check it against the calendar.
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { file, glob } from 'astro/loaders';
import type { Loader, LoaderContext } from 'astro/loaders';
import { parse } from 'yaml';
import { TEXT_LOCALES, textPath, type TextLayerFile, type TextLocale } from '../schemas/text-layers';

type Logger = LoaderContext['logger'];

/** YAML as written: strings, numbers, booleans, null, lists and maps; no Dates. */
function parseYaml(text: string): unknown {
  return parse(text, { schema: 'core' });
}

function failingLogger(logger: Logger, path: string): Logger {
  const fail = (message: string): never => {
    throw new Error(`${path}: ${message}`);
  };
  return Object.assign(Object.create(logger) as Logger, { warn: fail, error: fail });
}

/** `file(path)` reading YAML as written, and failing the build where `file()` would warn or log an error. */
export function strictFile(path: string): Loader {
  const loader = file(path, { parser: (text) => parseYaml(text) as Record<string, Record<string, unknown>> });
  return { ...loader, load: (context) => loader.load({ ...context, logger: failingLogger(context.logger, path) }) };
}

/** The YAML between the `---` fences at the top of a Markdown or MDX file (Astro's own rule). */
const FRONTMATTER = /(?:^\uFEFF?|^\s*\n)---([\s\S]*?\n)---/;

/** `glob(options)` whose entries' frontmatter is read as written, so a date stays a string. */
export function frontmatterAsWritten(options: Parameters<typeof glob>[0]): Loader {
  const loader = glob(options);
  return {
    ...loader,
    load: (context) => {
      const parseData: LoaderContext['parseData'] = async (entry) => {
        const raw = entry.filePath === undefined ? undefined : FRONTMATTER.exec(await readFile(entry.filePath, 'utf8'))?.[1];
        return context.parseData(raw === undefined ? entry : { ...entry, data: parseYaml(raw) as typeof entry.data });
      };
      return loader.load({ ...context, parseData });
    },
  };
}

/** The id of a text entry in its collection: the row's id under its language, `en/clash-1989`. */
function textEntryId(locale: TextLocale, rowId: string): string {
  return `${locale}/${rowId}`;
}

/** The row id of a text entry in `locale` (`en/clash-1989` → `clash-1989`); undefined for another language's. */
export function rowIdInLocale(entryId: string, locale: TextLocale): string | undefined {
  const prefix = textEntryId(locale, '');
  return entryId.startsWith(prefix) ? entryId.slice(prefix.length) : undefined;
}

/**
 * The words of a data file in every language of `locales` (TEXT_LOCALES unless said), one
 * collection: each language's file (`content/data/text/<locale>/<file>`) maps row ids to words,
 * and each entry is stored as `<locale>/<row id>`. A missing file, or one that is not a map, stops
 * the build naming it.
 */
export function textLayer(file: TextLayerFile, locales: readonly TextLocale[] = TEXT_LOCALES): Loader {
  return {
    name: 'text-layer-loader',
    load: async ({ store, parseData, config, watcher, logger }) => {
      const sync = async () => {
        store.clear();
        for (const locale of locales) {
          const path = textPath(file, locale);
          const filePath = fileURLToPath(new URL(path, config.root));
          const source = await readFile(filePath, 'utf8').catch(() => {
            throw new Error(
              `${path} is missing: every data file needs its words in each language of TEXT_LOCALES (src/schemas/text-layers.ts)`,
            );
          });
          let entries: unknown;
          try {
            entries = parseYaml(source);
          } catch (error) {
            throw new Error(`${path}: ${(error as Error).message}`);
          }
          if (typeof entries !== 'object' || entries === null || Array.isArray(entries)) {
            throw new Error(`${path}: write a map from each row's id to its words, not a list`);
          }
          for (const [rowId, words] of Object.entries(entries)) {
            const id = textEntryId(locale, rowId);
            const data = await parseData({ id, data: words as Record<string, unknown>, filePath });
            store.set({ id, data, filePath: path });
          }
        }
      };
      await sync();
      const paths = new Set(locales.map((locale) => fileURLToPath(new URL(textPath(file, locale), config.root))));
      for (const path of paths) watcher?.add(path);
      watcher?.on('change', (changed) => {
        if (paths.has(changed)) {
          logger.info(`Reloading the words of ${file}`);
          sync().catch((error: unknown) => logger.error(String(error)));
        }
      });
    },
  };
}
