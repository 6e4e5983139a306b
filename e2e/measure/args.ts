/** The benchmark's command line (see bench.ts for what each option does). */
import { parseArgs } from 'node:util';

export interface BenchOptions {
  build: boolean;
  lighthouse: boolean;
  /** Lighthouse runs per page, at least one. */
  runs: number;
  serve: boolean;
  /** Only these pages (paths relative to the base, such as `/print/`); every page when empty. */
  pages: string[];
}

export function readOptions(args: string[]): BenchOptions {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    allowNegative: true,
    options: {
      build: { type: 'boolean', default: true },
      lighthouse: { type: 'boolean', default: true },
      runs: { type: 'string', default: '1' },
      serve: { type: 'boolean', default: false },
    },
  });
  const notPaths = positionals.filter((page) => !page.startsWith('/'));
  if (notPaths.length) throw new Error(`pages are paths that start with a slash, such as /print/: ${notPaths.join(', ')}`);
  return {
    build: values.build,
    lighthouse: values.lighthouse,
    runs: Math.max(1, Number(values.runs) || 1),
    serve: values.serve,
    pages: positionals,
  };
}
