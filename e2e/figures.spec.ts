/**
 * Every numbered figure has a page of its own (/figures/<id>/): the chapter's figure, caption and
 * sources, one line back to the section it is placed in, and the page's own title, description,
 * canonical address and share card. One test walks all the figures' pages, so the suite does not
 * grow by a test per figure per spec.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { chapters, figures, publishedRoot } from './site';
import { words } from './words';

test('every figure the chapters show has a page, and every figure page is a figure the chapters show', async ({ request }) => {
  const shown = new Set<string>();
  for (const chapter of chapters) {
    const html = await (await request.get(chapter.path)).text();
    for (const [, id] of html.matchAll(/<figure id="(figure-[^"]+)" class="figure"/g)) shown.add(id!);
  }
  expect(shown.size, 'figures found on the chapters’ pages').toBeGreaterThan(0);
  expect(figures.map((f) => f.id).sort()).toEqual([...shown].sort());
  for (const id of shown) expect((await request.get(`figures/${id}/`)).status(), `/figures/${id}/`).toBe(200);
});

test('each figure page shows the chapter’s figure alone, under a title naming it and a line back to its section', async ({ page }) => {
  test.setTimeout(120_000);
  for (const figure of figures) {
    await page.goto(figure.path);
    const title = words.figurePage.title(words.figureName(figure.number), figure.chapter.title);
    await expect(page.getByRole('heading', { level: 1 }), figure.path).toHaveText(title);
    await expect(page).toHaveTitle(new RegExp(`^${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
    const shown = page.locator('main figure.figure');
    await expect(shown, `${figure.path} shows one figure`).toHaveCount(1);
    await expect(shown).toHaveAttribute('id', figure.id);
    await expect(shown.locator('.figure__number')).toHaveText(`${words.figureName(figure.number)}.`);
    await expect(shown.locator('.figure__sources').first()).toContainText(words.figureSourcesLabel);
    const home = page.locator('.figure-page__home');
    await expect(home.getByRole('link', { name: figure.chapter.title, exact: true })).toHaveAttribute('href', `/${figure.chapter.path}`);
    if (figure.section) {
      await expect(home.getByRole('link', { name: figure.section.text, exact: true })).toHaveAttribute(
        'href',
        `/${figure.chapter.path}#${figure.section.id}`,
      );
    }
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', new URL(figure.path, publishedRoot).href);
    await expect(page.locator('meta[property="og:image"]')).toHaveAttribute('content', new RegExp(`/og/${figure.chapter.id}\\.png$`));
  }
});

test('the section each figure page links back to is on its chapter’s page', async ({ request }) => {
  for (const figure of figures.filter((f) => f.section)) {
    const html = await (await request.get(figure.chapter.path)).text();
    expect(html, `${figure.path} → /${figure.chapter.path}#${figure.section!.id}`).toContain(`id="${figure.section!.id}"`);
  }
});

test('every figure’s caption in a chapter offers Embed, which opens the embed code on the figure’s own page', async ({ page }) => {
  for (const chapter of chapters) {
    await page.goto(chapter.path);
    for (const figure of figures.filter((f) => f.chapter.id === chapter.id)) {
      const caption = page.locator(`figure#${figure.id} > figcaption`);
      await expect(caption.getByRole('link', { name: words.embed.link, exact: true }), `${chapter.path}: ${figure.id}`).toHaveAttribute(
        'href',
        `/${figure.path}#embed`,
      );
    }
  }
  const figure = figures.find((f) => f.id === 'figure-toll-2022')!;
  await page.goto(figure.chapter.path);
  await page.locator(`figure#${figure.id} > figcaption`).getByRole('link', { name: words.embed.link, exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/${figure.path}#embed$`));
  await expect(page.getByRole('button', { name: words.embed.copyFrame })).toBeVisible();
  await expect(page.locator('#embed code').first()).toContainText(`/${figure.path}embed/`);
});

test('a figure shown in a frame offers no Embed of its own', async ({ page }) => {
  await page.goto('figures/figure-toll-2022/embed/');
  await expect(page.locator('figure#figure-toll-2022 figcaption')).toContainText(words.figureSourcesLabel);
  await expect(page.getByRole('link', { name: words.embed.link, exact: true })).toHaveCount(0);
});

for (const id of ['figure-map', 'figure-toll-2022']) {
  test(`axe finds no WCAG 2.2 A or AA violations on the page of ${id}`, async ({ page }) => {
    test.setTimeout(120_000);
    await page.goto(`figures/${id}/`);
    const results = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
      .options({ resultTypes: ['violations'] })
      .setLegacyMode()
      .analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.length} × ${v.nodes[0]?.target.join(' ')} — ${v.help}`)).toEqual([]);
  });
}
