/**
 * Self-hosted type without a font service: Source Serif 4 from npm, cut down before each build to
 * the characters the site's text and interface actually use, and written to public/fonts/ (not
 * committed; made again on every dev or build run). Only the text weight (400) is kept: headings
 * and interface use the reader's system sans-serif, which keeps a first visit within budget.
 * Cyrillic has its own slices, named by the Russian edition and by print (tokens.css): Russian
 * letters in one, which every Russian page loads, and the Kyrgyz and Tajik letters (ң, ө, ү, ҳ,
 * ҷ, ӣ…) in another, which only a page that shows one of them loads.
 */
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { join, dirname } from 'node:path';
import type { AstroIntegration } from 'astro';
import subsetFont from 'subset-font';
import { readableUrl } from '../../lib/site/format.ts';

/** Outside U+0400–045F, the characters the Russian slice holds (and the Kyrgyz and Tajik one does not). */
const RUSSIAN_SLICE_EXTRAS: readonly number[] = [0x301, 0x490, 0x491, 0x4b0, 0x4b1, 0x2116];

/** The slices of the font, matching the unicode-range of each @font-face in tokens.css. */
const FONT_SLICES = [
  {
    file: 'source-serif-4-latin-wght-normal.woff2',
    out: 'source-serif-latin.woff2',
    test: (c: number) =>
      c <= 0xff ||
      (c >= 0x2000 && c <= 0x206f) ||
      [0x131, 0x152, 0x153, 0x2bb, 0x2bc, 0x2c6, 0x2da, 0x2dc, 0x20ac, 0x2122, 0x2191, 0x2193, 0x2212, 0x2215].includes(c),
  },
  {
    file: 'source-serif-4-latin-ext-wght-normal.woff2',
    out: 'source-serif-latin-ext.woff2',
    test: (c: number) => (c >= 0x100 && c <= 0x2ff) || (c >= 0x1e00 && c <= 0x1eff) || (c >= 0x20a0 && c <= 0x20c4),
  },
  {
    file: 'source-serif-4-cyrillic-wght-normal.woff2',
    out: 'source-serif-cyrillic.woff2',
    test: (c: number) => (c >= 0x400 && c <= 0x45f) || RUSSIAN_SLICE_EXTRAS.includes(c),
  },
  {
    file: 'source-serif-4-cyrillic-ext-wght-normal.woff2',
    out: 'source-serif-cyrillic-ext.woff2',
    test: (c: number) => c >= 0x460 && c <= 0x52f && !RUSSIAN_SLICE_EXTRAS.includes(c),
  },
] as const;

const TEXT_FILE = /\.(?:mdx|md|ya?ml|astro|ts)$/;

async function* walk(dir: string): AsyncGenerator<string> {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(path);
    else if (TEXT_FILE.test(entry.name)) yield path;
  }
}

/**
 * Every distinct character in the given folders' text files, plus printable ASCII; addresses
 * count as they are shown, percent-encoded letters decoded (see readableUrl).
 */
async function charactersUsed(folders: readonly string[]): Promise<Set<number>> {
  const used = new Set<number>();
  for (let c = 0x20; c < 0x7f; c++) used.add(c);
  for (const folder of folders) {
    for await (const file of walk(folder)) {
      for (const ch of readableUrl(await readFile(file, 'utf8'))) used.add(ch.codePointAt(0)!);
    }
  }
  return used;
}

const FONT_DIR = join(dirname(createRequire(import.meta.url).resolve('@fontsource-variable/source-serif-4/package.json')), 'files');

/** One slice of the font cut down to `used`, as woff2. */
async function subsetSlice(slice: (typeof FONT_SLICES)[number], used: ReadonlySet<number>): Promise<{ font: Buffer; characters: number }> {
  const text = String.fromCodePoint(...[...used].filter(slice.test));
  const font = await subsetFont(await readFile(join(FONT_DIR, slice.file)), text, {
    targetFormat: 'woff2',
    variationAxes: { wght: 400 },
    // No OpenType features: Source Serif's kerning table was a quarter of the file (2.7 KiB
    // of the 10.8 every page with text loads) and its f-ligatures 0.5 KiB, for spacing the
    // text face barely shows at reading size (headings are in the system sans).
    keepFeatures: [],
    // Nor the tables only features and variations read: with no features kept and the weight
    // fixed, they are empty shells. Hinting stays: without it Chromium sets print lines a little
    // differently, and the English print edition runs a page longer.
    dropTables: ['GDEF', 'GSUB', 'GPOS', 'BASE', 'STAT', 'gasp'],
  });
  return { font, characters: [...text].length };
}

/**
 * Every character the built site can show: the pages' text and attributes (an aria-label becomes
 * a chart's visible note, a preview copies a list entry) without their scripts, and the strings
 * the stylesheets print. Narrower than the sources, whose code and comments use signs no page shows.
 */
async function charactersShown(dist: string): Promise<Set<number>> {
  const used = new Set<number>();
  const entries = await readdir(dist, { recursive: true, withFileTypes: true });
  for (const entry of entries) {
    if (!entry.isFile() || !/\.(?:html|css)$/.test(entry.name)) continue;
    const text = (await readFile(join(entry.parentPath, entry.name), 'utf8')).replace(/<script\b[\s\S]*?<\/script>/g, '');
    for (const ch of text) used.add(ch.codePointAt(0)!);
  }
  return used;
}

export function fontSubset(): AstroIntegration {
  return {
    name: 'font-subset',
    hooks: {
      'astro:config:setup': async ({ config, logger }) => {
        const root = config.root.pathname;
        const used = await charactersUsed([join(root, 'content'), join(root, 'src')]);
        const outDir = join(config.publicDir.pathname, 'fonts');
        await mkdir(outDir, { recursive: true });
        for (const slice of FONT_SLICES) {
          const { font, characters } = await subsetSlice(slice, used);
          await writeFile(join(outDir, slice.out), font);
          logger.info(`${slice.out}: ${characters} characters, ${(font.length / 1024).toFixed(1)} KiB`);
        }
      },
      // Each slice is cut again to what the built pages show (the Latin 0.3 KiB and the Russian
      // 0.4 KiB less than the sources' characters); the dev server keeps the wider cut from public/.
      'astro:build:done': async ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        const shown = await charactersShown(dist);
        for (const slice of FONT_SLICES) {
          const { font, characters } = await subsetSlice(slice, shown);
          await writeFile(join(dist, 'fonts', slice.out), font);
          logger.info(`${slice.out} in dist/: ${characters} characters the pages show, ${(font.length / 1024).toFixed(1)} KiB`);
        }
      },
    },
  };
}
