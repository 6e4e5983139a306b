/**
 * The site's benchmark: builds it, serves dist/ the way a static host would (compressed, cached,
 * a real 404), loads every page in Chromium with an empty cache and runs Lighthouse on it, then
 * prints one table and checks the budgets (src/lib/bench/report.ts). Exits 1 when one is broken.
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
 * like a host would. Its JSON reports are kept in .cache/lighthouse/.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants as zlibConstants, gzipSync } from 'node:zlib';
import { chromium, type Browser } from '@playwright/test';
import { chromiumLaunchOptions, systemChromium } from '../chromium.ts';
import { BUDGETS, budgetFailures, classifyPage, formatTable, inlineScripts, isThirdParty, KINDS, kindOf, medianScores, total, type Kind, type PageResult, type Scores } from '../../src/lib/bench/report.ts';
import { cacheControlFor, chooseEncoding, contentTypeFor, isCompressible, normaliseBase, resolveRequest, type Encoding } from '../../src/lib/bench/static-host.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const dist = join(root, 'dist');
const base = normaliseBase(process.env.BASE_PATH);
const args = process.argv.slice(2);
const runsArg = args.indexOf('--runs');
const lighthouseRuns = runsArg >= 0 ? Math.max(1, Number(args[runsArg + 1]) || 1) : 1;
const useLighthouse = !args.includes('--no-lighthouse');
const onlyPages = args.filter((arg, i) => arg.startsWith('/') && args[i - 1] !== '--runs');
/** The same flags the tests use, plus what a headless Chrome outside Playwright needs. */
const CHROME_FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'];
const NOT_FOUND_PROBE = '/no-such-page/';

const log = (message: string) => void process.stderr.write(`${message}\n`);

// ---------------------------------------------------------------------------------------------
// Build

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

/** Every page in dist/, as paths relative to the base (`/`, `/border/`). */
function pagesIn(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return pagesIn(path);
    if (name !== 'index.html') return [];
    const folder = relative(dist, dir).split('\\').join('/');
    return [folder ? `/${folder}/` : '/'];
  });
}

// ---------------------------------------------------------------------------------------------
// A static host for dist/

interface Host {
  origin: string;
  /** The compressions the host offers; the measurement switches between gzip only and both. */
  offer: Encoding[];
  close(): Promise<void>;
}

