import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import {
  blockingBudget,
  BUDGETS,
  budgetFailures,
  byteBudget,
  classifyPage,
  formatTable,
  htmlMakeup,
  inlineScripts,
  isThirdParty,
  KiB,
  kindOf,
  mainThreadOf,
  medianMainThread,
  medianScores,
  total,
  withoutMarkup,
  type Kind,
  type PageResult,
} from './report';

function bytes(values: Partial<Record<Kind, number>>): Record<Kind, number> {
  return { html: 0, css: 0, js: 0, font: 0, image: 0, other: 0, ...values };
}

function result(overrides: Partial<PageResult> = {}): PageResult {
  return {
    page: '/border/',
    pageClass: 'figures',
    bytes: bytes({ html: 23 * KiB, css: 8 * KiB, font: 10.7 * KiB }),
    brotliTotal: 36 * KiB,
    script: 1.1 * KiB,
    requests: 5,
    thirdPartyRequests: 0,
    lighthouse: { performance: 100, accessibility: 100, bestPractices: 100, seo: 100 },
    mainThread: { totalBlockingTime: 40, styleLayout: 310 },
    elements: 1234,
    ...overrides,
  };
}

describe('classifyPage and byteBudget', () => {
  it('gives the print edition its own budget and pages with a <figure> the larger one', () => {
    expect(classifyPage('/print/', '<figure>')).toBe('print');
    expect(classifyPage('/border/', '<main><figure class="figure">')).toBe('figures');
    expect(classifyPage('/about/', '<main><p>figures below</p>')).toBe('text');
    expect(byteBudget('text', '/about/')).toBe(45 * KiB);
    expect(byteBudget('figures', '/border/')).toBe(60 * KiB);
    expect(byteBudget('print', '/print/')).toBe(140 * KiB);
  });
  it('gives the Russian edition its own, wider budgets, and finds its print edition', () => {
    expect(classifyPage('/ru/print/', '<figure>')).toBe('print');
    expect(byteBudget('text', '/ru/about/')).toBe(50 * KiB);
    expect(byteBudget('figures', '/ru/border/')).toBe(65 * KiB);
    expect(byteBudget('print', '/ru/print/')).toBe(150 * KiB);
    // An English page whose name starts with "ru" is no Russian page.
    expect(byteBudget('text', '/rules/')).toBe(45 * KiB);
  });
});

describe('kindOf', () => {
  it('sorts responses by their Content-Type', () => {
    expect(kindOf('text/html; charset=utf-8')).toBe('html');
    expect(kindOf('text/css')).toBe('css');
    expect(kindOf('text/javascript; charset=utf-8')).toBe('js');
    expect(kindOf('application/javascript')).toBe('js');
    expect(kindOf('font/woff2')).toBe('font');
    expect(kindOf('application/font-woff')).toBe('font');
    expect(kindOf('image/svg+xml; charset=utf-8')).toBe('image');
    expect(kindOf('image/png')).toBe('image');
    expect(kindOf('application/json')).toBe('other');
    expect(kindOf(undefined)).toBe('other');
  });
});

describe('isThirdParty', () => {
  const origin = 'http://127.0.0.1:4399';
  it('counts every origin but the site’s own, other ports included', () => {
    expect(isThirdParty('http://127.0.0.1:4399/fonts/a.woff2', origin)).toBe(false);
    expect(isThirdParty('http://127.0.0.1:4400/fonts/a.woff2', origin)).toBe(true);
    expect(isThirdParty('https://fonts.googleapis.com/css2', origin)).toBe(true);
    expect(isThirdParty('not a url', origin)).toBe(true);
  });
  it('does not count data: and blob: URLs, which never leave the page', () => {
    expect(isThirdParty('data:image/svg+xml,<svg/>', origin)).toBe(false);
    expect(isThirdParty('blob:http://127.0.0.1:4399/1234', origin)).toBe(false);
  });
});

