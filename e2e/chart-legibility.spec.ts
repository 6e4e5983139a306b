import { expect, test, type Locator } from '@playwright/test';
import { allPages, russianPages } from './site';
import { words } from './words';

/** The size, in CSS pixels, at which each tick label of a chart is drawn: font size times the SVG's scale. */
async function tickLabelSizes(figure: Locator): Promise<number[]> {
  return figure.locator('svg.chart').evaluateAll((svgs) =>
    svgs.flatMap((svg) => {
      const scale = svg.getBoundingClientRect().width / (svg as SVGSVGElement).viewBox.baseVal.width;
      return [...svg.querySelectorAll('.chart__axis text')].map((text) => parseFloat(getComputedStyle(text).fontSize) * scale);
    }),
  );
}

test.describe('On a 390 px phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('the compact comparison on the home page shows an axis on each panel, its tick labels at least 12 px', async ({ page }) => {
    await page.goto('');
    const figure = page.getByRole('figure', { name: /Killed and wounded in the 2021 and 2022 clashes/ });
    for (const panel of ['Killed in 2021 and 2022, by side', 'Wounded in 2021 and 2022, by side']) {
      const ticks = await figure.getByRole('group', { name: panel }).locator('.chart__axis text').allTextContents();
      expect(ticks.length, panel).toBeGreaterThan(1);
      expect(ticks[0], panel).toBe('0');
    }
    const sizes = await tickLabelSizes(figure);
    expect(sizes.length).toBeGreaterThan(0);
    for (const size of sizes) expect(size).toBeGreaterThanOrEqual(12);
  });

  test('the toll chart on /clashes-2022/ draws its tick labels at least 12 px', async ({ page }) => {
    await page.goto('clashes-2022/');
    const figure = page.getByRole('figure', { name: /How the 2022 toll was reported/ });
    const sizes = await tickLabelSizes(figure);
    expect(sizes.length).toBeGreaterThan(5);
    for (const size of sizes) expect(size).toBeGreaterThanOrEqual(12);
  });

  test('the border-length dot plot on /border/ draws one dot per claim, each saying who gave it', async ({ page }) => {
    await page.goto('border/');
    const figure = page.getByRole('figure', { name: /How long is the border\?/ });
    const dots = figure.getByRole('img', { name: / km: / });
    await expect(dots).toHaveCount(20);
    await expect(figure.getByRole('img', { name: /^1,006\.84 km: Kyrgyz GKNB, at the time of the March 2025 treaty\./ })).toHaveCount(1);
    const sizes = await tickLabelSizes(figure);
    expect(sizes.length).toBeGreaterThan(0);
    for (const size of sizes) expect(size).toBeGreaterThanOrEqual(12);
    await dots.first().focus();
    await expect(figure.locator('.chart-note')).toBeVisible();
    await expect(figure.locator('.chart-note')).toContainText(' km: ');
    await expect(figure.getByRole('table')).toBeHidden();
    await figure.getByText(words.borderLengths.tableLabel, { exact: true }).click();
    await expect(figure.getByRole('table').getByRole('row')).toHaveCount(21);
  });

  test('the border-length dot plot keys its filled and hollow dots and labels the treaty length by its dot', async ({ page }) => {
    await page.goto('border/');
    const figure = page.getByRole('figure', { name: /How long is the border\?/ });
    const svg = figure.locator('svg.chart');
    await expect(svg.getByText(words.borderLengths.legend.filled, { exact: true })).toBeVisible();
    await expect(svg.getByText(words.borderLengths.legend.hollow, { exact: true })).toBeVisible();
    // The key's marks are drawn as the plot's are: one filled, one hollow.
    const fills = await svg.locator('.chart__legend circle').evaluateAll((circles) => circles.map((c) => getComputedStyle(c).fill));
    expect(fills).toHaveLength(2);
    expect(fills[0]).not.toBe(fills[1]);
    const dot = await figure.getByRole('img', { name: /^1,006\.84 km:/ }).boundingBox();
    const label = await svg.getByText(words.borderLengths.callout.treaty[1]!, { exact: true }).boundingBox();
    expect(dot && label).toBeTruthy();
    // Within two rows of dots (about 30 px on a phone) above it, over it rather than beside the stacks.
    expect(dot!.y - (label!.y + label!.height)).toBeLessThan(30);
    expect(label!.x).toBeLessThan(dot!.x);
    expect(label!.x + label!.width).toBeGreaterThan(dot!.x);
  });
});

test.describe('On a 390 px phone, in both editions', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  for (const { path } of [...allPages, ...russianPages]) {
    test(`every word the charts on /${path} set stays inside its figure`, async ({ page }) => {
      await page.goto(path);
      await page.evaluate(() => document.fonts.ready);
      // Runs past the figure's edge, measured as drawn: "Таджикистан" beside its bars once began off screen.
      const outside = await page.locator('figure svg.chart').evaluateAll((svgs) =>
        svgs.flatMap((svg) => {
          const figure = svg.closest('figure')!.getBoundingClientRect();
          return [...svg.querySelectorAll('text')].flatMap((text) => {
            const box = text.getBoundingClientRect();
            const out = box.width > 0 && (box.left < figure.left - 0.5 || box.right > figure.right + 0.5);
            return out
              ? [
                  `${text.textContent}: ${Math.round(box.left)}–${Math.round(box.right)} of ${Math.round(figure.left)}–${Math.round(figure.right)}`,
                ]
              : [];
          });
        }),
      );
      expect(outside).toEqual([]);
    });
  }
});

/** The HTML without the spans of one class, and whatever they hold (nested spans included). */
function withoutSpans(html: string, className: string): string {
  const opening = `<span class="${className}">`;
  let out = html;
  for (let start = out.indexOf(opening); start >= 0; start = out.indexOf(opening)) {
    let depth = 0;
    const tags = /<(\/?)span\b[^>]*>/g;
    tags.lastIndex = start;
    for (let tag = tags.exec(out); tag; tag = tags.exec(out)) {
      depth += tag[1] ? -1 : 1;
      if (depth === 0) {
        out = out.slice(0, start) + out.slice(tags.lastIndex);
        break;
      }
    }
    if (depth !== 0) throw new Error(`an unclosed <span class="${className}">`);
  }
  return out;
}

test('no figure caption on any page runs two sentences together', async ({ request }) => {
  const joined: string[] = [];
  let captions = 0;
  for (const { path } of allPages) {
    const html = await (await request.get(path)).text();
    for (const [, figcaption] of html.matchAll(/<figcaption\b[^>]*>([\s\S]*?)<\/figcaption>/g)) {
      captions += 1;
      // A caption has words for the screen and words for paper, of which a reader meets one: read each edition's alone.
      for (const caption of [withoutSpans(figcaption!, 'on-paper'), withoutSpans(figcaption!, 'on-screen')]) {
        // Inline elements run on in the text; any other tag (a paragraph, a list item) ends a block.
        const text = caption
          .replace(/<\/?(a|span|b|i|em|strong|cite|sup|time|abbr|bdi)\b[^>]*>/g, '')
          .replace(/<[^>]+>/g, ' ')
          .replace(/&[#\w]+;/g, '’');
        // Astro 7 joins template lines without a space: "…after the first.Every count drawn…"
        for (const [run] of text.matchAll(/\p{Ll}[.:;]\p{Lu}\p{Ll}/gu)) joined.push(`/${path}: ${run}`);
      }
    }
  }
  expect(captions, 'captions read').toBeGreaterThan(5);
  expect(joined).toEqual([]);
});
