import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { brokenContent } from './fixtures/broken-content';

const root = fileURLToPath(new URL('..', import.meta.url));
const PROJECT_FILES = ['package.json', 'tsconfig.json', 'astro.config.mjs', 'src', 'content', 'public'];

/**
 * What builds write inside node_modules: Astro's content store (.astro), Vite's caches (.vite,
 * .vite-temp) and any other dot-folder. Astro's build reads its content store back from
 * node_modules/.astro, so copies built side by side must not share it: one build would render
 * another's content and pass when it should fail. Only installed packages are shared.
 */
const isInstalledPackage = (entry: string) => !entry.startsWith('.') || entry === '.bin';

/** The copies and builds of the running test, cleared after it even when it times out. */
const copies: string[] = [];
const builds = new Set<ChildProcess>();

/** A copy of the project to break, sharing installed packages, but not build caches, with the real one. */
function copyProject(): string {
  const dir = mkdtempSync(join(tmpdir(), 'explainer-broken-'));
  copies.push(dir);
  // public/fonts is written by every build (the font subset); a copy makes its own.
  for (const name of PROJECT_FILES)
    cpSync(join(root, name), join(dir, name), { recursive: true, filter: (src) => !src.includes(`${join('public', 'fonts')}`) });
  mkdirSync(join(dir, 'node_modules'));
  for (const entry of readdirSync(join(root, 'node_modules')).filter(isInstalledPackage)) {
    symlinkSync(join(root, 'node_modules', entry), join(dir, 'node_modules', entry));
  }
  return dir;
}

/**
 * `astro build` in the copy, in a child process the test awaits (so Playwright's timeout, not a
 * blocked worker, decides how long is too long on a busy machine).
 */
function build(dir: string): Promise<{ status: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(dir, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build'], {
      cwd: dir,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    builds.add(child);
    let output = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
    child.on('error', reject);
    child.on('close', (status) => {
      builds.delete(child);
      resolve({ status, output });
    });
  });
}

test.describe('Broken content stops the build with a message naming the file', () => {
  // A cold build of the whole site in each copy: 15 s on an idle machine, minutes on a busy one.
  test.describe.configure({ timeout: 360_000 });

  test.afterEach(() => {
    for (const child of builds) child.kill();
    builds.clear();
    for (const dir of copies.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  // No build of an unbroken copy beside them: each fixture's message names its own mistake, which
  // a copy that failed for another reason would not, and the main run builds the real project.
  for (const fixture of brokenContent) {
    test(`${fixture.mistake} fails the build, names the file and produces no site`, async () => {
      const dir = copyProject();
      fixture.apply(dir);
      const { status, output } = await build(dir);
      expect(status, output.slice(-2000)).not.toBe(0);
      for (const pattern of fixture.says) expect(output).toMatch(pattern);
      expect(existsSync(join(dir, 'dist', 'index.html')), 'no site was written').toBe(false);
      const message = [
        ...new Set(
          output
            .split('\n')
            .filter(
              (line) => fixture.says.some((pattern) => pattern.test(line)) && !/WARN|Help|node_modules|astroPropagatedAssets/.test(line),
            ),
        ),
      ];
      test.info().annotations.push({
        type: 'message',
        description: message
          .slice(0, 5)
          .map((line) => line.trim())
          .join(' | '),
      });
    });
  }
});
