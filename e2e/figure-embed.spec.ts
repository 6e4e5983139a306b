/**
 * A figure embedded on another site, as a journalist would: a page on another origin pastes the
 * snippet a figure's page offers (lib/site/embed.ts, the same code) for two figures, with the
 * optional resizing script, and the site is served with the headers of dist/_headers.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { embedFrame, hostScript } from '../src/lib/site/embed.ts';
import { serveWithHeadersFile } from './served-headers';
import { words } from './words';

/** Another origin than the site's: the test serves the host page there itself. */
const HOST = 'http://news.example.test';
const EMBEDDED = ['figure-map', 'figure-toll-2022'];

test.afterEach(({ page }) => page.unrouteAll({ behavior: 'ignoreErrors' }));

/** Opens the host page with the two figures embedded, and returns what the site's frames refused or threw. */
async function openHost(page: Page, baseURL: string, withScript: boolean): Promise<string[]> {
  const site = new URL(baseURL).origin;
  const problems = await serveWithHeadersFile(page, site);
  const frames = EMBEDDED.map((id) =>
    embedFrame({ src: new URL(`figures/${id}/embed/`, baseURL).href, title: `Embedded ${id}`, width: 4, height: 5 }),
  );
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A story with two figures</title>
<meta name="viewport" content="width=device-width, initial-scale=1"></head>
<body><main><h1>A story with two figures</h1><p>Text before.</p>${frames.join('<p>Text between.</p>')}<p>Text after.</p></main>
${withScript ? hostScript(site) : ''}</body></html>`;
  await page.route(`${HOST}/**`, (route) => route.fulfill({ contentType: 'text/html', body: html }));
  await page.goto(`${HOST}/story/`);
  return problems;
}

test('a page on another site shows an embedded figure with its caption, sources and credit, fitted to its height', async ({
  page,
  baseURL,
}) => {
  const problems = await openHost(page, baseURL!, true);
  for (const id of EMBEDDED) {
    const frame = page.frameLocator(`iframe[title="Embedded ${id}"]`);
    await expect(frame.locator(`figure#${id}`)).toBeVisible();
    await expect(frame.locator('figcaption')).toContainText(words.figureSourcesLabel);
    await expect(frame.getByRole('link', { name: words.embed.credit(words.siteName) })).toBeVisible();
    await expect(frame.getByRole('banner')).toHaveCount(0);
    const iframe = page.locator(`iframe[title="Embedded ${id}"]`);
    await iframe.scrollIntoViewIfNeeded();
    const contentHeight = () => frame.locator('html').evaluate((html) => Math.ceil(html.getBoundingClientRect().height));
    await expect.poll(async () => (await iframe.boundingBox())?.height).toBe(await contentHeight());
  }
  expect(problems).toEqual([]);
});

test('without the host’s script, the frame keeps the ratio of its snippet', async ({ page, baseURL }) => {
  await page.setViewportSize({ width: 800, height: 900 });
  await openHost(page, baseURL!, false);
  const box = await page.locator('iframe').first().boundingBox();
  expect(box!.height / box!.width).toBeCloseTo(5 / 4, 1);
});

test('the embedded figure’s links open in a new tab, outside the sandbox', async ({ page, baseURL }) => {
  await openHost(page, baseURL!, true);
  const frame = page.frameLocator('iframe[title="Embedded figure-toll-2022"]');
  const [popup] = await Promise.all([
    page.waitForEvent('popup'),
    frame.getByRole('link', { name: words.embed.credit(words.siteName) }).click(),
  ]);
  await expect(popup).toHaveURL(new URL('figures/figure-toll-2022/', baseURL).href);
  await expect(popup.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page).toHaveURL(`${HOST}/story/`);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`axe finds no WCAG 2.2 A or AA violations in the embedded figures, in the ${colorScheme} colour scheme`, async ({
    page,
    baseURL,
  }) => {
    test.setTimeout(120_000);
    await page.emulateMedia({ colorScheme });
    await openHost(page, baseURL!, true);
    for (const id of EMBEDDED) await expect(page.frameLocator(`iframe[title="Embedded ${id}"]`).locator(`figure#${id}`)).toBeVisible();
    const results = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
      .options({ resultTypes: ['violations'] })
      .analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.length} × ${v.nodes[0]?.target.join(' ')} — ${v.help}`)).toEqual([]);
  });
}