async function startHost(folder: string, port: number): Promise<Host> {
  const lookup = (path: string) => {
    try {
      const stat = statSync(join(folder, path));
      return stat.isFile() ? ('file' as const) : stat.isDirectory() ? ('dir' as const) : undefined;
    } catch {
      return undefined;
    }
  };
  // Compressed once per file and encoding, as a host that pre-compresses at deploy would.
  const encoded = new Map<string, { body: Buffer; etag: string }>();
  const bodyOf = (file: string, encoding: Encoding | 'identity') => {
    const key = `${encoding}:${file}`;
    let entry = encoded.get(key);
    if (!entry) {
      const raw = readFileSync(join(folder, file));
      const body =
        encoding === 'br'
          ? brotliCompressSync(raw, { params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 11, [zlibConstants.BROTLI_PARAM_SIZE_HINT]: raw.length } })
          : encoding === 'gzip'
            ? gzipSync(raw, { level: 9 })
            : raw;
      const hash = createHash('sha256').update(raw).digest('base64url').slice(0, 16);
      entry = { body, etag: `"${hash}${encoding === 'identity' ? '' : `-${encoding}`}"` };
      encoded.set(key, entry);
    }
    return entry;
  };

  const host: Host = { origin: '', offer: ['br', 'gzip'], close: async () => undefined };
  const handle = (request: IncomingMessage, response: ServerResponse) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { Allow: 'GET, HEAD', 'Content-Length': 0 }).end();
      return;
    }
    const url = new URL(request.url ?? '/', 'http://host.invalid');
    const resolution = resolveRequest(url.pathname, url.search, base, lookup);
    if (resolution.status === 301) {
      response.writeHead(301, { Location: resolution.location, 'Cache-Control': 'public, max-age=3600', 'Content-Length': 0 }).end();
      return;
    }
    const file = resolution.status === 200 ? resolution.file : '404.html';
    if (lookup(file) !== 'file') {
      response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' }).end('Not found\n');
      return;
    }
    const contentType = contentTypeFor(file);
    const compressible = isCompressible(contentType);
    const encoding = compressible ? chooseEncoding(request.headers['accept-encoding'], host.offer) : 'identity';
    const { body, etag } = bodyOf(file, encoding);
    const headers: Record<string, string | number> = {
      'Content-Type': contentType,
      'Cache-Control': resolution.status === 200 ? cacheControlFor(file) : 'no-store',
      'X-Content-Type-Options': 'nosniff',
    };
    if (compressible) headers['Vary'] = 'Accept-Encoding';
    if (encoding !== 'identity') headers['Content-Encoding'] = encoding;
    if (resolution.status === 200) {
      headers['ETag'] = etag;
      if (request.headers['if-none-match']?.split(/\s*,\s*/).includes(etag)) {
        response.writeHead(304, headers).end();
        return;
      }
    }
    headers['Content-Length'] = body.length;
    response.writeHead(resolution.status, headers).end(request.method === 'HEAD' ? undefined : body);
  };

  const server = createServer((request, response) => {
    try {
      handle(request, response);
    } catch (error) {
      log(`server error on ${request.url}: ${String(error)}`);
      if (!response.headersSent) response.writeHead(500, { 'Content-Length': 0 });
      response.end();
    }
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  host.origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  host.close = () =>
    new Promise((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
  return host;
}

// ---------------------------------------------------------------------------------------------
// Bytes and requests, from the network

interface Visit {
  bytes: Record<Kind, number>;
  requests: number;
  thirdPartyRequests: number;
}

/** A first visit on a phone-sized screen with an empty cache: what crossed the network. */
async function visit(browser: Browser, url: string, origin: string): Promise<Visit> {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  const bytes = Object.fromEntries(KINDS.map((kind) => [kind, 0])) as Record<Kind, number>;
  let requests = 0;
  let thirdPartyRequests = 0;
  const pending: Array<Promise<void>> = [];
  page.on('request', (request) => {
    if (request.url().startsWith('data:')) return;
    requests++;
    if (isThirdParty(request.url(), origin)) thirdPartyRequests++;
  });
  page.on('requestfinished', (request) => {
    if (request.url().startsWith('data:')) return;
    pending.push(
      (async () => {
        const response = await request.response();
        if (!response) return;
        const headers = response.headers();
        const { responseBodySize } = await request.sizes();
        const contentLength = Number(headers['content-length']);
        if (headers['content-encoding'] && Number.isFinite(contentLength) && contentLength !== responseBodySize) {
          log(`  note: ${request.url()} arrived as ${responseBodySize} B but says Content-Length ${contentLength}`);
        }
        bytes[kindOf(headers['content-type'])] += responseBodySize;
      })(),
    );
  });
  await page.goto(url, { waitUntil: 'networkidle' });
  await page.evaluate(async () => void (await document.fonts.ready));
  await page.waitForLoadState('networkidle');
  await Promise.all(pending);
  await context.close();
  return { bytes, requests, thirdPartyRequests };
}

// ---------------------------------------------------------------------------------------------
// Lighthouse

interface LighthouseOutcome {
  scores?: Scores;
  error?: string;
  /** Weighted audits that did not pass, for the categories below their budget. */
  findings: string[];
  /** Performance in each run, when there were several. */
  performanceRuns?: number[];
  environment?: string;
}

const CATEGORIES = [
  ['performance', 'performance'],
  ['accessibility', 'accessibility'],
  ['best-practices', 'bestPractices'],
  ['seo', 'seo'],
] as const;
const MINIMUM: Scores = { performance: BUDGETS.performance, accessibility: BUDGETS.accessibility, bestPractices: BUDGETS.bestPractices, seo: BUDGETS.seo };

async function runLighthouse(targets: ReadonlyArray<{ page: string; url: string }>): Promise<Map<string, LighthouseOutcome>> {
  const outcomes = new Map<string, LighthouseOutcome>();
  const failAll = (error: string) => {
    for (const { page } of targets) outcomes.set(page, { error, findings: [] });
    return outcomes;
  };
  let lighthouse: typeof import('lighthouse').default;
  let chromeLauncher: typeof import('chrome-launcher');
  try {
    lighthouse = (await import('lighthouse')).default;
    chromeLauncher = await import('chrome-launcher');
  } catch (error) {
    return failAll(`cannot load lighthouse: ${String(error)}`);
  }
  const chromePath = systemChromium ?? chromium.executablePath();
  let chrome: Awaited<ReturnType<typeof chromeLauncher.launch>>;
  try {
    chrome = await chromeLauncher.launch({ chromePath, chromeFlags: CHROME_FLAGS, logLevel: 'error' });
  } catch (error) {
    return failAll(`cannot start ${chromePath} for Lighthouse: ${String(error)}`);
  }
  const reports = join(root, '.cache', 'lighthouse');
  mkdirSync(reports, { recursive: true });
  try {
    for (const { page, url } of targets) {
      const runs: Scores[] = [];
      // What cost points in any run, one line per audit (with its latest figure).
      const findings = new Map<string, string>();
      let error: string | undefined;
      let environment: string | undefined;
      for (let run = 0; run < lighthouseRuns && !error; run++) {
        log(`lighthouse ${page}${lighthouseRuns > 1 ? ` (run ${run + 1}/${lighthouseRuns})` : ''}`);
        try {
          const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES.map(([id]) => id), disableFullPageScreenshot: true });
          const lhr = result?.lhr;
          if (!lhr) throw new Error('no result');
          writeFileSync(join(reports, `${page.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '') || 'home'}.json`), JSON.stringify(lhr));
          if (lhr.runtimeError) throw new Error(`${lhr.runtimeError.code}: ${lhr.runtimeError.message}`);
          const scores = {} as Scores;
          for (const [id, key] of CATEGORIES) {
            const category = lhr.categories[id];
            if (category?.score == null) throw new Error(`no ${id} score`);
            scores[key] = Math.round(category.score * 100);
            if (scores[key] < MINIMUM[key]) {
              for (const ref of category.auditRefs) {
                const audit = lhr.audits[ref.id];
                if (ref.weight > 0 && audit && audit.score !== null && audit.score < 1) findings.set(ref.id, `${id}: ${audit.title}${audit.displayValue ? ` (${audit.displayValue})` : ''}`);
              }
            }
          }
          runs.push(scores);
          environment = `Lighthouse ${lhr.lighthouseVersion}, ${lhr.configSettings.formFactor} (${lhr.configSettings.screenEmulation.width}×${lhr.configSettings.screenEmulation.height}, ${lhr.configSettings.throttlingMethod} throttling), ${lhr.environment.hostUserAgent.match(/(?:Headless)?Chrome\/[\d.]+/)?.[0] ?? 'Chromium'}`;
          for (const warning of lhr.runWarnings) log(`  warning: ${warning}`);
        } catch (caught) {
          error = caught instanceof Error ? caught.message : String(caught);
        }
      }
      outcomes.set(page, error ? { error, findings: [] } : { scores: medianScores(runs), findings: [...findings.values()], performanceRuns: runs.map((r) => r.performance), ...(environment ? { environment } : {}) });
    }
  } finally {
    chrome.kill();
  }
  return outcomes;
}

// ---------------------------------------------------------------------------------------------

const buildSeconds = args.includes('--no-build') ? undefined : build();
if (!existsSync(join(dist, 'index.html'))) throw new Error('no dist/index.html: build the site first (drop --no-build)');

if (args.includes('--serve')) {
  const served = await startHost(dist, Number(process.env.PORT ?? 4399));
  console.log(`Serving dist/ at ${served.origin}${base} (Ctrl-C to stop)`);
  await new Promise(() => undefined);
}

const host = await startHost(dist, Number(process.env.PORT ?? 0));
const siteUrl = (path: string) => `${host.origin}${base}${path.slice(1)}`;
const pages = [...pagesIn(dist).sort(), NOT_FOUND_PROBE].filter((page) => !onlyPages.length || onlyPages.includes(page));
if (!pages.length) throw new Error(`no such page in dist/: ${onlyPages.join(', ')}`);
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
      const gzip = await visit(browser, siteUrl(page), host.origin);
      host.offer = ['br', 'gzip'];
      const brotli = await visit(browser, siteUrl(page), host.origin);
      const inline = inlineScripts(html);
      results.push({
        page: notFound ? `${page} (404)` : page,
        pageClass: classifyPage(page, html),
        bytes: gzip.bytes,
        brotliTotal: total(brotli.bytes),
        script: gzip.bytes.js + (inline.length ? gzipSync(inline.join('\n'), { level: 9 }).length : 0),
        requests: gzip.requests,
        thirdPartyRequests: gzip.thirdPartyRequests,
      });
    }
  } finally {
    await browser.close();
  }
  if (useLighthouse) {
    // Lighthouse will not score a document served with status 404, so the not-found page is
    // audited at its own address, /404.html, where the host serves the same file with 200.
    host.offer = ['br', 'gzip'];
    lighthouse = await runLighthouse(results.map(({ page }) => ({ page, url: siteUrl(page === `${NOT_FOUND_PROBE} (404)` ? '/404.html' : page) })));
    for (const result of results) {
      const outcome = lighthouse.get(result.page);
      if (outcome?.scores) result.lighthouse = outcome.scores;
      else if (outcome?.error) result.lighthouse = { error: outcome.error };
    }
  }
} finally {
  await host.close();
}

