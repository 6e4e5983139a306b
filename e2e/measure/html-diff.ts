/**
 * What a reader would see change between two builds: every page's HTML (and the other text files
 * the build writes: CSV, XML, CSS, _headers) compared after the names and hashes that change with
 * any edit of a script or stylesheet are written alike, so a refactor that should change nothing
 * shows nothing.
 *
 *   npm run build:site && cp -r dist /tmp/before   # on the commit before
 *   npm run build:site                              # on the commit after
 *   node --experimental-strip-types e2e/measure/html-diff.ts /tmp/before dist
 *
 * Prints one line per file that differs and the unified diff of each (one tag per line), and
 * exits 1 when anything differs.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';

const TEXT_FILE = /\.(?:html|css|csv|xml|txt|json)$|(?:^|\/)_headers$/;

function textFiles(root: string, dir = root): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return textFiles(root, path);
    const name = relative(root, path);
    return TEXT_FILE.test(name) && !name.startsWith('_astro/') ? [name] : [];
  });
}

/** Hashed asset names and CSP hashes written alike, and one tag per line so a diff is readable. */
export function normalise(text: string): string {
  return text
    .replace(/(\/_astro\/[\w-]+?)\.[\w-]{8}\.(js|css)/g, '$1.HASH.$2')
    .replace(/'sha(256|384|512)-[A-Za-z0-9+/=]+'/g, "'sha$1-HASH'")
    .replace(/></g, '>\n<');
}

function copyNormalised(root: string, names: string[], into: string): void {
  for (const name of names) {
    const target = join(into, name);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, normalise(readFileSync(join(root, name), 'utf8')));
  }
}

const [before, after] = process.argv.slice(2);
if (!before || !after) {
  console.error('usage: html-diff.ts <dist before> <dist after>');
  process.exit(2);
}
const work = mkdtempSync(join(tmpdir(), 'html-diff-'));
copyNormalised(before, textFiles(before), join(work, 'before'));
copyNormalised(after, textFiles(after), join(work, 'after'));
const diff = spawnSync('diff', ['-ru', 'before', 'after'], { cwd: work, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
const changed = diff.stdout.split('\n').filter((line) => line.startsWith('diff -ru ') || line.startsWith('Only in '));
console.log(diff.stdout);
console.log(
  changed.length === 0 ? 'No page differs.' : `${changed.length} files differ:\n${changed.map((line) => `  ${line}`).join('\n')}`,
);
process.exit(changed.length === 0 ? 0 : 1);