describe('inlineScripts', () => {
  it('finds the module scripts Astro inlines, not external or data scripts', () => {
    const html = [
      '<script type="module">const a = 1;</script>',
      '<script src="/_astro/x.js"></script>',
      '<script type="application/ld+json">{"@type":"Article"}</script>',
      '<script>console.log(2)</script>',
      '<SCRIPT type="text/javascript">b()</SCRIPT>',
      '<script type="module">  </script>',
    ].join('\n');
    expect(inlineScripts(html)).toEqual(['const a = 1;', 'console.log(2)', 'b()']);
  });
});

describe('budgetFailures', () => {
  it('finds nothing wrong with a page within every budget', () => {
    expect(budgetFailures(result())).toEqual([]);
  });
  it('names the page, the figure and the limit of each broken budget', () => {
    const failures = budgetFailures(
      result({
        page: '/sources/',
        pageClass: 'text',
        bytes: bytes({ html: 26 * KiB, css: 8 * KiB, font: 11.6 * KiB }),
        script: 3.5 * KiB,
        thirdPartyRequests: 2,
        lighthouse: { performance: 97, accessibility: 96, bestPractices: 100, seo: 92 },
      }),
    );
    expect(failures).toEqual([
      '/sources/: 45.6 KiB gzip transferred, over the 45.0 KiB budget for a text-only page',
      '/sources/: 3.5 KiB of JavaScript (gzip), over the 3.0 KiB budget',
      '/sources/: 2 third-party request(s); the site makes none',
      '/sources/: Lighthouse performance 97, below 98',
      '/sources/: Lighthouse accessibility 96, below 100',
      '/sources/: Lighthouse SEO 92, below 100',
    ]);
  });
  it('allows exactly the budget', () => {
    expect(budgetFailures(result({ pageClass: 'text', bytes: bytes({ html: BUDGETS.textPage }), script: BUDGETS.script }))).toEqual([]);
    expect(budgetFailures(result({ pageClass: 'text', bytes: bytes({ html: BUDGETS.textPage + 1 }) }))).toHaveLength(1);
  });
  it('treats a page Lighthouse could not score as failing, and one it did not run on as unchecked', () => {
    expect(budgetFailures(result({ lighthouse: { error: 'NO_FCP' } }))).toEqual(['/border/: Lighthouse could not score the page (NO_FCP)']);
    const { lighthouse: _, ...withoutLighthouse } = result();
    expect(budgetFailures(withoutLighthouse)).toEqual([]);
  });
  it('does not hold the not-found page, which asks not to be indexed, to the SEO score', () => {
    const lighthouse = { performance: 100, accessibility: 100, bestPractices: 100, seo: 63 };
    expect(budgetFailures(result({ page: '/no-such-page/ (404)', lighthouse }))).toEqual([]);
    expect(budgetFailures(result({ page: '/about/', lighthouse }))).toEqual(['/about/: Lighthouse SEO 63, below 100']);
  });
  it('holds the print edition to its own budget', () => {
    expect(budgetFailures(result({ page: '/print/', pageClass: 'print', bytes: bytes({ html: 100 * KiB, css: 8 * KiB }) }))).toEqual([]);
    expect(budgetFailures(result({ page: '/print/', pageClass: 'print', bytes: bytes({ html: 135 * KiB, css: 8 * KiB }) }))[0]).toMatch(
      /over the 140\.0 KiB budget for a print edition/,
    );
  });
});

