/**
 * The byte budgets as a test: every built page, loaded on a phone with an empty cache from the
 * benchmark's own static host (gzip, as the budgets are written), must stay within its budget
 * (e2e/measure/report.ts: a text page 45 KiB, a page with figures 60, the print edition 140).
 * `npm run measure` prints the same figures as a table; this makes a page that grows past its
 * budget fail `npm test` instead of waiting for someone to read the table.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { startHost, type Host } from './measure/serve-dist.ts';
import { pagesIn, visit } from './measure/visit.ts';
import { byteBudget, classifyPage, KiB, total } from './measure/report.ts';

const dist = fileURLToPath(new URL('../dist', import.meta.url));
const pages = pagesIn(dist).sort();

let host: Host;
test.beforeAll(async () => {
  host = await startHost(dist, 0, '/', () => undefined);
  host.offer = ['gzip'];
});
test.afterAll(async () => {
  await host?.close();
});

test('every built page is measured', () => {
  expect(pages).toContain('/print/');
  expect(pages.length).toBeGreaterThan(8);
});

for (const path of pages) {
  test(`${path} stays within its byte budget on a first visit`, async ({ browser }) => {
    const html = readFileSync(join(dist, path, 'index.html'), 'utf8');
    const budget = byteBudget(classifyPage(path, html));
    const measured = await visit(browser, `${host.origin}${path}`, host.origin, () => undefined);
    const sum = total(measured.bytes);
    expect(measured.bytes.html, 'the document itself was counted').toBeGreaterThan(0);
    expect(
      sum,
      `${path}: ${(sum / KiB).toFixed(1)} KiB gzip, budget ${(budget / KiB).toFixed(0)} KiB (${Object.entries(measured.bytes)
        .filter(([, bytes]) => bytes > 0)
        .map(([kind, bytes]) => `${kind} ${(bytes / KiB).toFixed(1)}`)
        .join(', ')})`,
    ).toBeLessThanOrEqual(budget);
  });
}
