import { expect, test, type Locator, type Page } from '@playwright/test';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** The three pages that show the map, and what each must mark. */
const MAPS = [
  { path: 'border/', figure: 'figure-map', years: ['April 2021', 'September 2022'] },
  { path: 'clashes-2021/', figure: 'figure-map-2021', years: ['April 2021'] },
  { path: 'clashes-2022/', figure: 'figure-map-2022', years: ['September 2022'] },
] as const;

function mapFigure(page: Page, id: string): Locator {
  return page.locator(`figure#${id}`);
}

function markers(figure: Locator): Locator {
  return figure.getByRole('link', { name: /: clash site, / });
}

async function markerTargets(figure: Locator): Promise<string[]> {
  return markers(figure).evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
}

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('the border map is complete: areas, border line, labels, markers, key, locator and credit', async ({ page }) => {
    await page.goto('border/');
    const figure = mapFigure(page, 'figure-map');
    await expect(figure.getByRole('group', { name: 'Map of the Kyrgyz–Tajik border, its exclaves and the clash sites' })).toBeVisible();
    const labels = figure.locator('.border-map__layout--wide text');
    for (const name of ['KYRGYZSTAN', 'TAJIKISTAN', 'UZBEKISTAN', 'Batken', 'Isfara', 'Vorukh', 'Sokh', 'Shakhimardan', 'Western Qalacha']) {
      await expect(labels.filter({ hasText: new RegExp(`^${name}`) }), name).toBeVisible();
    }
    await expect(figure.locator('.border-map__kg-tj').first()).toBeVisible();
    await expect(markers(figure)).toHaveCount(7);
    const key = figure.getByRole('list', { name: 'Key to the map' });
    await expect(key).toContainText('Clash site, April 2021');
    await expect(key).toContainText('Clash site, September 2022');
    await expect(figure.getByRole('img', { name: /^Where the map lies in Central Asia/ })).toBeVisible();
    await expect(figure).toContainText('Boundaries: Natural Earth (de facto lines), which predate the 2025 treaty; positions marked approximate are approximate.');
    await expect(figure.getByRole('link', { name: 'What the map data shows' })).toHaveAttribute('href', /\/about\/#map-viewpoint$/);
    await expect(figure).toContainText('Western Qalacha passed to Kyrgyzstan under the 2025 settlement');
  });

  test('the table of places gives each position with its source', async ({ page }) => {
    await page.goto('border/');
    const figure = mapFigure(page, 'figure-map');
    await figure.getByText('The places on the map, with coordinates and sources', { exact: true }).click();
    const table = figure.getByRole('table', { name: /Places on the map/ });
    await expect(table.getByRole('row', { name: /^Vorukh exclave 39\.8500, 70\.5833/ })).toBeVisible();
    await expect(table.getByRole('row', { name: /^Batken airport .* not on the map: no published position/ })).toBeVisible();
    await expect(table.getByRole('row', { name: /^Golovnoi water intake .*\(approximate\)/ })).toBeVisible();
  });
});

for (const map of MAPS) {
  test(`every marker on the ${map.path} map links to a section of the text that exists`, async ({ page }) => {
    await page.goto(map.path);
    const targets = await markerTargets(mapFigure(page, map.figure));
    expect(targets.length).toBeGreaterThan(2);
    for (const target of new Set(targets)) {
      const [path, id] = new URL(target, page.url()).href.split('#');
      await page.goto(path!);
      await expect(page.locator(`[id="${id}"]`), target).toHaveCount(1);
      await expect(page.getByRole('heading').and(page.locator(`#${id}`)), target).toBeVisible();
    }
  });

  test(`the ${map.path} map marks the clash sites of ${map.years.join(' and ')} only`, async ({ page }) => {
    await page.goto(map.path);
    const figure = mapFigure(page, map.figure);
    for (const year of ['April 2021', 'September 2022']) {
      const count = await figure.getByRole('link', { name: new RegExp(`clash site, ${year}`) }).count();
      if ((map.years as readonly string[]).includes(year)) expect(count, year).toBeGreaterThan(0);
      else expect(count, year).toBe(0);
    }
  });
}

