import { expect, test, type Locator, type Page } from '@playwright/test';
import { pdfPageTexts, printToPdf, squash } from './pdf';
import { russianWords, words } from './words';

/** The three pages that show the map, and what each must mark. */
const MAPS = [
  { path: 'border/', figure: 'figure-map', years: [words.borderMap.fighting(2021), words.borderMap.fighting(2022)] },
  { path: 'clashes-2021/', figure: 'figure-map-2021', years: [words.borderMap.fighting(2021)] },
  { path: 'clashes-2022/', figure: 'figure-map-2022', years: [words.borderMap.fighting(2022)] },
] as const;

function mapFigure(page: Page, id: string): Locator {
  return page.locator(`figure#${id}`);
}

/** The main map of a figure (not its inset). */
function mainMap(figure: Locator): Locator {
  return figure.getByRole('group', { name: /^Map of the / });
}

function insetMap(figure: Locator): Locator {
  return figure.getByRole('group', { name: words.borderMap.insetSvgTitle });
}

function markers(scope: Locator): Locator {
  return scope.getByRole('link', { name: /: clash site, / });
}

async function markerTargets(figure: Locator): Promise<string[]> {
  return markers(figure).evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
}

const CREDIT = words.borderMap.credit;

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('the border map is complete: areas, border line, labels, markers, inset, key, locator and credit', async ({ page }) => {
    await page.goto('border/');
    const figure = mapFigure(page, 'figure-map');
    const main = mainMap(figure);
    await expect(main).toHaveAccessibleName(words.borderMap.svgTitle());
    const labels = main.locator('.border-map__layout--wide text');
    for (const name of [
      words.borderMap.countries.KG,
      words.borderMap.countries.TJ,
      words.borderMap.countries.UZ,
      'Batken',
      'Isfara',
      'Vorukh',
      'Sokh',
      'Shakhimardan',
      'Western Qalacha',
    ]) {
      await expect(labels.filter({ hasText: new RegExp(`^(\\d+ )?${name}`) }), name).toBeVisible();
    }
    await expect(main.locator('.border-map__kg-tj')).toBeVisible();
    await expect(markers(main)).toHaveCount(7);
    const inset = insetMap(figure);
    await expect(figure.getByText(words.borderMap.insetTitle)).toBeVisible();
    for (const name of [words.borderMap.countries.KG, words.borderMap.countries.TJ, 'Isfara', 'Vorukh', 'Kok-Tash', 'Ak-Sai', 'Golovnoi']) {
      await expect(inset.locator('text').filter({ hasText: new RegExp(`^(\\d+ )?${name}`) }), `inset: ${name}`).toBeVisible();
    }
    await expect(markers(inset)).toHaveCount(5);
    const key = figure.getByRole('list', { name: words.borderMap.legendLabel });
    for (const entry of [
      words.borderMap.clashSite(2021),
      words.borderMap.clashSite(2022),
      words.borderMap.legendDisputed,
      words.borderMap.legendInset,
    ])
      await expect(key).toContainText(entry);
    await expect(figure.getByRole('img', { name: /^Where the map lies in Central Asia/ })).toBeVisible();
    await expect(figure).toContainText(CREDIT);
    await expect(figure.getByRole('link', { name: words.borderMap.creditLink })).toHaveAttribute('href', /\/about\/#map-viewpoint$/);
    await expect(figure).toContainText(words.borderMap.westernQalachaNote);
  });

  test('the caption names eight sources and folds the rest into a disclosure', async ({ page }) => {
    await page.goto('border/');
    const caption = mapFigure(page, 'figure-map').locator('figcaption');
    await expect(caption.locator('.figure__sources').first().getByRole('link')).toHaveCount(8);
    const all = caption.getByText(/^All \d+ sources for this map$/);
    const count = Number((await all.textContent())!.match(/\d+/)![0]);
    expect(count).toBeGreaterThan(8);
    await all.click();
    await expect(caption.locator('.figure__more-sources').getByRole('link')).toHaveCount(count - 8);
    await expect(caption.getByRole('link', { name: /GeoNames/ }).first()).toBeVisible();
  });

  for (const { path, id } of [
    { path: '', id: 'figure-map-home' },
    { path: 'border/', id: 'figure-map' },
    { path: 'clashes-2021/', id: 'figure-map-2021' },
    { path: 'clashes-2022/', id: 'figure-map-2022' },
  ]) {
    test(`the map's caption on /${path} names the sources of what it shows first and its data packages last`, async ({ page }) => {
      await page.goto(path);
      const caption = mapFigure(page, id).locator('figcaption');
      const shown = await caption.locator('.figure__sources').first().getByRole('link').allTextContents();
      expect(shown, 'the eight sources a reader sees').toHaveLength(8);
      expect(
        shown.filter((name) => /npm package/.test(name)),
        'no data package among them',
      ).toEqual([]);
      await caption.getByText(/^All \d+ sources for this map$/).click();
      const all = await caption.locator('.figure__sources').getByRole('link').allTextContents();
      // Reports first, then copies ("…, via …": mirrors, wire copies), then the data packages.
      const rank = (name: string) => (/npm package/.test(name) ? 2 : / via /.test(name) ? 1 : 0);
      const ranks = all.map(rank);
      expect(ranks[0], 'a report comes first').toBe(0);
      expect(
        ranks.flatMap((r, i) => (i > 0 && r < ranks[i - 1]! ? [all[i]] : [])),
        'no report after a copy, no report or copy after a data package',
      ).toEqual([]);
      expect(all.at(-1)).toMatch(/npm package/);
    });
  }

  test('the table of places gives each position as published, neither padded nor rounded, with its source, Golovnoi in neither country', async ({
    page,
  }) => {
    await page.goto('border/');
    const figure = mapFigure(page, 'figure-map');
    await figure.getByText(words.borderMap.tableLabel, { exact: true }).click();
    const table = figure.getByRole('table', { name: /Places on the map/ });
    await expect(table.getByRole('row', { name: /^Vorukh exclave 39\.85, 70\.5833 / })).toBeVisible();
    await expect(
      table.getByRole('row', { name: /^Ak-Sai village 39\.87438, 70\.52211 Position from the GeoNames gazetteer/ }),
    ).toBeVisible();
    await expect(table.getByRole('row', { name: /^Batken airport .* not on the map: no published position/ })).toBeVisible();
    await expect(
      table.getByRole('row', { name: /^Golovnoi water intake .*\(approximate\).*Tajik statements call it Sarband.*in neither country/ }),
    ).toBeVisible();
  });

  test('the Russian table writes a position with the decimal comma and a semicolon between the two numbers', async ({ page }) => {
    await page.goto('ru/border/');
    const figure = mapFigure(page, 'figure-map');
    await figure.getByText(russianWords.borderMap.tableLabel, { exact: true }).click();
    const table = figure.getByRole('table', { name: russianWords.borderMap.tableCaption });
    await expect(table.getByRole('row', { name: /^Ворух эксклав 39,85; 70,5833 / })).toBeVisible();
    await expect(table.getByRole('row', { name: /^Ак-Сай село 39,87438; 70,52211 / })).toBeVisible();
  });
});

