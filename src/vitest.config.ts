import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/**
 * The unit tests: pure modules under src/ and the benchmark's under e2e/measure/. Kept under src/
 * so the top level stays package.json, tsconfig.json and astro.config.mjs; `npm run test:unit`
 * names it. `~/` (tsconfig.json `paths`) resolves as it does for Astro, though TypeScript modules
 * import relatively so a bare `npx vitest run` works too. The machine has two cores shared with a
 * build and a browser, so two workers, as threads, reused across files (no test mocks modules or
 * globals, so one file cannot leak into the next).
 */
export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  resolve: { tsconfigPaths: true },
  test: {
    include: ['src/**/*.test.ts', 'e2e/measure/**/*.test.ts'],
    pool: 'threads',
    isolate: false,
    maxWorkers: 2,
  },
});
