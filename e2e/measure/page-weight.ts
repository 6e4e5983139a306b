/**
 * Measures what a first visit to each page transfers, gzip-compressed as a static host would
 * serve it, and how long the whole site takes to build. Prints a table and checks the budgets.
 *
 *   npm run measure              build, serve, load every page in Chromium
 *   npm run measure -- --no-build  measure the existing dist/
 *
 * Budgets: text-only pages ≤ 45 KiB, pages with figures ≤ 60 KiB, client JS ≤ 3 KiB (gzip).
 * The print edition is every chapter in one document, so its budget is its own: ≤ 120 KiB.
 */
import { spawn, spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '../chromium.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const dist = join(root, 'dist');
const port = Number(process.env.PORT ?? 4399);
const KiB = 1024;
const BUDGET = { textPage: 45 * KiB, figurePage: 60 * KiB, printEdition: 120 * KiB, script: 3 * KiB };

type Kind = 'html' | 'css' | 'js' | 'font' | 'other';

function kindOf(resourceType: string): Kind {
  if (resourceType === 'document') return 'html';
  if (resourceType === 'stylesheet') return 'css';
  if (resourceType === 'script') return 'js';
  if (resourceType === 'font') return 'font';
  return 'other';
}

function pagesIn(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return pagesIn(path);
    return name === 'index.html' ? ['/' + relative(dist, dir).split('\\').join('/') + (dir === dist ? '' : '/')] : [];
  });
}

function build(): number {
  const started = performance.now();
  const result = spawnSync(process.execPath, [join(root, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
  if (result.status !== 0) throw new Error('astro build failed');
  return (performance.now() - started) / 1000;
}

async function waitForServer(url: string): Promise<void> {
  for (let attempt = 0; attempt < 100; attempt++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`no server at ${url}`);
}

const buildSeconds = process.argv.includes('--no-build') ? undefined : build();
// Started through node directly (not npx) so that killing it stops the server itself.
const astroBin = join(root, 'node_modules', 'astro', 'bin', 'astro.mjs');
const server = spawn(process.execPath, [astroBin, 'preview', '--host', '127.0.0.1', '--port', String(port)], { cwd: root, stdio: 'ignore' });
const origin = `http://127.0.0.1:${port}`;
let failed = false;
try {
  await waitForServer(`${origin}/`);
  const browser = await chromium.launch(chromiumLaunchOptions);
  const rows: Array<{ page: string; figures: boolean; bytes: Record<Kind, number>; requests: number; total: number }> = [];
  for (const pagePath of [...pagesIn(dist).sort(), '/no-such-page/']) {
    const context = await browser.newContext();
    const page = await context.newPage();
    const bytes: Record<Kind, number> = { html: 0, css: 0, js: 0, font: 0, other: 0 };
    const pending: Promise<void>[] = [];
    let requests = 0;
    page.on('response', (response) => {
      requests++;
      pending.push(
        response.body().then(
          (body) => void (bytes[kindOf(response.request().resourceType())] += gzipSync(body, { level: 9 }).length),
          () => undefined,
        ),
      );
    });
    await page.goto(origin + pagePath, { waitUntil: 'networkidle' });
    await Promise.all(pending);
    const html = pagePath === '/no-such-page/' ? join(dist, '404.html') : join(dist, pagePath, 'index.html');
    const figures = readFileSync(html, 'utf8').includes('<figure');
    const total = Object.values(bytes).reduce((a, b) => a + b, 0);
    rows.push({ page: pagePath, figures, bytes, requests, total });
    await context.close();
  }
  await browser.close();

  const kib = (n: number) => (n / KiB).toFixed(1).padStart(6);
  console.log('\nFirst visit, gzip (KiB)');
  console.log(`${'page'.padEnd(24)} ${'html'.padStart(6)} ${'css'.padStart(6)} ${'js'.padStart(6)} ${'fonts'.padStart(6)} ${'other'.padStart(6)} ${'total'.padStart(6)}  req  budget`);
  for (const row of rows) {
    const budget = row.page === '/print/' ? BUDGET.printEdition : row.figures ? BUDGET.figurePage : BUDGET.textPage;
    const ok = row.total <= budget && row.bytes.js <= BUDGET.script;
    if (!ok) failed = true;
    console.log(
      `${row.page.padEnd(24)} ${kib(row.bytes.html)} ${kib(row.bytes.css)} ${kib(row.bytes.js)} ${kib(row.bytes.font)} ${kib(row.bytes.other)} ${kib(row.total)}  ${String(row.requests).padStart(3)}  ${ok ? 'ok' : 'OVER'} (≤ ${budget / KiB}${row.page === '/print/' ? ', whole explainer' : row.figures ? ', figures' : ''})`,
    );
  }
  if (buildSeconds !== undefined) console.log(`\nWhole-site build: ${buildSeconds.toFixed(1)} s`);
  console.log(failed ? '\nSome pages are over budget.' : '\nEvery page is within budget.');
} finally {
  server.kill();
}
process.exit(failed ? 1 : 0);
