/**
 * The printed chapters read back from their PDFs (A4, Chromium, print CSS): within their page
 * budgets, ending with every source whose number they print, no page mostly empty but a
 * chapter's last, no type below 8 pt, Cyrillic in the text face, and no made-up address.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { parse } from 'yaml';
import { readableUrl } from '../src/lib/site/format.ts';
import { publishedSite } from '../src/lib/site/routes.ts';
import { mostlyEmptyPages, pagesWithEmptyBrackets, pdfPageTexts, pdfTextRuns, PRINT_BUDGETS, printToPdf, squash } from './pdf.ts';
import { chapters, russianChapters } from './site.ts';
import { russianWords, words } from './words.ts';

const sources = parse(readFileSync(new URL('../content/sources.yaml', import.meta.url), 'utf8')) as Array<{
  id: string;
  title: string;
  url?: string;
}>;
const sourceUrls = new Map(sources.map((s) => [s.id, s.url]));
const CYRILLIC = /[\u0400-\u04ff]/u;
/** Text of the Cyrillic source titles, and of the addresses as printed (which are set in the sans face). */
const cyrillicTitles = squash(
  sources
    .filter((s) => CYRILLIC.test(s.title))
    .map((s) => s.title)
    .join(' '),
);
const printedAddresses = squash(sources.map((s) => (s.url ? readableUrl(s.url) : '')).join(' '));
/** Built without SITE_URL, the site does not know its address and must print none. */
const siteKnown = publishedSite(process.env.SITE_URL) !== undefined;

/** The ids of the sources whose numbers print: citation and figure-source links that are visible on paper. */
async function printedCitations(page: Page): Promise<string[]> {
  const hrefs = await page
    .getByRole('main')
    .locator('a[href*="#source-"]')
    .evaluateAll((links) =>
      links.filter((a) => (a as HTMLElement).offsetParent !== null || a.getClientRects().length > 0).map((a) => a.getAttribute('href')!),
    );
  return [...new Set(hrefs.map((href) => decodeURIComponent(href.split('#source-')[1]!)))];
}

interface PrintedChapter {
  pages: number;
  /** Each page's text runs in the text area, squashed. */
  bodyRuns: string[][];
  /** Each page's text, running heads included. */
  pageTexts: string[];
  /** The text area's text, page after page. */
  text: string;
  /** Everything printed, running heads included. */
  allText: string;
  mostlyEmpty: number[];
  smallest: { points: number; text: string; page: number };
  cyrillicFonts: Set<string>;
}

/**
 * For each figure, the pages its caption's number, the end of its caption and the texts drawn only
 * in its graphic (labels, key; found on one page of the PDF) print on: one page when the figure is
 * whole.
 */
async function figurePages(page: Page, bodyRuns: readonly string[][]): Promise<Record<string, number[]>> {
  const figures = await page.locator('figure.figure').evaluateAll((els) =>
    els.map((figure) => ({
      number: figure.querySelector('.figure__number')?.textContent ?? '',
      texts: [...figure.querySelectorAll('.figure__graphic svg text, .figure__graphic li')].map((el) => el.textContent ?? ''),
      // The caption's parts on paper (a folded list of every source stays on screen).
      captionParts: [...(figure.querySelector('figcaption')?.children ?? [])]
        .filter((el) => el.getClientRects().length > 0)
        .map((el) => el.textContent ?? ''),
    })),
  );
  const owners = new Map<string, number>();
  for (const { texts } of figures) for (const text of new Set(texts.map(squash))) owners.set(text, (owners.get(text) ?? 0) + 1);
  // The end of a caption's last part that no other figure's caption shares (a note such as "…: in
  // the online edition of this chapter." ends several).
  const partEnd = (part: string) => squash(part).slice(-30);
  const endOwners = new Map<string, number>();
  for (const { captionParts } of figures)
    for (const end of new Set(captionParts.map(partEnd))) endOwners.set(end, (endOwners.get(end) ?? 0) + 1);
  return Object.fromEntries(
    figures.map(({ number, texts, captionParts }) => {
      // A label that prints on more than one page is also in the text or a table: it says nothing of where the figure is;
      // nor does a short one, such as an axis's year, which a table elsewhere may print alone in a cell.
      const onOnePage = (text: string) => bodyRuns.filter((runs) => runs.includes(text)).length === 1;
      const own = new Set(texts.map(squash).filter((text) => text.length > 4 && owners.get(text) === 1 && onOnePage(text)));
      // …and that prints once: a sources line's last entry may print again in the chapter's list.
      const end = captionParts.map(partEnd).findLast((text) => text !== '' && endOwners.get(text) === 1);
      const endPages = end === undefined ? [] : bodyRuns.flatMap((runs, i) => (runs.join('').includes(end) ? [i + 1] : []));
      const pages = bodyRuns.flatMap((runs, i) =>
        runs.some((run) => own.has(run) || run.startsWith(squash(number))) || (endPages.length === 1 && endPages[0] === i + 1)
          ? [i + 1]
          : [],
      );
      return [number, pages];
    }),
  );
}

