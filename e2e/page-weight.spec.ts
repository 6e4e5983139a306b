/**
 * The byte budgets as a test: every built page, loaded on a phone with an empty cache from the
 * benchmark's own static host (gzip, as the budgets are written), must stay within its budget
 * (e2e/measure/report.ts: a text page 45 KiB, a page with figures 60, the print edition 140; in
 * Russian 50, 65 and 150).
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

/**
 * Russian pages not yet within the budgets issue 23 fixed for them, measured on 6 December 2026
 * once their Cyrillic was set in the text face (its Cyrillic slice, 6.4 KiB, on top of the Latin
 * one). Even their text, figures, scripts, stylesheets and fonts alone, with no markup, are over
 * (`npm run measure` prints that weight). Listed, not hidden: each is expected to fail its budget,
 * and the test fails the day one comes within it, so that it leaves this list.
 */
const KNOWN_OVER_BUDGET: ReadonlyMap<string, string> = new Map([
  ['/ru/border/', '74.4 KiB of 65'],
  ['/ru/clashes-2022/', '75.2 KiB of 65'],
  ['/ru/print/', '177.2 KiB of 150'],
]);

test('the pages known to be over budget are pages the build makes', () => {
  for (const path of KNOWN_OVER_BUDGET.keys()) expect(pages).toContain(path);
});

for (const path of pages) {
  test(`${path} stays within its byte budget on a first visit`, async ({ browser }) => {
    const over = KNOWN_OVER_BUDGET.get(path);
    test.fail(over !== undefined, `known to be over its budget: ${over}`);
    const html = readFileSync(join(dist, path, 'index.html'), 'utf8');
    const budget = byteBudget(classifyPage(path, html), path);
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
