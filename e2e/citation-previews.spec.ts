import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { parse } from 'yaml';
import { words } from './words';

const sources = parse(readFileSync(new URL('../content/sources.yaml', import.meta.url), 'utf8')) as Array<{
  id: string;
  publisher: string;
}>;

/** The first citation number in the chapter's text. */
const firstCitation = (page: import('@playwright/test').Page) =>
  page
    .getByRole('article')
    .getByRole('link', { name: /^Source \d+$/ })
    .first();

test('hovering a citation number on /clashes-2022/ shows its publisher, title and date without leaving the page', async ({ page }) => {
  await page.goto('clashes-2022/');
  // The chapter's first citation is of Trend's report of the fighting of 14 September 2022.
  const citation = firstCitation(page);
  await expect(citation).toHaveAttribute('href', /#source-trend-2022-09-14$/);
  await citation.hover();
  const tooltip = page.getByRole('tooltip');
  await expect(tooltip).toBeVisible();
  await expect(tooltip).toContainText('Kabar, via Trend');
  await expect(tooltip, 'the preview leaves the address to the full entry').not.toContainText('trend.az');
  await expect(tooltip).toContainText(/“.+”, \d{1,2} \w+ 20\d\d/);
  await expect(citation).toHaveAttribute('aria-describedby', (await tooltip.getAttribute('id'))!);
  await expect(page).toHaveURL(/\/clashes-2022\/$/);
});

test('focusing a citation number on /border/ shows its preview, and Escape hides it', async ({ page }) => {
  await page.goto('border/');
  await firstCitation(page).focus();
  const tooltip = page.getByRole('tooltip');
  await expect(tooltip).toBeVisible();
  await expect(tooltip).toContainText('AFP, via Al Arabiya');
  await page.keyboard.press('Escape');
  await expect(tooltip).toBeHidden();
});

test('every citation number on /border/ previews its own source, those in the table left off paper included', async ({ page }) => {
  await page.goto('border/');
  const citations = page.getByRole('article').locator('.cite a');
  await expect(citations.first()).toBeVisible();
  const publishers = Object.fromEntries(sources.map((s) => [s.id, s.publisher]));
  // Open every disclosure, so that the numbers in folded tables can take the focus too. Focus
  // moves synchronously, so each number's preview can be read where it is shown.
  const wrong = await citations.evaluateAll((links, byId) => {
    for (const details of document.querySelectorAll('details')) details.open = true;
    const tip = () => document.querySelector<HTMLElement>('[role="tooltip"]');
    return links.flatMap((link) => {
      (link as HTMLElement).focus();
      if (document.activeElement !== link) return [`[${link.textContent}] cannot take the focus`];
      const id = decodeURIComponent(link.getAttribute('href')!.split('#source-')[1]!);
      const shown = tip();
      return shown && !shown.hidden && shown.textContent!.includes(byId[id]!)
        ? []
        : [`[${link.textContent}] ${id}: ${shown?.hidden ? 'no preview' : shown?.textContent}`];
    });
  }, publishers);
  expect(await citations.count()).toBeGreaterThan(100);
  expect(wrong).toEqual([]);
});

test('a tap anywhere within 12 pixels of a citation number on the home page lands on that number, not on its neighbour', async ({
  page,
}) => {
  await page.goto('');
  const citations = page.getByRole('article').locator('.cite a');
  await expect(citations.first()).toBeVisible();
  // Each number brought into view and tapped, as elementFromPoint sees it, at the four edges of
  // the 24 by 24 square centred on it (WCAG 2.2 target size); all in one round trip.
  const misses = await citations.evaluateAll((links) =>
    links.flatMap((link, i) => {
      // Folded away (a closed <details>), a number is not there to tap.
      if (!link.checkVisibility()) return [];
      link.scrollIntoView({ block: 'center' });
      const { left, top, width, height } = link.getBoundingClientRect();
      const [x, y] = [left + width / 2, top + height / 2];
      return [
        [-11.5, 0],
        [11.5, 0],
        [0, -11.5],
        [0, 11.5],
      ]
        .filter(([dx, dy]) => document.elementFromPoint(x + dx!, y + dy!)?.closest('.cite a') !== link)
        .map(([dx, dy]) => `citation ${i} (${link.textContent}) missed at ${dx}, ${dy}`);
    }),
  );
  expect(citations).not.toHaveCount(0);
  expect(misses).toEqual([]);
});

for (const media of ['screen', 'print'] as const) {
  test(`on ${media}, the brackets sit as close to a citation’s numbers as in running text and commas never touch the next number`, async ({
    page,
  }) => {
    await page.emulateMedia({ media });
    await page.goto('border/');
    const citations = page.getByRole('article').locator('.cite');
    await expect(citations).not.toHaveCount(0);
    // The gaps between the glyphs' boxes: the bracket and the number, the number and the comma
    // or bracket after it. Before, they ran from 3 px ("[ 36 ]") to −1 px ("[250,251]").
    const uneven = await citations.evaluateAll((cites) =>
      cites.flatMap((cite) => {
        // Not on this medium (a table left off paper, a closed <details>): nothing to measure.
        if (!cite.checkVisibility()) return [];
        const boxes = [...cite.childNodes].map((node) => {
          const range = document.createRange();
          range.selectNodeContents(node);
          // A separator's comma alone: its space and any widening are the gap to the next number.
          if (node instanceof HTMLElement && node.classList.contains('cite__sep')) range.setEnd(node.firstChild!, 1);
          return { text: node.textContent, box: range.getBoundingClientRect() };
        });
        return boxes.slice(1).flatMap(({ text, box }, i) => {
          const before = boxes[i]!;
          const gap = box.left - before.box.right;
          const after = before.text?.startsWith(',') ? 'comma' : 'glyph';
          const ok = after === 'comma' ? gap >= 2 : gap >= -0.5 && gap <= 1;
          return ok ? [] : [`${cite.textContent}: ${gap.toFixed(1)} px between “${before.text}” and “${text}”`];
        });
      }),
    );
    expect(uneven).toEqual([]);
  });
}

test.describe('On a touch phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test('tapping a citation number on /border/ shows the preview with a link to the full entry', async ({ page }) => {
    await page.goto('border/');
    const citation = firstCitation(page);
    await citation.tap();
    const tooltip = page.getByRole('tooltip');
    await expect(tooltip).toBeVisible();
    await expect(page).toHaveURL(/\/border\/$/);
    await tooltip.getByRole('link', { name: words.fullEntry }).tap();
    await expect(page).toHaveURL(/\/sources\/#source-al-arabiya-2022-09-18$/);
  });
});

test.describe('Without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('a citation number on /clashes-2021/ still leads to its entry on /sources/', async ({ page }) => {
    await page.goto('clashes-2021/');
    const citation = firstCitation(page);
    const href = (await citation.getAttribute('href'))!;
    await citation.click();
    await expect(page).toHaveURL(new RegExp(`${href.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
    await expect(page.locator(':target')).toBeVisible();
  });
});

test('each entry on /sources/ links back to the sections that cite it', async ({ page }) => {
  await page.goto('sources/');
  const entry = page.locator('#source-al-arabiya-2022-09-18');
  const back = entry.getByRole('link', { name: 'The border: How long is the border?' });
  await expect(back).toHaveAttribute('href', /\/border\/#border-length$/);
  await back.click();
  await expect(page).toHaveURL(/\/border\/#border-length$/);
  await expect(page.getByRole('heading', { name: 'How long is the border?' })).toBeInViewport();
});