async function printChapter(page: Page): Promise<PrintedChapter> {
  const pdf = await printToPdf(page);
  const runs = await pdfTextRuns(pdf);
  const all = runs.flatMap((r, i) => r.map((run) => ({ ...run, page: i + 1 })));
  const smallest = all.reduce((a, b) => (b.points < a.points ? b : a));
  return {
    pages: runs.length,
    bodyRuns: runs.map((r) => r.filter((run) => !run.inMargin).map((run) => squash(run.text))),
    pageTexts: runs.map((r) => r.map((run) => run.text).join(' ')),
    // The text as it runs from page to page, without the running heads that interrupt it.
    text: squash(
      all
        .filter((run) => !run.inMargin)
        .map((run) => run.text)
        .join(' '),
    ),
    allText: squash(all.map((run) => run.text).join(' ')),
    mostlyEmpty: await mostlyEmptyPages(page, pdf, runs),
    smallest: { points: Math.round(smallest.points * 10) / 10, text: smallest.text, page: smallest.page },
    // Addresses print in the sans face; the Cyrillic of source titles must be in the text face.
    cyrillicFonts: new Set(
      all
        .filter(
          (run) => CYRILLIC.test(run.text) && cyrillicTitles.includes(squash(run.text)) && !printedAddresses.includes(squash(run.text)),
        )
        .map((run) => run.font.replace(/^[A-Z]{6}\+/, '')),
    ),
  };
}

/** A printed page's text after its running head (title, address, "page n of N"). */
function body(pageText: string): string {
  return squash(pageText).replace(/^.*?page\d+of\d+/, '');
}

const budgetedChapters = chapters.filter((c) => PRINT_BUDGETS[`/${c.path}`] !== undefined);

test('the print budgets name chapters, so the tests below print some', () => {
  expect(budgetedChapters.length).toBeGreaterThan(0);
});

for (const chapter of budgetedChapters) {
  const budget = PRINT_BUDGETS[`/${chapter.path}`]!;
  test(`the printed “${chapter.title}” fits in ${budget} A4 pages, ends with the address of every source it cites, leaves no page mostly empty and tears no citation across a page break`, async ({
    page,
  }) => {
    test.setTimeout(90_000);
    await page.goto(chapter.path);
    await page.emulateMedia({ media: 'print' });
    const cited = await printedCitations(page);
    expect(cited.length).toBeGreaterThan(10);
    const printed = await printChapter(page);

    expect(printed.pages, 'A4 pages').toBeLessThanOrEqual(budget);
    // Right-to-left letters in an address (Urdu, Arabic) come back from the PDF in display order,
    // so such an address is checked up to its first right-to-left letter.
    const printable = (url: string) => squash(readableUrl(url)).split(/[\u0590-\u08FF]/)[0]!;
    const missing = cited.filter((id) => sourceUrls.get(id) && !printed.text.includes(printable(sourceUrls.get(id)!)));
    expect(missing, 'cited sources whose address the PDF does not carry').toEqual([]);
    expect(printed.text).not.toContain('%d0%');
    expect(printed.mostlyEmpty, 'pages (other than the last) whose content ends above half the page').toEqual([]);
    expect(pagesWithEmptyBrackets(printed.pageTexts), 'pages that print a citation’s brackets without its number').toEqual([]);
    expect(await figurePages(page, printed.bodyRuns), 'the pages each figure prints on: graphic, key and caption on one').toEqual(
      Object.fromEntries(Object.entries(await figurePages(page, printed.bodyRuns)).map(([figure, pages]) => [figure, pages.slice(0, 1)])),
    );
    expect(
      printed.smallest.points,
      `the smallest type: “${printed.smallest.text}” on page ${printed.smallest.page}`,
    ).toBeGreaterThanOrEqual(7.95);
    expect([...printed.cyrillicFonts], 'the faces Cyrillic source titles print in').toEqual(
      printed.cyrillicFonts.size > 0 ? ['SourceSerif4-Regular'] : [],
    );
    expect(printed.allText).not.toContain('.example');
    if (!siteKnown) expect(printed.allText, 'no address for the chapter itself when SITE_URL is not set').not.toMatch(/onlineathttps?:/);
  });
}

