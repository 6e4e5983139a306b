/**
 * The site's benchmark: builds it, serves dist/ the way a static host would (compressed, cached,
 * a real 404), loads every page in Chromium with an empty cache and runs Lighthouse on it, then
 * prints one table and checks the budgets (report.ts). Exits 1 when one is broken.
 *
 *   npm run bench                          build, measure every page, run Lighthouse
 *   npm run bench -- --no-build            measure the existing dist/
 *   npm run bench -- --no-lighthouse       bytes and requests only (Lighthouse budgets unchecked)
 *   npm run bench -- --runs 3              Lighthouse three times a page, median scores
 *   npm run bench -- --no-build /print/    only the pages named (paths relative to the base)
 *   BASE_PATH=/sub/ npm run bench          build and serve the site under a sub-path
 *   npm run bench -- --no-build --serve    only serve dist/ as the benchmark does (PORT, default 4399)
 *
 * Bytes are response bodies as they arrive over the network (encoded size, which for a
 * compressed response is its Content-Length) while the server offers only gzip, as the budgets
 * are written in gzip; the page is then loaded again with brotli offered for the "Total br"
 * column. Lighthouse runs with its mobile defaults against the server offering brotli and gzip,
 * like a host would. Its JSON reports are kept in .cache/lighthouse/. For a page over its byte
 * budget it also prints what the page would weigh with no markup at all (report.ts withoutMarkup):
 * whether trimming markup could ever bring it within the budget.
 *
 * Beside it: args.ts (the command line), serve-dist.ts (the host, deciding by static-host.ts),
 * visit.ts (loading and measuring a page), lighthouse.ts, report.ts (budgets and table).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '../../src/build/chromium.ts';
import { readOptions } from './args.ts';
import { runLighthouse, type LighthouseOutcome } from './lighthouse.ts';
import { budgetFailures, classifyPage, formatTable, htmlMakeup, inlineScripts, total, withoutMarkup, type PageResult } from './report.ts';
import { startHost } from './serve-dist.ts';
import { normaliseBase } from './static-host.ts';
import { pagesIn, visit } from './visit.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const dist = join(root, 'dist');
const base = normaliseBase(process.env.BASE_PATH);
const options = readOptions(process.argv.slice(2));
const NOT_FOUND_PROBE = '/no-such-page/';

const log = (message: string) => void process.stderr.write(`${message}\n`);

function build(): number {
  const started = performance.now();
  const result = spawnSync(process.execPath, [join(root, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build'], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  if (result.status !== 0) throw new Error('astro build failed');
  return (performance.now() - started) / 1000;
}

const buildSeconds = options.build ? build() : undefined;
if (!existsSync(join(dist, 'index.html'))) throw new Error('no dist/index.html: build the site first (drop --no-build)');

if (options.serve) {
  const served = await startHost(dist, Number(process.env.PORT ?? 4399), base, log);
  console.log(`Serving dist/ at ${served.origin}${base} (Ctrl-C to stop)`);
  await new Promise(() => undefined);
}

const host = await startHost(dist, Number(process.env.PORT ?? 0), base, log);
const siteUrl = (path: string) => `${host.origin}${base}${path.slice(1)}`;
const pages = [...pagesIn(dist).sort(), NOT_FOUND_PROBE].filter((page) => !options.pages.length || options.pages.includes(page));
if (!pages.length) throw new Error(`no such page in dist/: ${options.pages.join(', ')}`);
const results: PageResult[] = [];
let lighthouse = new Map<string, LighthouseOutcome>();
try {
  const browser = await chromium.launch(chromiumLaunchOptions);
  try {
    for (const page of pages) {
      log(`measuring ${page}`);
      const notFound = page === NOT_FOUND_PROBE;
      const html = readFileSync(notFound ? join(dist, '404.html') : join(dist, page, 'index.html'), 'utf8');
      host.offer = ['gzip'];
      const gzip = await visit(browser, siteUrl(page), host.origin, log);
      host.offer = ['br', 'gzip'];
      const brotli = await visit(browser, siteUrl(page), host.origin, log);
      const inline = inlineScripts(html);
      results.push({
        page: notFound ? `${page} (404)` : page,
        pageClass: classifyPage(page, html),
        bytes: gzip.bytes,
        brotliTotal: total(brotli.bytes),
        script: gzip.bytes.js + (inline.length ? gzipSync(inline.join('\n'), { level: 9 }).length : 0),
        requests: gzip.requests,
        thirdPartyRequests: gzip.thirdPartyRequests,
        elements: gzip.elements,
        makeup: htmlMakeup(html),
      });
    }
  } finally {
    await browser.close();
  }
  if (options.lighthouse) {
    // Lighthouse will not score a document served with status 404, so the not-found page is
    // audited at its own address, /404.html, where the host serves the same file with 200.
    host.offer = ['br', 'gzip'];
    const targets = results.map(({ page }) => ({ page, url: siteUrl(page === `${NOT_FOUND_PROBE} (404)` ? '/404.html' : page) }));
    lighthouse = await runLighthouse(targets, { runs: options.runs, reports: join(root, '.cache', 'lighthouse'), log });
    for (const result of results) {
      const outcome = lighthouse.get(result.page);
      if (outcome?.scores) result.lighthouse = outcome.scores;
      if (outcome?.mainThread) result.mainThread = outcome.mainThread;
      else if (outcome?.error) result.lighthouse = { error: outcome.error };
    }
  }
} finally {
  await host.close();
}

const { lighthouse: useLighthouse, runs: lighthouseRuns } = options;
console.log(`\nFirst visit, empty cache, KiB transferred (gzip unless marked br)${base === '/' ? '' : `, served under ${base}`}\n`);
console.log(formatTable(results));
console.log(
  '\n¹ Script: JavaScript the page runs, gzip — .js files plus the module scripts Astro inlines into the HTML (those bytes are also in the HTML column).',
);
console.log(
  'Elements: in the loaded document. TBT (Total Blocking Time) and Style & Layout (main-thread work breakdown): Lighthouse, ms on its simulated 4× slower CPU.',
);
const environment = [...lighthouse.values()].find((outcome) => outcome.environment)?.environment;
if (useLighthouse && environment)
  console.log(
    `Lighthouse: ${environment}${lighthouseRuns > 1 ? `, median of ${lighthouseRuns} runs` : ''}; /no-such-page/ is audited at /404.html.`,
  );
if (!useLighthouse) console.log('Lighthouse not run (--no-lighthouse): its budgets are unchecked.');
if (buildSeconds !== undefined) console.log(`Whole-site build (astro build): ${buildSeconds.toFixed(1)} s`);

if (lighthouseRuns > 1) {
  const spread = [...lighthouse.entries()].filter(([, o]) => o.performanceRuns && new Set(o.performanceRuns).size > 1);
  if (spread.length)
    console.log(
      `Performance by run, where runs differed: ${spread.map(([page, o]) => `${page} ${o.performanceRuns!.join('/')}`).join(', ')}`,
    );
}
const findings = [...lighthouse.entries()].flatMap(([page, outcome]) => outcome.findings.map((finding) => `  ${page} ${finding}`));
if (findings.length) console.log(`\nLighthouse audits that cost points:\n${findings.join('\n')}`);
const failures = results.flatMap(budgetFailures);
console.log(
  failures.length
    ? `\nBudgets broken:\n${failures.map((f) => `  ${f}`).join('\n')}`
    : `\nEvery budget ${useLighthouse ? '' : 'checked '}holds.`,
);
const floors = results.flatMap((result) => withoutMarkup(result) ?? []);
if (floors.length)
  console.log(`\nOver their byte budget, and what they would weigh with no markup:\n${floors.map((f) => `  ${f}`).join('\n')}`);
process.exit(failures.length ? 1 : 0);