test('the map figure can be linked to, and the clash chapters link back to it', async ({ page }) => {
  await page.goto('border/#figure-map');
  await expect(mapFigure(page, 'figure-map')).toBeInViewport();
  for (const path of ['clashes-2021/', 'clashes-2022/']) {
    await page.goto(path);
    await expect(page.getByRole('main').getByRole('link', { name: 'the map in The border' })).toHaveAttribute('href', /\/border\/#figure-map$/);
  }
});

test('the keyboard reaches every marker of the map, in turn', async ({ page }) => {
  await page.goto('border/');
  const names = await markers(mapFigure(page, 'figure-map')).evaluateAll((links) => links.map((a) => a.getAttribute('aria-label')!));
  await page.getByRole('main').getByRole('link', { name: '2022', exact: true }).focus();
  const reached: string[] = [];
  for (let i = 0; i < 80 && reached.length < names.length; i++) {
    await page.keyboard.press('Tab');
    const label = await page.evaluate(() => (document.activeElement?.closest('.border-map') ? document.activeElement.getAttribute('aria-label') : null));
    if (label) reached.push(label);
  }
  expect(reached).toEqual(names);
});

test('hovering or focusing a marker shows what happened there, without downloading map data', async ({ page }) => {
  const requested: string[] = [];
  page.on('request', (request) => requested.push(request.url()));
  await page.goto('clashes-2022/');
  const figure = mapFigure(page, 'figure-map-2022');
  const akSai = figure.getByRole('link', { name: /^Ak-Sai: clash site, September 2022/ });
  await akSai.hover();
  const detail = figure.locator('.border-map__detail');
  await expect(detail).toBeVisible();
  await expect(detail).toContainText('Tajik forces briefly held the village');
  await page.keyboard.press('Escape');
  await expect(detail).toBeHidden();
  await akSai.focus();
  await expect(detail).toBeVisible();
  expect(requested.filter((url) => /\.(?:json|topojson|geojson)(?:$|\?)/.test(url))).toEqual([]);
});

test('at 320 px wide the map switches to its phone layout with legible labels', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 800 });
  await page.goto('border/');
  const figure = mapFigure(page, 'figure-map');
  await expect(figure.locator('.border-map__layout--wide')).toBeHidden();
  await expect(figure.locator('.border-map__layout--narrow')).toBeVisible();
  const heights = await figure.locator('.border-map__layout--narrow .border-map__labels text').evaluateAll((texts) => texts.map((t) => t.getBoundingClientRect().height / (t.querySelectorAll('tspan').length + 1)));
  expect(heights.length).toBeGreaterThan(5);
  for (const height of heights) expect(height).toBeGreaterThanOrEqual(10);
  await expect(markers(figure)).toHaveCount(7);
  const page320 = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(page320).toBeLessThanOrEqual(320);
});

test('in dark mode the map’s labels are light on dark, as the text is', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('border/');
  const label = mapFigure(page, 'figure-map').locator('.border-map__layout--wide text').filter({ hasText: /^Batken$/ });
  const [fill, paper] = await label.evaluate((t) => [getComputedStyle(t).fill, getComputedStyle(document.body).color]);
  expect(fill).toBe(paper);
  expect(fill).toBe('rgb(233, 230, 223)');
});

/** The text of each page of a PDF, white space and case dropped. */
async function pdfPageTexts(pdf: Buffer): Promise<string[]> {
  const document = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: true }).promise;
  const pages: string[] = [];
  for (let n = 1; n <= document.numPages; n++) {
    const content = await (await document.getPage(n)).getTextContent();
    pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join('').replace(/\s+/g, '').toLowerCase());
  }
  return pages;
}

test('printed, the map, its key and its caption stay together on one page', async ({ page }) => {
  await page.goto('border/');
  await page.emulateMedia({ media: 'print' });
  const pages = await pdfPageTexts(await page.pdf({ preferCSSPageSize: true }));
  const withMap = pages.filter((text) => text.includes('kyrgyzstan') && text.includes('shakhimardan') && text.includes('clashsite,april2021'));
  expect(withMap).toHaveLength(1);
  const [mapPage] = withMap;
  for (const part of ['vorukh', 'westernqalacha', 'bishkek', 'samarkand', 'clashsite,september2022', 'figure1.', 'boundaries:naturalearth']) {
    expect(mapPage, part).toContain(part);
  }
});