describe('htmlMakeup and withoutMarkup', () => {
  const words = Array.from({ length: 400 }, (_, i) => `Граница ${i * 7} км`).join(', ');
  const figure = `<svg viewBox="0 0 10 10">${Array.from({ length: 50 }, (_, i) => `<circle cx="${i}" cy="${i % 7}" r="2"></circle>`).join('')}</svg>`;
  const page = `<html lang="ru"><head><title>Граница</title></head><body><main><p class="lead">${words}</p>${figure}</main><script type="module">document.body.dataset.ready = 'yes';</script></body></html>`;

  it('splits the compressed page into script, figures, markup and text, which add up to the whole', () => {
    const makeup = htmlMakeup(page);
    expect(makeup.script + makeup.figures + makeup.markup + makeup.text).toBe(gzipSync(page, { level: 9 }).length);
    expect(makeup.script).toBeGreaterThan(0);
    expect(makeup.figures).toBeGreaterThan(0);
    expect(makeup.text).toBeGreaterThan(makeup.figures);
  });
  it('finds no script and no figures in a page that has none', () => {
    const makeup = htmlMakeup(`<html><body><p>${words}</p></body></html>`);
    expect([makeup.script, makeup.figures]).toEqual([0, 0]);
  });
  it('says nothing of a page within its budget', () => {
    expect(withoutMarkup(result({ makeup: htmlMakeup(page) }))).toBeUndefined();
  });
  it('gives an over-budget page its weight with no markup, and whether even that is over', () => {
    const makeup = { script: 3 * KiB, figures: 11 * KiB, markup: 9 * KiB, text: 29 * KiB };
    const over = result({ page: '/ru/clashes-2022/', bytes: bytes({ html: 52 * KiB, css: 9 * KiB, font: 14 * KiB }), makeup });
    expect(withoutMarkup(over)).toBe(
      '/ru/clashes-2022/: 66.0 KiB with no markup at all (text 29.0, figures 11.0, script 3.0, CSS 9.0, fonts 14.0; its markup is 9.0), still over the 65.0 KiB budget',
    );
    const trimmable = result({ page: '/ru/border/', bytes: bytes({ html: 52 * KiB, css: 9 * KiB, font: 6 * KiB }), makeup });
    expect(withoutMarkup(trimmable)).toMatch(/^\/ru\/border\/: 58\.0 KiB with no markup at all .*, within the 65\.0 KiB budget$/);
  });
});

describe('the Total Blocking Time budget', () => {
  it('allows 100 ms on every page but the print edition, which may block for 300 ms', () => {
    expect(blockingBudget('text')).toBe(100);
    expect(blockingBudget('figures')).toBe(100);
    expect(blockingBudget('print')).toBe(300);
    expect(budgetFailures(result({ mainThread: { totalBlockingTime: 100, styleLayout: 900 } }))).toEqual([]);
    expect(budgetFailures(result({ page: '/clashes-2022/', mainThread: { totalBlockingTime: 760, styleLayout: 1700 } }))).toEqual([
      '/clashes-2022/: Lighthouse Total Blocking Time 760 ms, over the 100 ms budget',
    ]);
    expect(
      budgetFailures(
        result({
          page: '/print/',
          pageClass: 'print',
          bytes: bytes({ html: 100 * KiB }),
          mainThread: { totalBlockingTime: 300, styleLayout: 4300 },
        }),
      ),
    ).toEqual([]);
    expect(
      budgetFailures(
        result({
          page: '/print/',
          pageClass: 'print',
          bytes: bytes({ html: 100 * KiB }),
          mainThread: { totalBlockingTime: 301, styleLayout: 4300 },
        }),
      ),
    ).toEqual(['/print/: Lighthouse Total Blocking Time 301 ms, over the 300 ms budget']);
  });
  it('holds the print edition to the same performance score as every other page', () => {
    const lighthouse = { performance: 97, accessibility: 100, bestPractices: 100, seo: 100 };
    expect(budgetFailures(result({ page: '/print/', pageClass: 'print', bytes: bytes({ html: 100 * KiB }), lighthouse }))).toEqual([
      '/print/: Lighthouse performance 97, below 98',
    ]);
  });
});

