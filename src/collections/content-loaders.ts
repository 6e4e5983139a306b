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
import { file, glob } from 'astro/loaders';
import type { Loader, LoaderContext } from 'astro/loaders';
import { parse } from 'yaml';

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
