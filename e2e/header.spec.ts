import { expect, test, type Page } from '@playwright/test';
import { allPages, headerBottom, russianPages } from './site';

/**
 * The sticky header keeps one height at every width and on every page: where its row of chapters
 * would wrap, they move into the menu. A deep link's scroll offset is taken from that height, so
 * a header that grew would hide the heading a shared link points to.
 */

/** The header's height, and what of its visible contents sticks out of it or starts a second row. */
async function headerLayout(page: Page) {
  return page.getByRole('banner').evaluate((header) => {
    const box = header.getBoundingClientRect();
    const visible = [...header.querySelectorAll('a, summary')].filter((el) => el.checkVisibility());
    const outside = visible
      .filter((el) => {
        const r = el.getBoundingClientRect();
        return r.top < box.top || r.bottom > box.bottom || r.left < box.left || r.right > box.right;
      })
      .map((el) => el.textContent?.trim());
    const rowTops = new Set(visible.filter((el) => el.closest('nav')).map((el) => Math.round(el.getBoundingClientRect().top)));
    return { height: box.height, outside, navRows: rowTops.size };
  });
}

const everyWidth = Array.from({ length: (1920 - 320) / 32 + 1 }, (_, i) => 320 + i * 32);

// The Russian header has longer titles and its own width for the chapter row: its home page and a
// chapter (whose row marks itself in bold) stand for the rest, which share the same header.
const russianSample = russianPages.filter(({ path }) => path === 'ru/' || path === 'ru/samarkand-ceasefire/');

for (const { path, title } of [...allPages, ...russianSample]) {
  const name = path || 'the home page';

  test(`the header of ${name} keeps one height, on one row, at every width from 320 to 1920 px`, async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(path);
    await expect(page).toHaveTitle(new RegExp(title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
    await page.evaluate(() => document.fonts.ready);
    const layouts: Record<number, Awaited<ReturnType<typeof headerLayout>>> = {};
    for (const width of everyWidth) {
      await page.setViewportSize({ width, height: 800 });
      layouts[width] = await headerLayout(page);
    }
    const expected = Object.fromEntries(everyWidth.map((width) => [width, { height: layouts[320]!.height, outside: [], navRows: 1 }]));
    expect(layouts).toEqual(expected);
    // The height is a real header's: the name and the way to the chapters fit in it.
    expect(layouts[320]!.height).toBeGreaterThanOrEqual(44);
  });

  for (const width of [1024, 1280, 1440]) {
    test(`at ${width} px a link to the last section of ${name} lands with its heading whole below the header`, async ({ page }) => {
      await page.setViewportSize({ width, height: 800 });
      await page.goto(path);
      // The last section heading; the sources page has none, and its entries are what is linked to.
      const ids = await page.getByRole('main').evaluate((main) =>
        // Visible ones only: a chapter's source list, with its heading, is for paper.
        [...main.querySelectorAll(main.querySelector('h2[id]') ? 'h2[id]' : 'li[id]')]
          .filter((el) => el.checkVisibility())
          .map((el) => el.id),
      );
      expect(ids.length, `${name} has parts to link to`).toBeGreaterThan(0);
      const id = ids.at(-1)!;
      await page.goto(`${path}#${id}`);
      const target = page.locator(`[id="${id}"]`);
      await expect(target).toBeInViewport({ ratio: 1 });
      const box = (await target.boundingBox())!;
      expect(box.y, `#${id} clears the header`).toBeGreaterThanOrEqual(await headerBottom(page));
      expect(box.y + box.height, `#${id} ends inside the window`).toBeLessThanOrEqual(800);
    });
  }
}
