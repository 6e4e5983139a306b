/**
 * Which Chromium the tests and measurements drive: a system one when present (Debian's
 * /usr/bin/chromium, or CHROMIUM_PATH), otherwise Playwright's own, installed with
 * `npx playwright install chromium`.
 */
import { existsSync } from 'node:fs';
import type { LaunchOptions } from '@playwright/test';

export const systemChromium = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find(
  (path): path is string => Boolean(path && existsSync(path)),
);

/** Flags that keep a system Chromium from phoning home on a closed network and let it run as root. */
export const chromiumLaunchOptions: LaunchOptions = systemChromium
  ? { executablePath: systemChromium, args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update'] }
  : {};
