import { expect, test, type Locator } from '@playwright/test';
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
});
