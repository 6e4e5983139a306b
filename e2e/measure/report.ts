/**
 * The benchmark's budgets and its report, kept pure: what kind of resource a response is, which
 * budget a page falls under, which budgets a measured page breaks, and the table printed (and
 * pasted into the README). The measuring itself is in bench.ts beside it.
 */
import { gzipSync } from 'node:zlib';
import { median } from 'd3-array';

export const KiB = 1024;

/** What the table splits a page's transfer into. */
export const KINDS = ['html', 'css', 'js', 'font', 'image', 'other'] as const;
export type Kind = (typeof KINDS)[number];

/**
 * The budgets. Bytes are what a first visit transfers, gzip-compressed, all-in (HTML, CSS, JS,
 * fonts, images). The print edition holds every chapter and the sources in one document, so its
 * budget is what reading those pages one by one costs with one copy of the CSS and font (about
 * 135 KiB): printing the whole explainer must not cost more than reading it.
 * Lighthouse scores are its mobile defaults (emulated phone, simulated slow 4G).
 */
export const BUDGETS = {
  textPage: 45 * KiB,
  figurePage: 60 * KiB,
  printEdition: 140 * KiB,
  /**
   * The Russian edition's pages (/ru/…), fixed before they were translated (issue 23): Cyrillic
   * compresses less well than English and brings its own slice of the text face.
   */
  russian: { textPage: 50 * KiB, figurePage: 65 * KiB, printEdition: 150 * KiB },
  script: 3 * KiB,
  thirdPartyRequests: 0,
  performance: 98,
  /** Lighthouse's Total Blocking Time (ms); the print edition lays out the whole explainer at once. */
  totalBlockingTime: 100,
  printTotalBlockingTime: 300,
  accessibility: 100,
  bestPractices: 100,
  seo: 100,
} as const;

export type PageClass = 'text' | 'figures' | 'print';

/** The print edition by its path, in either language; otherwise a page with a `<figure` has figures. */
export function classifyPage(path: string, html: string): PageClass {
  if (path === '/print/' || path === '/ru/print/') return 'print';
  return html.includes('<figure') ? 'figures' : 'text';
}

/** The Total Blocking Time a page may cost, in ms. */
export function blockingBudget(pageClass: PageClass): number {
  return pageClass === 'print' ? BUDGETS.printTotalBlockingTime : BUDGETS.totalBlockingTime;
}

/** A page's byte budget, by its class and, from its path (`/ru/border/`), its edition. */
export function byteBudget(pageClass: PageClass, path: string): number {
  const budgets = path.startsWith('/ru/') ? BUDGETS.russian : BUDGETS;
  return pageClass === 'print' ? budgets.printEdition : pageClass === 'figures' ? budgets.figurePage : budgets.textPage;
}

/** The table's kind of a response, from its Content-Type. */
export function kindOf(contentType: string | undefined): Kind {
  const type = (contentType ?? '').split(';', 1)[0]!.trim().toLowerCase();
  if (type === 'text/html' || type === 'application/xhtml+xml') return 'html';
  if (type === 'text/css') return 'css';
  if (/^(?:text|application)\/(?:x-)?(?:java|ecma)script$/.test(type)) return 'js';
  if (type.startsWith('font/') || /^application\/(?:x-)?font-/.test(type) || type === 'application/vnd.ms-fontobject') return 'font';
  if (type.startsWith('image/')) return 'image';
  return 'other';
}

/** True when a request goes anywhere but the origin the site is served from. */
export function isThirdParty(url: string, siteOrigin: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return true;
  }
  if (parsed.protocol === 'data:' || parsed.protocol === 'blob:') return false;
  return parsed.origin !== new URL(siteOrigin).origin;
}

/**
 * The bodies of a page's inline scripts (Astro inlines small module scripts into the HTML, so
 * they travel inside the document, not as .js files). JSON data blocks are not code and are left
 * out.
 */
export function inlineScripts(html: string): string[] {
  const bodies: string[] = [];
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)) {
    const attributes = match[1] ?? '';
    const body = match[2] ?? '';
    if (/\bsrc\s*=/i.test(attributes)) continue;
    const type = /\btype\s*=\s*["']?([^"'\s>]+)/i.exec(attributes)?.[1]?.toLowerCase();
    if (type && type !== 'module' && !/javascript|ecmascript/.test(type)) continue;
    if (body.trim()) bodies.push(body);
  }
  return bodies;
}

export interface Scores {
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
}

/** What the page costs the main thread, from Lighthouse, in ms (its simulated 4× slower CPU). */
export interface MainThread {
  /** Total Blocking Time. */
  totalBlockingTime: number;
  /** The Style & Layout group of the main-thread work breakdown. */
  styleLayout: number;
}

/** The parts of a Lighthouse result that `mainThreadOf` reads. */
export interface LighthouseAudits {
  [id: string]: { numericValue?: number; details?: { items?: ReadonlyArray<Record<string, unknown>> } } | undefined;
}

