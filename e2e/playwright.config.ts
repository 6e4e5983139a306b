import { availableParallelism } from 'node:os';
import { defineConfig, devices, type ReporterDescription } from '@playwright/test';
import { chromiumLaunchOptions } from '../src/build/chromium.ts';

/** End-to-end tests against the built site served by `astro preview`, the way a reader meets it. */
const port = Number(process.env.PORT ?? 4321);
const basePath = process.env.BASE_PATH ?? '/';

export default defineConfig({
  testDir: '.',
  // Only the specs: the benchmark's unit tests in measure/ (*.test.ts) are vitest's.
  testMatch: '*.spec.ts',
  fullyParallel: true,
  // At least three workers, even on two cores, where Playwright's default would be one: a worker
  // spends much of a test waiting on the browser and the server, and a third keeps the cores
  // busy then (with one of two cores taken by another process, the main run took 6.5 min against
  // 7.2 min with two workers; four were slower again). Wherever `npm test` runs, not only in CI.
  workers: Math.max(3, Math.floor(availableParallelism() / 2)),
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  // The machine is two cores shared with builds and other browsers: a page that loads in 2 s
  // alone can take 20 s there. Nothing waits on time; the allowance only keeps a slow run green.
  timeout: 60_000,
  reporter: (process.env.CI
    ? [['list']]
    : [['list'], ['html', { open: 'never', outputFolder: '../playwright-report' }]]) satisfies ReporterDescription[],
  outputDir: '../test-results',
  use: {
    baseURL: `http://127.0.0.1:${port}${basePath}`,
    // A failed test keeps its trace (actions, console, network) and a screenshot. DOM snapshots and
    // screencast frames are left out of the trace: recorded for every test, only to be thrown away
    // when it passes, they made the run half as long again (197 s against 131 s on an idle machine).
    trace: { mode: 'retain-on-failure', snapshots: false, screenshots: false },
    screenshot: 'only-on-failure',
    launchOptions: chromiumLaunchOptions,
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }],
  webServer: {
    // Only `astro build`: `npm test` runs `astro check` once, before any build.
    // --ignore-lock: Astro 7 keeps one preview server per project unless told otherwise, and
    // --force does not replace a running one in the foreground; the tests' server starts beside a
    // preview the author may have open, on its own port.
    command: `npm run build:site && npx astro preview --host 127.0.0.1 --port ${port} --ignore-lock`,
    cwd: '..',
    url: `http://127.0.0.1:${port}${basePath}`,
    reuseExistingServer: !process.env.CI,
    timeout: 240_000,
    env: { PORT: String(port), ASTRO_TELEMETRY_DISABLED: '1' },
  },
});