test('the home page shows the compact map before the story, with the exclaves, both years and the credit', async ({ page }) => {
  await page.goto('');
  const figure = mapFigure(page, 'figure-map-home');
  const main = mainMap(figure);
  for (const name of [
    words.borderMap.countries.KG,
    words.borderMap.countries.TJ,
    words.borderMap.countries.UZ,
    'Vorukh',
    'Sokh',
    'Shakhimardan',
  ]) {
    await expect(main.locator('.border-map__layout--wide text').filter({ hasText: new RegExp(`^(\\d+ )?${name}`) }), name).toBeVisible();
  }
  await expect(main.getByRole('link', { name: /clash site, April 2021/ }).first()).toBeVisible();
  await expect(main.getByRole('link', { name: /clash site, September 2022/ }).first()).toBeVisible();
  await expect(figure).toContainText(CREDIT);
  await expect(figure.getByRole('link', { name: /^The full map/ })).toHaveAttribute('href', /\/border\/#figure-map$/);
  const storyTop = await page.getByRole('heading', { name: 'The story in brief' }).boundingBox();
  expect((await figure.boundingBox())!.y).toBeLessThan(storyTop!.y);
});

for (const map of MAPS) {
  test(`every marker on the ${map.path} map links to a section of the text that exists`, async ({ page }) => {
    await page.goto(map.path);
    const targets = await markerTargets(mapFigure(page, map.figure));
    expect(targets.length).toBeGreaterThan(2);
    // Each page the markers lead to is loaded once, and every section of it they name is checked there.
    const idsByPage = Map.groupBy(new Set(targets), (target) => new URL(target, page.url()).href.split('#')[0]!);
    for (const [path, pageTargets] of idsByPage) {
      await page.goto(path);
      for (const target of pageTargets) {
        const id = new URL(target, page.url()).hash.slice(1);
        await expect(page.locator(`[id="${id}"]`), target).toHaveCount(1);
        await expect(page.getByRole('heading').and(page.locator(`#${id}`)), target).toBeVisible();
      }
    }
  });

  test(`the ${map.path} map marks the clash sites of ${map.years.join(' and ')} only`, async ({ page }) => {
    await page.goto(map.path);
    const figure = mapFigure(page, map.figure);
    for (const year of [words.borderMap.fighting(2021), words.borderMap.fighting(2022)]) {
      const count = await figure.getByRole('link', { name: new RegExp(`clash site, ${year}`) }).count();
      if ((map.years as readonly string[]).includes(year)) expect(count, year).toBeGreaterThan(0);
      else expect(count, year).toBe(0);
    }
  });
}

test('the map figure can be linked to, and the clash chapters link back to it and to its table of places', async ({ page }) => {
  await page.goto('border/#figure-map');
  await expect(mapFigure(page, 'figure-map')).toBeInViewport();
  for (const map of MAPS.filter((m) => m.path !== 'border/')) {
    await page.goto(map.path);
    await expect(page.getByRole('main').getByRole('link', { name: 'the map in The border' })).toHaveAttribute(
      'href',
      /\/border\/#figure-map$/,
    );
    // A year's map repeats no table: its places are rows of the full map's.
    const figure = mapFigure(page, map.figure);
    await expect(figure.getByRole('table')).toHaveCount(0);
    await expect(figure.getByRole('link', { name: words.borderMap.placesTableLink })).toHaveAttribute('href', /\/border\/#figure-map$/);
  }
});

test('the keyboard reaches every marker of the map, in turn', async ({ page }) => {
  await page.goto('border/');
  const names = await markers(mapFigure(page, 'figure-map')).evaluateAll((links) => links.map((a) => a.getAttribute('aria-label')!));
  await page.getByRole('main').getByRole('link', { name: '2022', exact: true }).focus();
  const reached: string[] = [];
  for (let i = 0; i < 80 && reached.length < names.length; i++) {
    await page.keyboard.press('Tab');
    const label = await page.evaluate(() =>
      document.activeElement?.closest('.border-map') ? document.activeElement.getAttribute('aria-label') : null,
    );
    if (label) reached.push(label);
  }
  expect(reached).toEqual(names);
});

test('hovering or focusing a marker shows what happened there, without downloading map data', async ({ page }) => {
  const requested: string[] = [];
  page.on('request', (request) => requested.push(request.url()));
  await page.goto('clashes-2022/');
  const figure = mapFigure(page, 'figure-map-2022');
  const akSai = mainMap(figure).getByRole('link', { name: /^\d+\. Ak-Sai: clash site, September 2022/ });
  await akSai.hover();
  const detail = figure.locator('.border-map__frame').first().locator('.border-map__detail');
  await expect(detail).toBeVisible();
  await expect(detail).toContainText('Tajik forces briefly held the village');
  await page.keyboard.press('Escape');
  await expect(detail).toBeHidden();
  await akSai.focus();
  await expect(detail).toBeVisible();
  expect(requested.filter((url) => /\.(?:json|topojson|geojson)(?:$|\?)/.test(url))).toEqual([]);
});

test.describe('on a 390 px phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true });

  test('the map is at least 260 px tall, keeps its country names and the names of Vorukh and Sokh, and its markers do not overlap', async ({
    page,
  }) => {
    await page.goto('border/');
    const main = mainMap(mapFigure(page, 'figure-map'));
    expect((await main.boundingBox())!.height).toBeGreaterThanOrEqual(260);
    await expect(main.locator('.border-map__layout--wide')).toBeHidden();
    const narrow = main.locator('.border-map__layout--narrow');
    // A place with clash markers is named after their number: "4 Vorukh".
    for (const name of [words.borderMap.countries.KG, words.borderMap.countries.TJ, words.borderMap.countries.UZ, 'Vorukh', 'Sokh'])
      await expect(narrow.locator('text').filter({ hasText: new RegExp(`^(\\d+ )?${name}$`) }), name).toBeVisible();
    const heights = await narrow
      .locator('.border-map__labels text')
      .evaluateAll((texts) => texts.map((t) => t.getBoundingClientRect().height / (t.querySelectorAll('tspan').length + 1)));
    expect(heights.length).toBeGreaterThan(0);
    for (const height of heights) expect(height).toBeGreaterThanOrEqual(10);
    const boxes = await markers(main).evaluateAll((links) =>
      links.map((a) => a.querySelector('.border-map__shape')!.getBoundingClientRect().toJSON() as DOMRect),
    );
    expect(boxes).toHaveLength(7);
    for (const [i, a] of boxes.entries()) {
      for (const b of boxes.slice(i + 1))
        expect(a.right <= b.left || b.right <= a.left || a.bottom <= b.top || b.bottom <= a.top, 'two markers overlap').toBe(true);
    }
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  });

  for (const { path, id } of [
    { path: '', id: 'figure-map-home' },
    { path: 'border/', id: 'figure-map' },
    { path: 'clashes-2021/', id: 'figure-map-2021' },
    { path: 'clashes-2022/', id: 'figure-map-2022' },
  ]) {
    test(`on /${path} no two clash markers overlap, and each carries a number the key below the map explains`, async ({ page }) => {
      await page.goto(path);
      const figure = mapFigure(page, id);
      const maps = figure.locator('svg.border-map__svg');
      expect(await maps.count()).toBeGreaterThan(0);
      const keyEntries = figure.getByRole('list', { name: words.borderMap.siteKeyLabel }).getByRole('listitem');
      const keyed = await keyEntries.evaluateAll((items) => items.map((li) => (li as HTMLLIElement).value));
      expect(keyed, 'the key numbers the sites 1, 2, 3…').toEqual(keyed.map((_, i) => i + 1));
      for (const svg of await maps.all()) {
        const shown = await svg.evaluate((root) => {
          const visible = (el: Element) => el.getClientRects().length > 0;
          const labels = [...root.querySelectorAll('.border-map__labels text')].filter(visible).map((t) => t.textContent ?? '');
          return [...root.querySelectorAll('a.border-map__marker')].filter(visible).map((a) => ({
            name: a.getAttribute('aria-label'),
            number: Number(a.getAttribute('data-number')),
            box: a.querySelector('.border-map__shape')!.getBoundingClientRect().toJSON() as DOMRect,
            numberInside: a.querySelector('.border-map__marker-number') !== null,
            numberBeside: labels.some((text) => new RegExp(`^${a.getAttribute('data-number')}( |$)`).test(text)),
          }));
        });
        expect(shown.length).toBeGreaterThan(0);
        for (const [i, a] of shown.entries()) {
          expect(a.numberInside || a.numberBeside, `${a.name} shows its number`).toBe(true);
          expect(keyed, `${a.name}'s number is in the key`).toContain(a.number);
          for (const b of shown.slice(i + 1)) {
            const apart = a.box.right <= b.box.left || b.box.right <= a.box.left || a.box.bottom <= b.box.top || b.box.bottom <= a.box.top;
            expect(apart, `${a.name} and ${b.name} overlap`).toBe(true);
          }
        }
      }
      await expect(keyEntries.first().getByRole('link').first()).toBeVisible();
    });
  }

  test('tapping a marker opens the section about that place', async ({ page }) => {
    await page.goto('clashes-2022/');
    await mainMap(mapFigure(page, 'figure-map-2022'))
      .getByRole('link', { name: /^\d+\. Ak-Sai: clash site, September 2022/ })
      .tap();
    await expect(page).toHaveURL(/#day-16-september-2022$/);
    await expect(page.getByRole('heading').and(page.locator('#day-16-september-2022'))).toBeInViewport();
  });
});

test('in dark mode the map’s labels are light on dark, as the text is', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('border/');
  const label = mapFigure(page, 'figure-map')
    .locator('.border-map__layout--wide text')
    .filter({ hasText: /^Batken$/ });
  const [fill, paper] = await label.evaluate((t) => [getComputedStyle(t).fill, getComputedStyle(document.body).color]);
  expect(fill).toBe(paper);
  expect(fill).toBe('rgb(233, 230, 223)');
});

test('printed, the map keeps its key and caption with its detail, and the main map is on that page or the one before', async ({ page }) => {
  await page.goto('border/');
  const pages = (await pdfPageTexts(await printToPdf(page))).map(squash);
  const captionPage = pages.findIndex((text) => text.includes('detail:isfara,vorukh,kok-tashandak-sai') && text.includes('figure1.'));
  expect(captionPage, 'one page carries the detail map, the key and the caption').toBeGreaterThanOrEqual(0);
  for (const part of [
    'vorukh',
    'bishkek',
    'samarkand',
    'clashsite,september2022',
    'figure1.',
    'boundaries©openstreetmapcontributors(odbl)',
  ]) {
    expect(pages[captionPage], part).toContain(part);
  }
  const mainMap = (text: string) => text.includes('shakhimardan') && text.includes('westernqalacha');
  expect(
    mainMap(pages[captionPage]!) || mainMap(pages[captionPage - 1] ?? ''),
    'the main map is beside its caption or just before it',
  ).toBe(true);
});