/**
 * Total Blocking Time and Style & Layout time from a Lighthouse result's audits
 * (`total-blocking-time`, and the `styleLayout` row of `mainthread-work-breakdown`), or
 * nothing when either is missing.
 */
export function mainThreadOf(audits: LighthouseAudits): MainThread | undefined {
  const totalBlockingTime = audits['total-blocking-time']?.numericValue;
  const items = audits['mainthread-work-breakdown']?.details?.items;
  if (totalBlockingTime === undefined || !items) return undefined;
  const styleLayout = items
    .filter((item) => item.group === 'styleLayout')
    .reduce((sum, item) => sum + (typeof item.duration === 'number' ? item.duration : 0), 0);
  return { totalBlockingTime, styleLayout };
}

/** The median of each main-thread figure over several runs, to the millisecond. */
export function medianMainThread(runs: readonly MainThread[]): MainThread {
  const middle = (values: number[]): number => Math.round(median(values) ?? Number.NaN);
  return { totalBlockingTime: middle(runs.map((r) => r.totalBlockingTime)), styleLayout: middle(runs.map((r) => r.styleLayout)) };
}

export interface PageResult {
  /** The path relative to the base, e.g. `/border/`. */
  page: string;
  pageClass: PageClass;
  /** Response bodies as transferred with gzip, by kind. */
  bytes: Record<Kind, number>;
  /** The same visit's total with brotli, when measured. */
  brotliTotal?: number;
  /** JavaScript the page runs, gzip: .js files plus inline scripts (each page's inline code compressed on its own). */
  script: number;
  requests: number;
  thirdPartyRequests: number;
  /** Lighthouse's scores (0–100), a reason it could not score the page, or nothing when not run. */
  lighthouse?: Scores | { error: string };
  /** Lighthouse's main-thread figures (median over the runs), when it scored the page. */
  mainThread?: MainThread;
  /** Elements in the loaded document (`document.getElementsByTagName('*')`). */
  elements?: number;
  /** What the page's HTML carries (htmlMakeup), when measured. */
  makeup?: HtmlMakeup;
}

/** A page's compressed HTML by what it carries, in bytes (see htmlMakeup). */
export interface HtmlMakeup {
  /** The scripts written into the page. */
  script: number;
  /** The figures drawn in the page (inline SVG: charts, maps, icons). */
  figures: number;
  /** Tags and attributes, the head's metadata among them. */
  markup: number;
  /** The words and numbers a reader sees, and nothing else. */
  text: number;
}

const gzipBytes = (text: string) => gzipSync(text, { level: 9 }).length;

/**
 * What a page's gzip-compressed HTML carries. Each part is what leaving it out saves, taken in the
 * order script, figures, markup, so the four add up to the whole page; the text is its words alone.
 */
export function htmlMakeup(html: string): HtmlMakeup {
  const withoutScript = html.replace(/<script\b[\s\S]*?<\/script\s*>/gi, '');
  const withoutFigures = withoutScript.replace(/<svg\b[\s\S]*?<\/svg\s*>/gi, '');
  const textAlone = withoutFigures.replace(/<[^>]*>/g, ' ');
  const [whole, noScript, noFigures, text] = [html, withoutScript, withoutFigures, textAlone].map(gzipBytes) as [
    number,
    number,
    number,
    number,
  ];
  return { script: whole - noScript, figures: noScript - noFigures, markup: noFigures - text, text };
}

/**
 * For a page over its byte budget, what it would weigh with no markup at all (its text, figures,
 * scripts, stylesheets and fonts kept): when even that is over, the budget cannot be met by trimming
 * the markup, only by leaving out content or type.
 */
export function withoutMarkup(result: PageResult): string | undefined {
  const { makeup } = result;
  const limit = byteBudget(result.pageClass, result.page);
  if (!makeup || total(result.bytes) <= limit) return undefined;
  const floor = total(result.bytes) - makeup.markup;
  const parts = [
    `text ${kib(makeup.text)}`,
    `figures ${kib(makeup.figures)}`,
    `script ${kib(makeup.script)}`,
    `CSS ${kib(result.bytes.css)}`,
    `fonts ${kib(result.bytes.font)}`,
  ];
  return `${result.page}: ${kib(floor)} KiB with no markup at all (${parts.join(', ')}; its markup is ${kib(makeup.markup)}), ${floor > limit ? 'still over' : 'within'} the ${kib(limit)} KiB budget`;
}

export function total(bytes: Record<Kind, number>): number {
  return KINDS.reduce((sum, kind) => sum + bytes[kind], 0);
}

const kib = (bytes: number): string => (bytes / KiB).toFixed(1);

const CLASS_NAMES: Record<PageClass, string> = { text: 'text-only page', figures: 'page with figures', print: 'print edition' };

