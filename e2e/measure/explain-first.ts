/**
 * "Explain first" measurement (issue 10): for the home page and each chapter in dist/, how many
 * words a reader meets before the first figure, how dense the citation links are, and how easy
 * the prose is to read (Flesch reading ease). Reads the built HTML; no browser, no server.
 *
 *   npx astro build && node --experimental-strip-types e2e/measure/explain-first.ts [--json]
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chapters } from '../site.ts';

const dist = fileURLToPath(new URL('../../dist/', import.meta.url));

/** The chapter's article, without what a reader skips or does not read as prose. */
function articleHtml(html: string): string {
  const start = html.indexOf('<article');
  const end = html.indexOf('</article>', start);
  return start < 0 ? '' : html.slice(start, end);
}

function stripTags(html: string): string {
  return html
    .replace(/<(script|style|svg|template|button)\b[\s\S]*?<\/\1>/g, ' ')
    .replace(/<sup class="cite"[\s\S]*?<\/sup>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;|&#160;/g, ' ')
    .replace(/&[a-z#0-9]+;/gi, "'")
    .replace(/\s+/g, ' ')
    .trim();
}

const words = (text: string) => text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));

/** Syllables of an English word, by vowel groups (the usual heuristic). */
function syllables(word: string): number {
  const w = word.toLowerCase().replace(/[^a-z]/g, '');
  if (w.length === 0) return 1; // numbers read as one unit
  if (w.length <= 3) return 1;
  const trimmed = w.replace(/(?:[^laeiouy]es|ed|[^laeiouy]e)$/, '').replace(/^y/, '');
  return Math.max(1, trimmed.match(/[aeiouy]{1,2}/g)?.length ?? 1);
}

/** Paragraphs and list items of running prose (not tables, captions or figures). */
function proseText(article: string): string {
  const withoutApparatus = article
    .replace(/<figure\b[\s\S]*?<\/figure>/g, ' ')
    .replace(/<details\b[\s\S]*?<\/details>/g, ' ')
    .replace(/<table\b[\s\S]*?<\/table>/g, ' ');
  const blocks = [...withoutApparatus.matchAll(/<(p|li)\b[^>]*>([\s\S]*?)<\/\1>/g)].map((m) => stripTags(m[2] ?? ''));
  return blocks
    .filter(Boolean)
    .map((b) => (/[.!?:]$/.test(b) ? b : `${b}.`))
    .join(' ');
}

function flesch(text: string): number {
  const ws = words(text);
  const sentences = Math.max(1, text.split(/[.!?]+(?:\s|$)/).filter((s) => /[\p{L}]/u.test(s)).length);
  const syl = ws.reduce((sum, w) => sum + syllables(w), 0);
  return 206.835 - 1.015 * (ws.length / sentences) - 84.6 * (syl / Math.max(1, ws.length));
}

export interface ExplainFirstRow {
  page: string;
  wordsBeforeFirstFigure: number | null;
  /** Words outside figures and closed disclosures. */
  words: number;
  /** Citation links in those words. */
  citationLinks: number;
  citationsPer100Words: number;
  flesch: number;
}

export function measurePage(html: string, page: string): ExplainFirstRow {
  const article = articleHtml(html);
  const figureAt = article.search(/<figure\b/);
  const before = figureAt < 0 ? null : words(stripTags(article.slice(0, figureAt))).length;
  // What a reader meets without opening anything: figures and folded apparatus (<details>) aside.
  const unfolded = article.replace(/<figure\b[\s\S]*?<\/figure>/g, ' ').replace(/<details\b[\s\S]*?<\/details>/g, ' ');
  const allWords = words(stripTags(unfolded)).length;
  const cites = [...unfolded.matchAll(/<sup class="cite"[\s\S]*?<\/sup>/g)].reduce((n, m) => n + (m[0].match(/<a\b/g)?.length ?? 0), 0);
  return {
    page,
    wordsBeforeFirstFigure: before,
    words: allWords,
    citationLinks: cites,
    citationsPer100Words: Math.round((cites / Math.max(1, allWords)) * 1000) / 10,
    flesch: Math.round(flesch(proseText(article)) * 10) / 10,
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const rows = chapters.map(({ path }) => measurePage(readFileSync(join(dist, path, 'index.html'), 'utf8'), `/${path}`));
  if (process.argv.includes('--json')) {
    process.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
  } else {
    const head = ['Page', 'Words before 1st figure', 'Words', 'Citation links', 'per 100 words', 'Flesch'];
    const lines = rows.map((r) => [
      r.page,
      String(r.wordsBeforeFirstFigure ?? '—'),
      String(r.words),
      String(r.citationLinks),
      String(r.citationsPer100Words),
      String(r.flesch),
    ]);
    const widths = head.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]!.length)));
    for (const line of [head, ...lines]) process.stdout.write(`${line.map((c, i) => c.padEnd(widths[i]!)).join('  ')}\n`);
  }
}
