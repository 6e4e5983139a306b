import { expect, test, type Page } from '@playwright/test';
import { headerBottom } from './site';
import { words } from './words';

/**
 * Long pages leave their off-screen h2 sections unlaid out (`content-visibility: auto`). A reader
 * following a link to a heading far down must still land on it, and paper must get every section.
 */

/** The last h2 of the page's text, its id and its words, read from the page itself. */
async function lastSectionHeading(page: Page, path: string): Promise<{ id: string; name: string }> {
  await page.goto(path);
  const headings = await page
    .locator('.chapter-section h2[id]')
    .evaluateAll((els) => els.map((el) => ({ id: el.id, name: el.textContent!.trim() })));
  expect(headings.length, `${path} has h2 sections`).toBeGreaterThan(3);
  // Leave the page, so the deep link below is a fresh load and not a jump within the document.
  await page.goto('about:blank');
  return headings.at(-1)!;
}

async function expectLandsOn(page: Page, path: string, heading: { id: string; name: string }): Promise<void> {
  await page.goto(`${path}#${heading.id}`);
  const target = page.getByRole('heading', { level: 2, name: heading.name, exact: true });
  await expect(target).toBeInViewport();
  const box = (await target.boundingBox())!;
  expect(box.y).toBeGreaterThanOrEqual(await headerBottom(page));
  expect(await target.evaluate((el) => el.matches(':target'))).toBe(true);
  // Far down: the page was scrolled several screens to get there.
  expect(await page.evaluate(() => window.scrollY / window.innerHeight)).toBeGreaterThan(3);
}

for (const width of [390, 1280]) {
  test.describe(`At ${width} px wide`, () => {
    test.use({ viewport: { width, height: 800 } });

    test('a link to the last section of the 2022 chapter lands with its heading visible below the sticky header', async ({ page }) => {
      const heading = await lastSectionHeading(page, 'clashes-2022/');
      await expectLandsOn(page, 'clashes-2022/', heading);
    });

    test('a link to the last section of the print edition lands with its heading visible below the sticky header', async ({ page }) => {
      const heading = await lastSectionHeading(page, 'print/');
      await expectLandsOn(page, 'print/', heading);
    });
  });
}

test('after a link far down the 2022 chapter, the contents mark the section it led to', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  const heading = await lastSectionHeading(page, 'clashes-2022/');
  await page.goto(`clashes-2022/#${heading.id}`);
  const toc = page.getByRole('navigation', { name: words.onThisPage });
  await expect(toc.getByRole('link', { name: heading.name, exact: true })).toHaveAttribute('aria-current', 'true');
  await expect(toc.locator('[aria-current]')).toHaveCount(1);
});

test('the sections of the 2022 chapter are skipped off screen, and every one is laid out on paper', async ({ page }) => {
  await page.goto('clashes-2022/');
  const sections = page.locator('.chapter-section');
  expect(await sections.count()).toBeGreaterThan(3);
  const visibility = () => sections.evaluateAll((els) => [...new Set(els.map((el) => getComputedStyle(el).contentVisibility))]);
  expect(await visibility()).toEqual(['auto']);
  await page.emulateMedia({ media: 'print' });
  expect(await visibility()).toEqual(['visible']);
});

test('the chapters of the print edition are skipped off screen and laid out in full when printed', async ({ page }) => {
  await page.goto('print/');
  const chapters = page.locator('.print-chapter');
  expect(await chapters.evaluateAll((els) => els.map((el) => getComputedStyle(el).contentVisibility))).toContain('auto');
  await page.emulateMedia({ media: 'print' });
  const skipped = await page
    .locator('.print-chapter, .chapter-section')
    .evaluateAll((els) => els.filter((el) => getComputedStyle(el).contentVisibility !== 'visible').length);
  expect(skipped).toBe(0);
});

test('find in page reaches words in a section that was never on screen', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 800 });
  await page.goto('clashes-2022/');
  const paragraph = page.locator('.chapter-section').last().locator('p').first();
  const words = (await paragraph.textContent())!.trim().slice(0, 40);
  expect(await paragraph.evaluate((el) => el.getBoundingClientRect().top / window.innerHeight)).toBeGreaterThan(3);
  // window.find drives the browser's own text search, which selects the match and scrolls to it.
  expect(await page.evaluate((text) => (window as unknown as { find(text: string): boolean }).find(text), words)).toBe(true);
  expect(await paragraph.evaluate((el) => el.contains(window.getSelection()!.anchorNode))).toBe(true);
  await expect(paragraph).toBeInViewport();
});

test('the entries of /sources/ are skipped off screen, a link to the last one lands on it below the header, and paper lays out every one', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 800 });
  await page.goto('sources/');
  const entries = page.locator('.source-list > li');
  expect(await entries.count()).toBeGreaterThan(100);
  const visibility = () => entries.evaluateAll((els) => [...new Set(els.map((el) => getComputedStyle(el).contentVisibility))]);
  expect(await visibility()).toEqual(['auto']);
  const last = (await entries.last().getAttribute('id'))!;
  await page.goto('about:blank');
  await page.goto(`sources/#${last}`);
  const target = page.locator(`[id="${last}"]`);
  await expect(target).toBeInViewport();
  expect((await target.boundingBox())!.y).toBeGreaterThanOrEqual(await headerBottom(page));
  expect(await page.evaluate(() => window.scrollY / window.innerHeight)).toBeGreaterThan(3);
  await page.emulateMedia({ media: 'print' });
  expect(await visibility()).toEqual(['visible']);
});
