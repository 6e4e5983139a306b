/**
 * What a reader sees first: serves the built dist/ (build first; this builds nothing) and writes,
 * for each page, its first screen on a 390×844 phone and a 1280×800 laptop, in the light and the
 * dark colour scheme, and the border map of the border chapter at both widths, as PNGs to look
 * at (issue 23 asks for them). Fonts are waited for; nothing is scrolled but for the map.
 *
 *   node --experimental-strip-types e2e/measure/screens.ts --out dir/                 every page, both editions
 *   node --experimental-strip-types e2e/measure/screens.ts --out dir/ /ru/ /ru/border/  only the pages named
 *   ... --light                                                                      the light scheme only
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Page } from '@playwright/test';
import { chromiumLaunchOptions } from '../../src/build/chromium.ts';
import { startHost } from './serve-dist.ts';
import { normaliseBase } from './static-host.ts';
import { fileStem, pagesIn } from './visit.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const base = normaliseBase(process.env.BASE_PATH);
const args = process.argv.slice(2);
const outIndex = args.indexOf('--out');
const folder = outIndex >= 0 ? args[outIndex + 1] : undefined;
if (!folder) {
  process.stderr.write(
    'Name a folder for the PNGs: node --experimental-strip-types e2e/measure/screens.ts --out dir/ [/path/ …] [--light]\n',
  );
  process.exit(2);
}
const dist = join(root, 'dist');
/** Every reader's page the build wrote: not the figures' own pages and embeds, not the not-found page. */
const builtPages = () =>
  pagesIn(dist)
    .filter((path) => !/^\/(ru\/)?(figures|404)\//.test(path))
    .sort();
const named = args.filter((arg, i) => arg.startsWith('/') && i !== outIndex + 1);
const paths = named.length > 0 ? named : builtPages();
const schemes = args.includes('--light') ? (['light'] as const) : (['light', 'dark'] as const);
const viewports = [
  { width: 390, height: 844 },
  { width: 1280, height: 800 },
];
/** The figure shown whole at each width, besides the first screens. */
const MAP = { path: '/ru/border/', figure: '#figure-map' };

async function open(page: Page, origin: string, path: string): Promise<void> {
  await page.goto(`${origin}${base}${path.replace(/^\//, '')}`);
  await page.evaluate(() => document.fonts.ready);
}

mkdirSync(folder, { recursive: true });
const server = await startHost(dist, 0, base, () => {});
const browser = await chromium.launch(chromiumLaunchOptions);
let written = 0;
try {
  for (const viewport of viewports) {
    for (const colorScheme of schemes) {
      const page = await browser.newPage({ viewport, colorScheme });
      for (const path of paths) {
        await open(page, server.origin, path);
        await page.screenshot({ path: join(folder, `${fileStem(path)}-${viewport.width}-${colorScheme}.png`) });
        written += 1;
      }
      await open(page, server.origin, MAP.path);
      // The whole figure from the top of the document, where the sticky header is not drawn over it.
      const box = await page.locator(MAP.figure).evaluate((figure) => {
        const rect = figure.getBoundingClientRect();
        return { x: rect.left + scrollX, y: rect.top + scrollY, width: rect.width, height: rect.height };
      });
      await page.screenshot({
        path: join(folder, `map-${fileStem(MAP.path)}-${viewport.width}-${colorScheme}.png`),
        fullPage: true,
        clip: box,
      });
      written += 1;
      await page.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}
process.stdout.write(`${written} screenshots in ${folder}\n`);
