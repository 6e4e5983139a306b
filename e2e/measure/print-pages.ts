/**
 * How much paper each page takes: serves the built dist/ (build first; this builds nothing),
 * prints each page to an A4 PDF in Chromium with the print CSS, as a reader's print dialog
 * does, and reports per PDF the pages, how many of them are reference material (most of their
 * text from tables, figure data or source lists) and which are mostly empty (by the print
 * tests' own rule, e2e/pdf.ts mostlyEmptyPages).
 *
 *   node --experimental-strip-types e2e/measure/print-pages.ts            the budgeted pages
 *   node --experimental-strip-types e2e/measure/print-pages.ts /about/    only the pages named
 *   ... --json                                                            one JSON object instead of a table
 *   ... --png out/                                                        also write each PDF and its pages as PNGs (pdftoppm -r 50)
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '../../src/build/chromium.ts';
import { mostlyEmptyPages, pdfTextRuns, PRINT_BUDGETS, printToPdf, squash } from '../pdf.ts';
import { startHost } from './serve-dist.ts';
import { normaliseBase } from './static-host.ts';
import { fileStem } from './visit.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const dist = join(root, 'dist');
const base = normaliseBase(process.env.BASE_PATH);
const args = process.argv.slice(2);
const asJson = args.includes('--json');
const pngIndex = args.indexOf('--png');
const pngFolder = pngIndex >= 0 ? args[pngIndex + 1] : undefined;
const named = args.filter((arg, i) => arg.startsWith('/') && args[i - 1] !== '--png');
const paths = named.length > 0 ? named : Object.keys(PRINT_BUDGETS);

interface Measured {
  path: string;
  pages: number;
  budget: number | undefined;
  referenceTables: number;
  referenceSources: number;
  mostlyEmpty: number[];
}

/** Which share of a page's text comes from the given reference text: runs found in it, by characters. */
function shareFrom(runs: readonly string[], reference: string): number {
  let found = 0;
  let all = 0;
  for (const run of runs) {
    const text = squash(run);
    all += text.length;
    if (text.length >= 3 && reference.includes(text)) found += text.length;
  }
  return all === 0 ? 0 : found / all;
}

// The benchmark's own static host, so print is measured as a reader's browser gets the pages.
const server = await startHost(dist, 0, base, () => {});
const browser = await chromium.launch(chromiumLaunchOptions);
const results: Measured[] = [];
try {
  const page = await browser.newPage();
  for (const path of paths) {
    await page.goto(`${server.origin}${base}${path.replace(/^\//, '')}`);
    const reference = await page.evaluate(() => {
      const text = (selector: string) =>
        [...document.querySelectorAll<HTMLElement>(selector)]
          .map((el) => el.textContent ?? '')
          .join(' ')
          .replace(/\s+/g, '')
          .toLowerCase();
      return { tables: text('main table, main .figure__data, main [data-print-reference]'), sources: text('main .source-list') };
    });
    const pdf = await printToPdf(page);
    const printedRuns = await pdfTextRuns(pdf);
    const runs = printedRuns.map((r) => r.map((run) => run.text));
    // A page's first runs are its running head (title, address, page n of N): not the page's content.
    const bodies = runs.map((r) => r.filter((run) => !/^page \d+ of \d+$/.test(run.trim())).slice(2));
    results.push({
      path,
      pages: runs.length,
      budget: PRINT_BUDGETS[path],
      referenceTables: bodies.filter((b) => shareFrom(b, reference.tables) > 0.5).length,
      referenceSources: bodies.filter((b) => shareFrom(b, reference.sources) > 0.5).length,
      mostlyEmpty: await mostlyEmptyPages(page, pdf, printedRuns),
    });
    if (pngFolder) {
      const name = fileStem(path);
      mkdirSync(pngFolder, { recursive: true });
      writeFileSync(join(pngFolder, `${name}.pdf`), pdf);
      execFileSync('pdftoppm', ['-r', '50', '-png', join(pngFolder, `${name}.pdf`), join(pngFolder, name)]);
    }
  }
} finally {
  await browser.close();
  await server.close();
}

if (asJson) {
  process.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
} else {
  const rows = results.map((r) => [
    r.path,
    `${r.pages}${r.budget !== undefined ? ` / ${r.budget}` : ''}`,
    String(r.referenceTables),
    String(r.referenceSources),
    r.mostlyEmpty.length > 0 ? r.mostlyEmpty.join(', ') : '–',
  ]);
  const header = ['Page', 'A4 pages / budget', 'Tables', 'Sources', 'Mostly empty'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
  for (const row of [header, ...rows]) process.stdout.write(`${row.map((cell, i) => cell.padEnd(widths[i]!)).join('  ')}\n`);
}
const over = results.filter((r) => r.budget !== undefined && r.pages > r.budget);
if (over.length > 0) {
  process.stderr.write(`Over budget: ${over.map((r) => `${r.path} ${r.pages} > ${r.budget}`).join('; ')}\n`);
  process.exitCode = 1;
}
