/**
 * The built pages checked by the W3C's own validator, the Nu Html Checker (vnu, from the npm
 * package vnu-jar), which knows the HTML and ARIA rules html-validate's recommended set lets
 * through (html-validity.spec.ts). It reads the files of dist/, which the run's web server has
 * just built (playwright.config.ts), all in one Java run: the JVM takes seconds to start, a run
 * per page would take a minute.
 *
 * It needs Java 11 or newer: `java` on the PATH, or the runtime vnu-jar's install script fetches
 * into node_modules when there is none. Without either the test fails and says so; it does not skip.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';

const require = createRequire(import.meta.url);
/** The package's main export is the jar's path (a String object). */
const vnuJar = String(require('vnu-jar'));
const { findCachedJava } = require('vnu-jar/vnu-java-downloader.js') as { findCachedJava: () => string | null };

const dist = fileURLToPath(new URL('../dist/', import.meta.url));

const JAVA_NEEDED =
  'The W3C validator (vnu.jar) needs Java 11 or newer, and none was found: install it ' +
  '(Debian and Ubuntu: apt-get install default-jre-headless; macOS: brew install openjdk) so that `java` is on the PATH.';

interface VnuMessage {
  type: string;
  /** The file's file: URL; absent from a message about the run itself. */
  url?: string;
  lastLine?: number;
  firstColumn?: number;
  message: string;
}

/** Every .html file under a folder. */
const htmlFiles = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.html'))
    .map((name) => join(dir, name));

/**
 * vnu's errors for the files, from one run: `java` from the PATH first, then the runtime vnu-jar
 * may have downloaded. vnu writes its JSON report to stderr and exits 1 when it finds an error.
 */
async function validate(files: string[]): Promise<VnuMessage[]> {
  const run = (java: string) =>
    new Promise<{ status: number | null; stderr: string }>((resolve, reject) => {
      const child = spawn(java, ['-jar', vnuJar, '--errors-only', '--format', 'json', ...files], { stdio: ['ignore', 'ignore', 'pipe'] });
      let stderr = '';
      child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
      child.on('error', reject);
      child.on('close', (status) => resolve({ status, stderr }));
    });
  const notFound = (error: unknown) => (error as NodeJS.ErrnoException).code === 'ENOENT';
  let result: { status: number | null; stderr: string };
  try {
    result = await run('java');
  } catch (error) {
    const cached = findCachedJava();
    if (!notFound(error)) throw error;
    if (!cached) throw new Error(JAVA_NEEDED);
    result = await run(cached);
  }
  try {
    return (JSON.parse(result.stderr) as { messages: VnuMessage[] }).messages;
  } catch {
    throw new Error(`vnu exited with ${result.status} without a JSON report:\n${result.stderr}`);
  }
}

/** A message as `page:line:column message`, the page as a path under dist/. */
const located = ({ url, lastLine, firstColumn, message }: VnuMessage) =>
  url ? `${relative(dist, fileURLToPath(url))}:${lastLine ?? '?'}:${firstColumn ?? '?'} ${message}` : message;

test('every page of the built site has no errors by the W3C validator, which finds the error it is shown', async () => {
  // One JVM start, with cores shared with a build and browsers.
  test.setTimeout(180_000);
  const pages = htmlFiles(dist);
  expect(pages.length, `the built pages in ${dist}`).toBeGreaterThan(5);
  // A page with the error the W3C validator found on six pages and html-validate missed, in the
  // same run: a validator that could not run, or checked nothing, would fail here.
  const fixtureDir = mkdtempSync(join(tmpdir(), 'vnu-fixture-'));
  const fixture = join(fixtureDir, 'named-pre.html');
  writeFileSync(
    fixture,
    '<!DOCTYPE html><html lang="en"><head><title>x</title></head><body><pre tabindex="0" aria-label="BibTeX entry">@misc{x}</pre></body></html>',
  );
  const messages = await validate([fixture, ...pages]);
  const fromFixture = messages.filter(({ url }) => url && fileURLToPath(url) === fixture);
  expect(fromFixture.map(({ message }) => message).join('\n'), 'the fixture’s error').toContain(
    '“aria-label” attribute must not be specified',
  );
  const errors = messages.filter((message) => !fromFixture.includes(message));
  expect(errors.map(located)).toEqual([]);
});
