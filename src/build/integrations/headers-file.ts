/**
 * Writes dist/_headers (read by Netlify and Cloudflare Pages) after each build. The policy is
 * taken from the CSP `<meta>` tags Astro wrote into the built pages, since their script and style
 * hashes are only known then; src/lib/site/headers-file.ts decides what the file says. First each
 * page's inline module scripts become one (withInlineScriptsMerged), and its tag is cut to the
 * hashes of the scripts and styles the page has (withOwnHashes): Astro writes the whole site's
 * into every page.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { formatHeadersFile, siteHeaderRules } from '../../lib/site/headers-file.ts';
import { withInlineScriptsMerged, withOwnHashes } from '../../lib/site/csp.ts';

const sha256Base64 = (text: string) => createHash('sha256').update(text, 'utf8').digest('base64');

/** Where src/build/integrations/font-subset.ts writes the fonts, inside public/. */
const FONTS_DIR = 'fonts';

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile() && entry.name.endsWith('.html')).map((entry) => join(entry.parentPath, entry.name));
}

export function headersFile(): AstroIntegration {
  let base = '/';
  let assetsDir = '_astro';
  return {
    name: 'headers-file',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
        assetsDir = config.build.assets;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const pages = await Promise.all(
          (await htmlFiles(out)).map(async (path) => {
            const written = await readFile(path, 'utf8');
            const html = withOwnHashes(withInlineScriptsMerged(written, sha256Base64), sha256Base64);
            if (html !== written) await writeFile(path, html);
            return { file: relative(out, path).split(sep).join('/'), html };
          }),
        );
        const rules = siteHeaderRules({ base, assetsDir, fontsDir: FONTS_DIR, pages });
        const note =
          'Written by src/build/integrations/headers-file.ts at every build, from the pages’ own CSP <meta> tags.\nRead by Netlify and Cloudflare Pages; other hosts ignore it.';
        await writeFile(join(out, '_headers'), formatHeadersFile(rules, note));
        logger.info(`_headers: ${rules.length} rules, one policy for ${pages.length} pages`);
      },
    },
  };
}
