import { expect, test, type Page } from '@playwright/test';
import { readableUrl } from '../src/lib/site/format.ts';
import { publishedUrl } from '../src/lib/site/routes.ts';
import { pdfPageTexts, printToPdf as printPdf, squash } from './pdf.ts';
import { chapters } from './site';
import { words } from './words';

async function printToPdf(page: Page): Promise<string[]> {
  return pdfPageTexts(await printPdf(page));
}

test(
  'in print, navigation, contents and buttons are gone and external links show their address',
  { tag: '@base-independent' },
  async ({ page }) => {
    await page.goto('clashes-2021/');
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('banner')).toBeHidden();
    await expect(page.getByRole('navigation', { name: words.onThisPage })).toBeHidden();
    await expect(page.getByRole('navigation', { name: words.chapterNavigation })).toBeHidden();
    await expect(page.getByRole('link', { name: /^Link to the section/ }).first()).toBeHidden();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const colours = await page
      .locator('body')
      .evaluate((body) => [getComputedStyle(body).color, getComputedStyle(document.documentElement).backgroundColor]);
    expect(colours).toEqual(['rgb(0, 0, 0)', 'rgb(255, 255, 255)']);
  },
);

for (const path of ['sources/', 'about/', 'clashes-2022/']) {
  test(
    `in print, every external link on /${path} shows its address, as its text or after it, readable rather than percent-encoded`,
    { tag: '@base-independent' },
    async ({ page }) => {
      await page.goto(path);
      await page.emulateMedia({ media: 'print' });
      const links = await page
        .getByRole('main')
        .locator('a[href^="http"]')
        .evaluateAll((as) =>
          as.map((a) => ({
            href: a.getAttribute('href')!,
            text: (a as HTMLElement).innerText,
            after: getComputedStyle(a, '::after').content,
          })),
        );
      const unprinted = links
        .filter(({ href, text, after }) => !text.includes(readableUrl(href)) && !after.includes(href))
        .map(({ href }) => href);
      expect(unprinted).toEqual([]);
    },
  );
}

for (const chapter of chapters) {
  // The address only when the build was told where the site lives (SITE_URL); never a made-up one.
  const address = publishedUrl(`/${chapter.path}`, process.env.BASE_PATH ?? '/', process.env.SITE_URL);
  test(`the printed “${chapter.id}” chapter carries its title, page numbers and ${address ? 'the site address' : 'no address'} on every page`, async ({
    page,
  }) => {
    await page.goto(chapter.path);
    const pages = await printToPdf(page);
    expect(pages.length).toBeGreaterThan(0);
    expect(squash(pages[0]!)).toContain(squash(chapter.title));
    for (const [index, text] of pages.entries()) {
      expect(squash(text)).toContain(
        squash(words.print.pageNumber.replace('{page}', String(index + 1)).replace('{pages}', String(pages.length))),
      );
      if (address) expect(squash(text)).toContain(squash(address.replace(/^https?:\/\//, '')));
      expect(squash(text)).not.toContain('.example');
      expect(squash(text).startsWith(squash(chapter.title)), `page ${index + 1} is headed by the chapter title`).toBe(true);
    }
  });
}

test('a printed chapter ends with “Cite this chapter”, its reference giving the site, the year and, when known, the address', async ({
  page,
}) => {
  const chapter = chapters.find((c) => c.id === 'border')!;
  await page.goto(chapter.path);
  const pages = await printToPdf(page);
  const printed = squash(pages.join(' '));
  const address = publishedUrl(`/${chapter.path}`, process.env.BASE_PATH ?? '/', process.env.SITE_URL);
  expect(printed).toContain(squash(words.citeThisChapterIntroPrint));
  expect(printed).not.toContain(squash(words.citeThisChapterIntro));
  expect(printed).toContain(squash(`${words.siteName} (${chapter.updated.slice(0, 4)})`));
  expect(printed).toContain(squash(`year = {${chapter.updated.slice(0, 4)}}`));
  if (address) expect(printed).toContain(squash(`${address} (${words.citationAccessed('')}`));
});

test('in the print edition, every “Figure N” in the text links to the figure that has that number there', async ({ page }) => {
  await page.goto('print/');
  const pattern = new RegExp(words.figureName(0).replace('0', '\\d+'), 'g');
  const mentions = await page.locator('.print-chapter :is(p, li):not(figure *)').evaluateAll(
    (blocks, source) =>
      blocks.flatMap((block) => {
        const found: Array<{ text: string; target: string | null }> = [];
        const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          for (const match of node.textContent!.matchAll(new RegExp(source, 'g'))) {
            const link = node.parentElement!.closest('a[href^="#figure-"]');
            let figure = link && document.getElementById(link.getAttribute('href')!.slice(1));
            // A figure printed once stands elsewhere for a line that links to it.
            const repeat = figure?.matches('.figure-repeat') ? figure.querySelector('a[href^="#figure-"]') : null;
            if (repeat) figure = document.getElementById(repeat.getAttribute('href')!.slice(1));
            found.push({ text: match[0], target: figure?.querySelector('.figure__number')?.textContent?.replace(/\.$/, '') ?? null });
          }
        }
        return found;
      }),
    pattern.source,
  );
  expect(mentions.length).toBeGreaterThan(5);
  expect(mentions.filter((m) => m.text !== m.target)).toEqual([]);
});

test('the printed edition’s captions speak to paper: nothing to hover over, click or focus', async ({ page }) => {
  await page.goto('print/');
  const captions = page.locator('.figure__caption');
  expect((await captions.allTextContents()).join(' '), 'the screen’s words are still there, for the screen').toContain(
    words.borderLengths.caption,
  );
  await page.emulateMedia({ media: 'print' });
  const printed = (await captions.allInnerTexts()).join(' ');
  expect(printed).toContain(words.borderLengths.captionPrint);
  expect(printed.match(/\b(hover|click|tap|focus)\w*/gi) ?? []).toEqual([]);
});

test('links between chapters in the print edition point inside the document', async ({ page }) => {
  // Every id is looked up in the whole edition, maps and their tables included: allow for it.
  test.setTimeout(90_000);
  await page.goto('print/');
  const hrefs = await page.locator('.print-chapter a[href]').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
  // Downloads (a file such as /data/casualties.csv) cannot live inside the document; pages can.
  const internal = hrefs.filter((href) => !/^[a-z]+:/.test(href) && !/\.[a-z0-9]+$/i.test(href));
  expect(internal.length).toBeGreaterThan(50);
  expect(internal.filter((href) => !href.startsWith('#'))).toEqual([]);
  const ids = await page.locator('[id]').evaluateAll((els) => els.map((el) => el.id));
  const unique = new Set(ids);
  expect(ids.length - unique.size, 'no id is used twice in the print edition').toBe(0);
  expect([...new Set(internal)].filter((href) => !unique.has(decodeURIComponent(href.slice(1))))).toEqual([]);
});
