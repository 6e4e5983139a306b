/**
 * Which Chromium drives the tests, the measurements and the build's print pass (the contents'
 * page numbers of /print/): a system one when present (CHROMIUM_PATH, or Debian's packages),
 * otherwise Playwright's own, installed with `npx playwright install chromium`.
 */
import { existsSync } from 'node:fs';
import type { LaunchOptions } from '@playwright/test';

const firstPresent = (paths: Array<string | undefined>) => paths.find((path): path is string => Boolean(path && existsSync(path)));

/**
 * The full browser, for Lighthouse, whose timings are meant to be a reader's Chrome.
 */
export const systemChromium = firstPresent([process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser']);

/**
 * The browser the tests and the print pass drive. Chromium's headless shell first: the same
 * engine, version and print-to-PDF, without the full browser's interface processes, which
 * Playwright itself runs headless tests in. On two busy cores it runs the suite in half the time
 * the full browser does.
 */
const testChromium = firstPresent([process.env.CHROMIUM_PATH, '/usr/bin/chromium-headless-shell', systemChromium]);

/** Flags that keep a system Chromium from phoning home on a closed network and let it run as root. */
export const chromiumLaunchOptions: LaunchOptions = testChromium
  ? { executablePath: testChromium, args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update'] }
  : {};
