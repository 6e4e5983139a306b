import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { brokenContent } from './fixtures/broken-content';

const root = fileURLToPath(new URL('..', import.meta.url));
const PROJECT_FILES = ['package.json', 'tsconfig.json', 'astro.config.mjs', 'src', 'content', 'public'];

/**
 * Caches that builds write inside node_modules. Astro's build reads its content store back from
 * node_modules/.astro, so copies built side by side must not share it: one build would render
 * another's content and pass when it should fail.
 */
const BUILD_CACHES = new Set(['.astro', '.vite']);

/** A copy of the project to break, sharing installed packages, but not build caches, with the real one. */
function copyProject(): string {
  const dir = mkdtempSync(join(tmpdir(), 'explainer-broken-'));
  for (const name of PROJECT_FILES) cpSync(join(root, name), join(dir, name), { recursive: true, filter: (src) => !src.includes(`${join('public', 'fonts')}`) });
  mkdirSync(join(dir, 'node_modules'));
  for (const entry of readdirSync(join(root, 'node_modules'))) {
    if (!BUILD_CACHES.has(entry)) symlinkSync(join(root, 'node_modules', entry), join(dir, 'node_modules', entry));
  }
  return dir;
}

function build(dir: string): { status: number | null; output: string } {
  const result = spawnSync(process.execPath, [join(dir, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build'], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' },
    timeout: 120_000,
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

test.describe('Broken content stops the build with a message naming the file', () => {
  test.describe.configure({ timeout: 180_000 });

  test('the unbroken copy builds, so the failures below are the fixtures’ doing', async () => {
    const dir = copyProject();
    try {
      const { status, output } = build(dir);
      expect(status, output.slice(-2000)).toBe(0);
      expect(existsSync(join(dir, 'dist', 'index.html'))).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  for (const fixture of brokenContent) {
    test(`${fixture.mistake} fails the build, names the file and produces no site`, async () => {
      const dir = copyProject();
      try {
        fixture.apply(dir);
        const { status, output } = build(dir);
        expect(status, output.slice(-2000)).not.toBe(0);
        for (const pattern of fixture.says) expect(output).toMatch(pattern);
        expect(existsSync(join(dir, 'dist', 'index.html')), 'no site was written').toBe(false);
        const message = [...new Set(output.split('\n').filter((line) => fixture.says.some((pattern) => pattern.test(line)) && !/WARN|Help|node_modules|astroPropagatedAssets/.test(line)))];
        test.info().annotations.push({ type: 'message', description: message.slice(0, 5).map((line) => line.trim()).join(' | ') });
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  }
});
