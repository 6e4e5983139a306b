/**
 * src/lib/ holds pure TypeScript: it runs the same in Node, in the browser and in the tests, so it
 * may not import Astro (`astro:*`, `astro/*`), Node (`node:*`) or a component (`*.astro`). Code that
 * needs those lives in src/collections/ (astro:content) or src/build/ (Node). Tests (`*.test.ts`)
 * and test-only helpers (`test-*.ts`, beside the tests that use them) may read files, so they are
 * exempt, and no module of the site may import a test-only helper.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';

const LIB = fileURLToPath(new URL('.', import.meta.url));
const IMPURE = [/^astro:/, /^astro\//, /^node:/, /\.astro$/];
const TEST_HELPER = /(?:^|\/)test-[^/]*$/;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [path] : [];
  });
}

/** Every module specifier in a file: static imports and re-exports, `import 'x'` and `import('x')`. */
function specifiers(source: string): string[] {
  const found: string[] = [];
  for (const match of source.matchAll(/\b(?:from|import)\s*\(?\s*(['"])([^'"]+)\1/g)) found.push(match[2]!);
  return found;
}

describe('src/lib is pure TypeScript', () => {
  const files = sourceFiles(LIB).map((path) => relative(LIB, path));

  test('the scan finds the library', () => {
    expect(files).toContain('site/routes.ts');
  });

  test('the specifier reader sees every import form', () => {
    expect(specifiers(`import a from 'node:fs';\nimport type { B } from "astro:content";\nexport { c } from './c';\nimport './x.astro';\nconst d = await import('astro/loaders');`)).toEqual([
      'node:fs',
      'astro:content',
      './c',
      './x.astro',
      'astro/loaders',
    ]);
  });

  test('no module imports Astro, Node or a component', () => {
    const offences = files
      .filter((file) => !TEST_HELPER.test(file))
      .flatMap((file) =>
        specifiers(readFileSync(join(LIB, file), 'utf8'))
          .filter((spec) => IMPURE.some((pattern) => pattern.test(spec)))
          .map((spec) => `src/lib/${file} imports ${spec}`),
      );
    expect(offences, 'move it to src/collections/ (reads astro:content) or src/build/ (needs Node)').toEqual([]);
  });

  test('no module of the site imports a test-only helper', () => {
    const offences = files
      .filter((file) => !TEST_HELPER.test(file))
      .flatMap((file) =>
        specifiers(readFileSync(join(LIB, file), 'utf8'))
          .filter((spec) => TEST_HELPER.test(spec))
          .map((spec) => `src/lib/${file} imports ${spec}`),
      );
    expect(offences).toEqual([]);
  });
});
