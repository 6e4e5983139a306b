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

for (const path of ['', 'border/']) {
  test(`every citation number on /${path} is the only link in a tap target at least 24 pixels wide and high that holds it`, async ({
    page,
  }) => {
    await page.goto(path);
    const citations = page.getByRole('article').locator('.cite a');
    await expect(citations.first()).toBeVisible();
    // What a tap finds (elementFromPoint), walked out from the middle of the number in quarter
    // pixels, across along its middle and up and down through it: how far the number's own
    // target runs each way before the text round it, or a neighbour's target, takes over.
    const small = await citations.evaluateAll((links) =>
      links.flatMap((link, i) => {
        // Folded away (a closed <details>), a number is not there to tap.
        if (!link.checkVisibility()) return [];
        link.scrollIntoView({ block: 'center' });
        const { left, top, width, height } = link.getBoundingClientRect();
        const [x, y] = [left + width / 2, top + height / 2];
        const hits = (dx: number, dy: number) => document.elementFromPoint(x + dx, y + dy)?.closest('.cite a') === link;
        const reach = (dx: number, dy: number) => {
          let steps = 0;
          while (steps < 160 && hits((steps + 1) * dx, (steps + 1) * dy)) steps += 1;
          return steps * 0.25;
        };
        const across = reach(-0.25, 0) + reach(0.25, 0);
        const down = reach(0, -0.25) + reach(0, 0.25);
        return hits(0, 0) && across >= 23.5 && down >= 23.5
          ? []
          : [`citation ${i} (${link.textContent}): ${across} by ${down} px${hits(0, 0) ? '' : ', its number not its own'}`];
      }),
    );
    expect(small).toEqual([]);
  });
}

for (const media of ['screen', 'print'] as const) {
  test(`on ${media}, the brackets sit as close to a one-digit as to a three-digit number and every gap between two numbers is the same`, async ({
    page,
  }) => {
    await page.emulateMedia({ media });
    // The gaps between the visible glyphs: a bracket and the number beside it, and one number and
    // the next (comma and space between). Before, the brackets ran from 3 px ("[ 36 ]") to −1 px
    // ("[250,251]") from the number, and the gap between numbers from 7 px ("[250, 251]") to
    // 19 px ("[3,    4]").
    const measure = () =>
      page
        .getByRole('article')
        .locator('.cite')
        .evaluateAll((cites) => {
          const box = (node: Node, start: number, end: number) => {
            const range = document.createRange();
            range.setStart(node, start);
            range.setEnd(node, end);
            return range.getBoundingClientRect();
          };
          const text = (node: Node) => box(node, 0, node.textContent!.length);
          return cites.flatMap((cite) => {
            // Not on this medium (a table left off paper, a closed <details>): nothing to measure.
            if (!cite.checkVisibility()) return [];
            const open = cite.firstChild!;
            const close = cite.lastChild!;
            const numbers = [...cite.querySelectorAll('a')].map((link) => ({
              digits: link.textContent!.length,
              box: text(link.firstChild!),
            }));
            return [
              {
                citation: cite.textContent!,
                size: getComputedStyle(cite).fontSize,
                digits: numbers.length === 1 ? numbers[0]!.digits : 0,
                opening: numbers[0]!.box.left - box(open, 0, 1).right,
                closing: box(close, close.textContent!.length - 1, close.textContent!.length).left - numbers.at(-1)!.box.right,
                // Gaps after a comma Cite.astro widens for two short centred numbers left out (none in today's text).
                between: numbers
                  .slice(1)
                  .flatMap(({ box: next }, i) =>
                    cite.querySelectorAll('.cite__sep')[i]!.matches('.cite__sep--wide') ? [] : [next.left - numbers[i]!.box.right],
                  ),
              },
            ];
          });
        });
    // The home page has the one-digit numbers, /border/ three-digit ones outside tables.
    const measured: Awaited<ReturnType<typeof measure>> = [];
    for (const path of ['', 'border/']) {
      await page.goto(path);
      await expect(page.getByRole('article').locator('.cite')).not.toHaveCount(0);
      measured.push(...(await measure()));
    }
    const singles = (digits: number) => measured.filter((cite) => cite.digits === digits);
    const brackets = (cites: typeof measured) => cites.flatMap(({ opening, closing }) => [opening, closing]);
    const spread = (gaps: number[]) => Math.max(...gaps) - Math.min(...gaps);
    expect(singles(1), 'one-digit citations on the pages').not.toEqual([]);
    expect(singles(3), 'three-digit citations on the pages').not.toEqual([]);
    expect(spread([...brackets(singles(1)), ...brackets(singles(3))]), 'bracket gaps of one- and three-digit numbers').toBeLessThanOrEqual(
      0.5,
    );
    expect(Math.min(...brackets(measured)), 'the closest bracket').toBeGreaterThanOrEqual(-0.5);
    expect(Math.max(...brackets(measured)), 'the farthest bracket').toBeLessThanOrEqual(1);
    const gaps = measured.flatMap(({ citation, size, between }) => between.map((gap) => ({ citation, size, gap })));
    expect(gaps.length, 'gaps between numbers on the pages').toBeGreaterThan(10);
    // A comma and a space apart at the least, and all alike, to within the rounding to device
    // pixels, in citations of one size (smaller type, in a table, needs more room between its
    // narrower numbers for their 24 px targets).
    const widest = (size: string) => Math.max(...gaps.filter((other) => other.size === size).map(({ gap }) => gap));
    expect(gaps.filter(({ size, gap }) => gap < 3 || widest(size) - gap > 0.5)).toEqual([]);
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