// One test prints the whole edition once (60 pages to PDF and back) and checks all it has to say.
test('the print edition holds the title page, the contents, every chapter in reading order and the sources once at the end, numbers each figure once, prints the casualty comparison once and fits in its page budget', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await page.goto('print/');
  await page.emulateMedia({ media: 'print' });
  const numbers = await page.locator('.figure__number').allTextContents();
  expect(numbers.length).toBeGreaterThan(4);
  expect(numbers, 'figures numbered 1, 2, 3… across the document').toEqual(numbers.map((_, i) => `Figure ${i + 1}.`));
  const printed = await printChapter(page);
  expect(printed.pages, 'A4 pages').toBeLessThanOrEqual(PRINT_BUDGETS['/print/']!);
  expect(
    printed.text.split(squash('Killed and wounded in the 2021 and 2022 clashes: the latest official figure')).length - 1,
    'the comparison chart prints once',
  ).toBe(1);
  for (const n of numbers.map((_, i) => i + 1))
    expect(printed.text.split(squash(`Figure ${n}.`)).length - 1, `“Figure ${n}.” heads one caption`).toBe(1);
  expect(printed.mostlyEmpty, 'pages (other than a chapter’s last) whose content ends above half the page').toEqual([]);
  expect(printed.smallest.points, `the smallest type: “${printed.smallest.text}” on page ${printed.smallest.page}`).toBeGreaterThanOrEqual(
    7.95,
  );
  expect(printed.allText).not.toContain('.example');

  const pages = printed.pageTexts;
  const text = squash(pages.join(' '));
  let position = text.indexOf(squash('Print edition'));
  expect(position).toBeGreaterThanOrEqual(0);
  position = text.indexOf(squash('Contents'), position);
  expect(position).toBeGreaterThan(0);
  for (const chapter of chapters) {
    const opening = pages.findIndex((p) => squash(p).startsWith(squash(chapter.title)) && body(p).startsWith(squash(chapter.title)));
    expect(opening, `a page is headed by “${chapter.title}” and opens with it`).toBeGreaterThan(0);
    const found = text.indexOf(squash(chapter.title), position + 1);
    expect(found, `“${chapter.title}” comes after what precedes it`).toBeGreaterThan(position);
    position = found;
  }
  const sourcesOpening = pages.filter((p) => body(p).startsWith(squash('Sources Numbers in brackets')));
  expect(sourcesOpening, 'the sources start on a page of their own, once').toHaveLength(1);
  expect(pages.findIndex((p) => squash(p).startsWith(squash('Sources')))).toBeGreaterThan(pages.length / 2);
});