describe('mainThreadOf', () => {
  it('reads Total Blocking Time and adds up the Style & Layout rows of the main-thread breakdown', () => {
    const audits = {
      'total-blocking-time': { numericValue: 762.4 },
      'mainthread-work-breakdown': {
        details: {
          items: [
            { group: 'styleLayout', groupLabel: 'Style & Layout', duration: 1700.5 },
            { group: 'scriptEvaluation', groupLabel: 'Script Evaluation', duration: 300 },
            { group: 'parseHTML', groupLabel: 'Parse HTML & CSS', duration: 420 },
          ],
        },
      },
    };
    expect(mainThreadOf(audits)).toEqual({ totalBlockingTime: 762.4, styleLayout: 1700.5 });
  });
  it('counts no Style & Layout time when the page had none, and gives nothing when an audit is missing', () => {
    expect(mainThreadOf({ 'total-blocking-time': { numericValue: 0 }, 'mainthread-work-breakdown': { details: { items: [] } } })).toEqual({
      totalBlockingTime: 0,
      styleLayout: 0,
    });
    expect(mainThreadOf({ 'total-blocking-time': { numericValue: 12 } })).toBeUndefined();
    expect(mainThreadOf({ 'mainthread-work-breakdown': { details: { items: [] } } })).toBeUndefined();
  });
});

describe('medianMainThread', () => {
  it('takes the median of each figure on its own, to the millisecond', () => {
    const runs = [
      { totalBlockingTime: 760.2, styleLayout: 1500 },
      { totalBlockingTime: 120, styleLayout: 1800.6 },
      { totalBlockingTime: 300.4, styleLayout: 1700.4 },
    ];
    expect(medianMainThread(runs)).toEqual({ totalBlockingTime: 300, styleLayout: 1700 });
  });
});

describe('medianScores', () => {
  it('takes the median of each category on its own', () => {
    const runs = [
      { performance: 94, accessibility: 100, bestPractices: 100, seo: 100 },
      { performance: 99, accessibility: 100, bestPractices: 96, seo: 100 },
      { performance: 97, accessibility: 100, bestPractices: 100, seo: 100 },
    ];
    expect(medianScores(runs)).toEqual({ performance: 97, accessibility: 100, bestPractices: 100, seo: 100 });
    expect(medianScores(runs.slice(0, 2)).performance).toBe(97);
  });
});

describe('formatTable', () => {
  it('prints a Markdown table whose columns line up, one row a page', () => {
    const { lighthouse: _, ...unscored } = result({ page: '/about/', pageClass: 'text' });
    const table = formatTable([
      result(),
      result({ page: '/', pageClass: 'text', bytes: bytes({ html: 8.7 * KiB }), lighthouse: { error: 'x' } }),
      unscored,
    ]);
    const lines = table.split('\n');
    expect(lines).toHaveLength(5);
    expect(new Set(lines.map((line) => line.length)).size).toBe(1);
    expect(lines[0]).toMatch(/^\| Page +\| HTML \| CSS \|/);
    expect(lines[1]).toMatch(/^\| -+ \| -+: \|/);
    const cells = (line: string) =>
      line
        .split('|')
        .slice(1, -1)
        .map((cell) => cell.trim());
    expect(cells(lines[0]!)).toEqual([
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
    ]);
    expect(cells(lines[2]!)).toEqual([
      '/border/',
      '23.0',
      '8.0',
      '0.0',
      '10.7',
      '0.0',
      '0.0',
      '41.7',
      '≤ 60 figures',
      '36.0',
      '1.1',
      '5',
      '0',
      '1234',
      '100',
      '40',
      '310',
      '100',
      '100',
      '100',
      'ok',
    ]);
    expect(cells(lines[3]!).slice(-7)).toEqual(['error', 'error', 'error', 'error', 'error', 'error', 'over']);
    expect(cells(lines[4]!).slice(-7)).toEqual(['–', '–', '–', '–', '–', '–', 'ok']);
  });
  it('adds up the kinds into the total', () => {
    expect(total(bytes({ html: 1, css: 2, js: 3, font: 4, image: 5, other: 6 }))).toBe(21);
  });
});
