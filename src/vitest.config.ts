import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/**
 * The unit tests' config, kept under src/ so the top level stays package.json, tsconfig.json and
 * astro.config.mjs; `npm run test:unit` names it. `~/` (tsconfig.json `paths`) resolves as it
 * does for Astro, though TypeScript modules import relatively so a bare `npx vitest run` works too.
 */
export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  resolve: { tsconfigPaths: true },
  test: { include: ['src/**/*.test.ts'] },
});
