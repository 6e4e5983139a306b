/**
 * The border maps' weight in the built site: for every page with a map, each inline SVG of the
 * map figures (raw and gzip bytes) and the whole page's HTML gzip. Run after `astro build`:
 *   node --experimental-strip-types e2e/measure/map-bytes.ts [dist]
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const dist = process.argv[2] ?? 'dist';
const kib = (n: number) => `${(n / 1024).toFixed(1)} KiB`;
const gzip = (text: string) => gzipSync(text, { level: 9 }).length;

function pages(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'print' ? [] : pages(path);
    return name === 'index.html' ? [path] : [];
  });
}

for (const page of pages(dist)) {
  const html = readFileSync(page, 'utf8');
  const svgs = [...html.matchAll(/<svg class="(border-map__(?:svg|locator)[^"]*)"[\s\S]*?<\/svg>/g)];
  if (svgs.length === 0) continue;
  // The page all-in: its HTML and the stylesheets and scripts it links from /_astro/ (fonts aside).
  const assets = [...new Set([...html.matchAll(/(?:href|src)="[^"]*?(\/_astro\/[^"]+\.(?:css|js))"/g)].map((m) => m[1]!))];
  const allIn = gzip(html) + assets.reduce((sum, asset) => sum + gzip(readFileSync(join(dist, asset), 'utf8')), 0);
  console.log(
    `${page.slice(dist.length)}  HTML ${kib(html.length)} raw, ${kib(gzip(html))} gzip; all-in with CSS and JS ${kib(allIn)} gzip`,
  );
  for (const [svg, cls] of svgs)
    console.log(`  ${(cls!.split(' ')[1] ?? cls!).padEnd(24)} ${kib(svg.length).padStart(10)} raw ${kib(gzip(svg)).padStart(10)} gzip`);
  const all = svgs.map(([svg]) => svg).join('');
  console.log(`  ${'all map SVGs together'.padEnd(24)} ${kib(all.length).padStart(10)} raw ${kib(gzip(all)).padStart(10)} gzip`);
}
