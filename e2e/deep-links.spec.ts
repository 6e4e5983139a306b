import { expect, test } from '@playwright/test';
import { headerBottom, publishedAnchors, relative } from './site';

for (const width of [390, 1280]) {
  test.describe(`At ${width} px wide`, () => {
    test.use({ viewport: { width, height: 800 } });

    test('a link to a section lands with its heading visible below the sticky header and marked as the target', async ({ page }) => {
      await page.goto('clashes-2022/#casualties-2022');
      const heading = page.getByRole('heading', { name: 'Casualties, as reported over time' });
      await expect(heading).toBeInViewport();
      const box = await heading.boundingBox();
      expect(box!.y).toBeGreaterThanOrEqual(await headerBottom(page));
      expect(await heading.evaluate((el) => el.matches(':target'))).toBe(true);
    });

    test('a link to a section near the end of a long page also lands on its heading', async ({ page }) => {
      await page.goto('border/#incident-1989');
      const heading = page.locator('#incident-1989');
      await expect(heading).toBeInViewport();
      expect((await heading.boundingBox())!.y).toBeGreaterThanOrEqual(await headerBottom(page));
    });
  });
}

test('every published anchor still resolves to an element on its page', async ({ page }) => {
  const anchors = publishedAnchors();
  expect(anchors.length).toBeGreaterThan(20);
  const byPage = Map.groupBy(anchors, (a) => a.page);
  for (const [path, list] of byPage) {
    await page.goto(relative(path));
    for (const anchor of list) {
      await expect(page.locator(`[id="${anchor.id}"]`), `${path}#${anchor.id}`).toHaveCount(1);
    }
  }
});

test('an old id kept as an alias lands on the renamed heading', async ({ page }) => {
  const alias = publishedAnchors().find((a) => a.aliasOf);
  test.skip(!alias, 'no aliases are published yet');
  await page.goto(`${relative(alias!.page)}#${alias!.id}`);
  const heading = page.locator(`[id="${alias!.aliasOf}"]`);
  await expect(heading).toBeInViewport();
  expect((await heading.boundingBox())!.y).toBeGreaterThanOrEqual(await headerBottom(page));
});
