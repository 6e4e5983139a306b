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

const anchorsByPage = Map.groupBy(publishedAnchors(), (anchor) => anchor.page);

test('the published anchors cover the site', () => {
  expect([...anchorsByPage.values()].flat().length).toBeGreaterThan(20);
});

for (const [path, anchors] of anchorsByPage) {
  test(`every anchor published for ${path} still resolves to one element there`, async ({ page }) => {
    await page.goto(relative(path));
    const ids = anchors.map((anchor) => anchor.id);
    const counts = await page.evaluate((wanted) => wanted.map((id) => document.querySelectorAll(`[id="${CSS.escape(id)}"]`).length), ids);
    expect(Object.fromEntries(ids.map((id, i) => [`${path}#${id}`, counts[i]]))).toEqual(
      Object.fromEntries(ids.map((id) => [`${path}#${id}`, 1])),
    );
  });
}

test('an old id kept as an alias lands on the renamed heading', async ({ page }) => {
  const alias = publishedAnchors().find((a) => a.aliasOf);
  test.skip(!alias, 'no aliases are published yet');
  await page.goto(`${relative(alias!.page)}#${alias!.id}`);
  const heading = page.locator(`[id="${alias!.aliasOf}"]`);
  await expect(heading).toBeInViewport();
  expect((await heading.boundingBox())!.y).toBeGreaterThanOrEqual(await headerBottom(page));
});
