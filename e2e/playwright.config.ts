import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';

/**
 * End-to-end tests against the built site served by `astro preview`, the way a reader meets it.
 * A system Chromium (Debian's /usr/bin/chromium, or CHROMIUM_PATH) is used when present;
 * otherwise Playwright's own browser, installed with `npx playwright install chromium`.
 */
const systemChromium = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find(
  (path): path is string => Boolean(path && existsSync(path)),
);
const port = Number(process.env.PORT ?? 4321);
const basePath = process.env.BASE_PATH ?? '/';

export default defineConfig({
  testDir: '.',
  fullyParallel: true,
  ...(process.env.CI ? { workers: 2 } : {}),
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never', outputFolder: '../playwright-report' }]],
  outputDir: '../test-results',
  use: {
    baseURL: `http://127.0.0.1:${port}${basePath}`,
    trace: 'retain-on-failure',
    launchOptions: systemChromium
      ? {
          executablePath: systemChromium,
          args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update'],
        }
      : {},
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }],
  webServer: {
    command: `npm run build && npm run preview`,
    cwd: '..',
    url: `http://127.0.0.1:${port}${basePath}`,
    reuseExistingServer: !process.env.CI,
    timeout: 240_000,
    env: { PORT: String(port), ASTRO_TELEMETRY_DISABLED: '1' },
  },
});