test('each entry of the print edition’s contents gives the page its part starts on, and that page opens with the part’s title', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await page.goto('print/');
  await page.emulateMedia({ media: 'print' });
  // On paper the contents list the parts only; each part's number is in the slot after its link.
  const entries = await page
    .getByRole('navigation', { name: words.printContents })
    .getByRole('link')
    .evaluateAll((links) => links.map((link) => ({ title: link.textContent ?? '', shown: link.nextElementSibling?.textContent ?? '' })));
  expect(entries.map((entry) => entry.title)).toEqual([
    ...chapters.map((c) => c.title),
    words.chronology.title,
    words.sourcesTitle,
    words.changes.chapterHeading,
  ]);
  const pages = (await pdfPageTexts(await printToPdf(page))).map(body);
  const found = entries.map(({ title, shown }) => ({
    title,
    shown,
    // The first page after the title page that opens with the part's title: where its heading prints.
    opens: String(pages.findIndex((text, i) => i > 0 && text.startsWith(squash(title))) + 1),
  }));
  expect(
    found.map(({ title, shown }) => ({ title, shown })),
    'a number for every entry',
  ).toEqual(found.map(({ title, shown }) => ({ title, shown: /^\d+$/.test(shown) ? shown : 'a page number' })));
  expect(
    found.map(({ title, shown }) => `${title}: ${shown}`),
    'the page each part opens on',
  ).toEqual(found.map(({ title, opens }) => `${title}: ${opens}`));
});

// A figure prints whole, so one too tall for the space under the introduction starts page 2 and
// leaves most of page 1 blank: the rule on empty pages allows that, a handout should not show it.
for (const { path, words: language } of [
  { path: '', words },
  { path: 'ru/', words: russianWords },
]) {
  test(`the home page at /${path} prints its map on the first page, under the introduction`, async ({ page }) => {
    test.setTimeout(90_000);
    await page.goto(path);
    const [first] = await pdfPageTexts(await printToPdf(page));
    expect(squash(first!)).toContain(squash(`${language.figureName(1)}.`));
  });
}

/**
 * The Russian edition prints within the English budgets (issue 23), with its running heads in
 * Russian, and its Cyrillic comes back out of the PDF as text (not outlines, not mis-mapped
 * glyphs) set in the text face.
 */
const russianBudgeted = russianChapters.filter((c) => PRINT_BUDGETS[`/${c.path.slice('ru/'.length)}`] !== undefined);

for (const chapter of [...russianBudgeted, { path: 'ru/print/', title: russianWords.siteName }]) {
  const budget = PRINT_BUDGETS[`/${chapter.path.slice('ru/'.length)}`]!;
  const edition = chapter.path === 'ru/print/';
  test(`the printed Russian “${chapter.title}” fits in the English ${budget} A4 pages, numbered in Russian,${edition ? '' : ' each figure whole on one page,'} its Cyrillic text set in the text face and extractable, with no citation torn across a page break`, async ({
    page,
  }) => {
    test.setTimeout(180_000);
    await page.goto(chapter.path);
    const pdf = await printToPdf(page);
    const pages = await pdfPageTexts(pdf);
    expect(pages.length, 'A4 pages').toBeLessThanOrEqual(budget);
    expect(squash(pages[0]!), 'the running head counts pages in Russian').toContain(squash(`Стр. 1 из ${pages.length}`));
    expect(squash(pages.join(' ')), 'the title comes back out of the PDF as Cyrillic text').toContain(squash(chapter.title));
    expect(pagesWithEmptyBrackets(pages), 'pages that print a citation’s brackets without its number').toEqual([]);
    const runs = await pdfTextRuns(pdf);
    // The print edition numbers its figures anew in each chapter; the chapters are checked on their own.
    if (!edition) {
      const figures = await figurePages(
        page,
        runs.map((r) => r.filter((run) => !run.inMargin).map((run) => squash(run.text))),
      );
      expect(figures, 'the pages each figure prints on: graphic, key and caption on one').toEqual(
        Object.fromEntries(Object.entries(figures).map(([figure, pages]) => [figure, pages.slice(0, 1)])),
      );
    }
    const fonts = new Set(
      runs
        .flat()
        .filter((run) => /[а-яё]{4}/u.test(run.text) && run.points < 12)
        .map((run) => run.font.replace(/^[A-Z]{6}\+/, '')),
    );
    expect([...fonts], 'the faces Russian body text prints in').toContain('SourceSerif4-Regular');
  });
}