console.log(`\nFirst visit, empty cache, KiB transferred (gzip unless marked br)${base === '/' ? '' : `, served under ${base}`}\n`);
console.log(formatTable(results));
console.log('\n¹ Script: JavaScript the page runs, gzip — .js files plus the module scripts Astro inlines into the HTML (those bytes are also in the HTML column).');
const environment = [...lighthouse.values()].find((outcome) => outcome.environment)?.environment;
if (useLighthouse && environment) console.log(`Lighthouse: ${environment}${lighthouseRuns > 1 ? `, median of ${lighthouseRuns} runs` : ''}; /no-such-page/ is audited at /404.html.`);
if (!useLighthouse) console.log('Lighthouse not run (--no-lighthouse): its budgets are unchecked.');
if (buildSeconds !== undefined) console.log(`Whole-site build (astro build): ${buildSeconds.toFixed(1)} s`);

if (lighthouseRuns > 1) {
  const spread = [...lighthouse.entries()].filter(([, o]) => o.performanceRuns && new Set(o.performanceRuns).size > 1);
  if (spread.length) console.log(`Performance by run, where runs differed: ${spread.map(([page, o]) => `${page} ${o.performanceRuns!.join('/')}`).join(', ')}`);
}
const findings = [...lighthouse.entries()].flatMap(([page, outcome]) => outcome.findings.map((finding) => `  ${page} ${finding}`));
if (findings.length) console.log(`\nLighthouse audits that cost points:\n${findings.join('\n')}`);
const failures = results.flatMap(budgetFailures);
console.log(failures.length ? `\nBudgets broken:\n${failures.map((f) => `  ${f}`).join('\n')}` : `\nEvery budget ${useLighthouse ? '' : 'checked '}holds.`);
process.exit(failures.length ? 1 : 0);