/** Every budget the page breaks, each as a sentence naming the page, the figure and the limit. */
export function budgetFailures(result: PageResult): string[] {
  const failures: string[] = [];
  const { page } = result;
  const limit = byteBudget(result.pageClass, page);
  const sum = total(result.bytes);
  if (sum > limit)
    failures.push(`${page}: ${kib(sum)} KiB gzip transferred, over the ${kib(limit)} KiB budget for a ${CLASS_NAMES[result.pageClass]}`);
  if (result.script > BUDGETS.script)
    failures.push(`${page}: ${kib(result.script)} KiB of JavaScript (gzip), over the ${kib(BUDGETS.script)} KiB budget`);
  if (result.thirdPartyRequests > BUDGETS.thirdPartyRequests)
    failures.push(`${page}: ${result.thirdPartyRequests} third-party request(s); the site makes none`);
  const lh = result.lighthouse;
  if (lh && 'error' in lh) failures.push(`${page}: Lighthouse could not score the page (${lh.error})`);
  else if (lh) {
    const minimums: Array<[keyof Scores, string, number]> = [
      ['performance', 'performance', BUDGETS.performance],
      ['accessibility', 'accessibility', BUDGETS.accessibility],
      ['bestPractices', 'best practices', BUDGETS.bestPractices],
      ['seo', 'SEO', BUDGETS.seo],
    ];
    // The not-found page asks search engines not to index it (it answers every stale link), and
    // Lighthouse's SEO score counts that against it; SEO is a budget for real pages only.
    const notFound = page.endsWith('(404)');
    for (const [key, name, minimum] of minimums) {
      if (notFound && key === 'seo') continue;
      if (lh[key] < minimum) failures.push(`${page}: Lighthouse ${name} ${lh[key]}, below ${minimum}`);
    }
    const blocking = blockingBudget(result.pageClass);
    if (result.mainThread && result.mainThread.totalBlockingTime > blocking)
      failures.push(`${page}: Lighthouse Total Blocking Time ${result.mainThread.totalBlockingTime} ms, over the ${blocking} ms budget`);
  }
  return failures;
}

/**
 * The median of Lighthouse scores over several runs, category by category; with an even number
 * of runs, the mean of the middle two, rounded, so a score stays a whole number.
 */
export function medianScores(runs: readonly Scores[]): Scores {
  const middle = (values: number[]): number => Math.round(median(values) ?? Number.NaN);
  return {
    performance: middle(runs.map((r) => r.performance)),
    accessibility: middle(runs.map((r) => r.accessibility)),
    bestPractices: middle(runs.map((r) => r.bestPractices)),
    seo: middle(runs.map((r) => r.seo)),
  };
}

const BUDGET_LABEL: Record<PageClass, string> = { text: 'text', figures: 'figures', print: 'print' };

/**
 * The results as a Markdown table whose columns line up in a terminal too. Sizes in KiB; the
 * Lighthouse columns (scores, TBT, Style & Layout) are `–` when it was not run and `error` when it
 * could not score the page.
 */
export function formatTable(results: readonly PageResult[]): string {
  const header = [
    'Page',
    'HTML',
    'CSS',
    'JS',
    'Fonts',
    'Images',
    'Other',
    'Total gzip',
    'Budget',
    'Total br',
    'Script¹',
    'Requests',
    '3rd-party',
    'Elements',
    'Perf',
    'TBT ms',
    'Style & Layout ms',
    'A11y',
    'BP',
    'SEO',
    'Result',
  ];
  const rows = results.map((r) => {
    const lh = r.lighthouse;
    const score = (key: keyof Scores): string => (!lh ? '–' : 'error' in lh ? 'error' : String(lh[key]));
    const time = (key: keyof MainThread): string => (!lh ? '–' : 'error' in lh ? 'error' : r.mainThread ? String(r.mainThread[key]) : '–');
    return [
      r.page,
      ...KINDS.map((kind) => kib(r.bytes[kind])),
      kib(total(r.bytes)),
      `≤ ${byteBudget(r.pageClass, r.page) / KiB} ${BUDGET_LABEL[r.pageClass]}`,
      r.brotliTotal === undefined ? '–' : kib(r.brotliTotal),
      kib(r.script),
      String(r.requests),
      String(r.thirdPartyRequests),
      r.elements === undefined ? '–' : String(r.elements),
      score('performance'),
      time('totalBlockingTime'),
      time('styleLayout'),
      score('accessibility'),
      score('bestPractices'),
      score('seo'),
      budgetFailures(r).length ? 'over' : 'ok',
    ];
  });
  const widths = header.map((cell, i) => Math.max(cell.length, ...rows.map((row) => row[i]!.length)));
  const numeric = (i: number) => i > 0 && i !== 8 && i !== header.length - 1;
  const line = (cells: readonly string[]) =>
    `| ${cells.map((cell, i) => (numeric(i) ? cell.padStart(widths[i]!) : cell.padEnd(widths[i]!))).join(' | ')} |`;
  const rule = `| ${widths.map((w, i) => (numeric(i) ? `${'-'.repeat(w - 1)}:` : '-'.repeat(w))).join(' | ')} |`;
  return [line(header), rule, ...rows.map(line)].join('\n');
}
