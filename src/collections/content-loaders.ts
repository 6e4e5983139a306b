/**
 * Loaders for the content collections. Astro's `file()` loader only logs a YAML error, an entry
 * without an id or a repeated id, and builds on with the entry missing or overwritten. Every data
 * file of the site (sources, anchors, casualty figures, map places) would then publish a wrong
 * page, so here it stops the build instead.
 */
import { file } from 'astro/loaders';
import type { Loader, LoaderContext } from 'astro/loaders';

type Logger = LoaderContext['logger'];

function failingLogger(logger: Logger, path: string): Logger {
  const fail = (message: string): never => {
    throw new Error(`${path}: ${message}`);
  };
  return Object.assign(Object.create(logger) as Logger, { warn: fail, error: fail });
}

/** `file(path)`, except that what `file()` would warn about or log as an error fails the build. */
export function strictFile(path: string): Loader {
  const loader = file(path);
  return { ...loader, load: (context) => loader.load({ ...context, logger: failingLogger(context.logger, path) }) };
}
