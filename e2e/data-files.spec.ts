import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { csvParse } from 'd3-dsv';
import { parse } from 'yaml';
import { DATA_FILES, fileAnchor, fileName, MEDIA_TYPES } from '../src/lib/data-files/catalogue.ts';
import { featureCollectionProblems } from '../src/lib/data-files/geojson-check.ts';
import { russianWords as ru, words } from './words';

/**
 * /data/ and its files as a reader downloads them from the built site: each is served with its
 * media type, parses, has the columns /data/ lists and one record per row of the content file it
 * is made from, and names every row's sources.
 */

const rowsOf = (file: string) => (parse(readFileSync(new URL(`../content/data/${file}`, import.meta.url), 'utf8')) as unknown[]).length;
/** Rows in the content file each data file is made from: what its record count must equal. */
const EXPECTED_ROWS = {
  casualties: rowsOf('casualties.yaml'),
  'chronology-csv': rowsOf('events.yaml'),
  'chronology-json': rowsOf('events.yaml'),
  places: rowsOf('places.yaml'),
  'border-lengths': rowsOf('border-lengths.yaml'),
};

const relative = (path: string) => path.replace(/^\//, '');

for (const file of DATA_FILES) {
  test(`${file.path} is served as ${MEDIA_TYPES[file.format]}, parses, and has a record with sources for each of the ${EXPECTED_ROWS[file.id]} rows of its data`, async ({
    request,
  }) => {
    const response = await request.get(relative(file.path));
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toMatch(new RegExp(`^${MEDIA_TYPES[file.format].replace('+', '\\+')}\\b`));
    const text = await response.text();
    if (file.format === 'csv') {
      const rows = csvParse(text);
      expect(rows.columns).toEqual([...file.columns]);
      expect(rows).toHaveLength(EXPECTED_ROWS[file.id]);
      for (const row of rows) {
        expect(row.source, `row ${row.id} names its sources`).toMatch(/\S/);
        expect(row.source_publisher!.split('; ')).toHaveLength(row.source!.split('; ').length);
        expect(row.source_url!.split('; ')).toHaveLength(row.source!.split('; ').length);
      }
    } else if (file.format === 'json') {
      const { events } = JSON.parse(text) as { events: Array<Record<string, unknown> & { sources: unknown[] }> };
      expect(events).toHaveLength(EXPECTED_ROWS[file.id]);
      for (const event of events) {
        expect(Object.keys(event).every((key) => file.columns.includes(key))).toBe(true);
        expect(event.sources.length, `event ${String(event.id)} names its sources`).toBeGreaterThan(0);
      }
    } else {
      const collection = JSON.parse(text) as { attribution: string; features: Array<{ properties: Record<string, unknown> }> };
      expect(featureCollectionProblems(collection)).toEqual([]);
      expect(collection.features).toHaveLength(EXPECTED_ROWS[file.id]);
      expect(collection.attribution).toContain('© OpenStreetMap contributors');
      for (const { properties } of collection.features) {
        expect(Object.keys(properties).every((key) => file.columns.includes(key))).toBe(true);
        expect(typeof properties.approximate === 'boolean' || properties.approximate === null).toBe(true);
        const cited = [...(properties.position_sources as unknown[]), ...((properties.event_sources as unknown[] | undefined) ?? [])];
        expect(cited.length, `${String(properties.name)} names its sources`).toBeGreaterThan(0);
      }
    }
  });
}

test('/data/ lists every file with its row count, a download link and a linkable section, and the footer links to it', async ({ page }) => {
  await page.goto('');
  await page.getByRole('contentinfo').getByRole('link', { name: words.dataFiles.footerLink }).click();
  await expect(page.getByRole('heading', { level: 1, name: words.dataFiles.title })).toBeVisible();
  for (const file of DATA_FILES) {
    const section = page.getByRole('region', { name: words.dataFiles.files[file.id].name, exact: true });
    await expect(section.getByRole('link', { name: words.dataFiles.download(fileName(file)) })).toHaveAttribute(
      'href',
      new RegExp(`${file.path}$`),
    );
    await expect(section.locator('[data-rows]')).toHaveAttribute('data-rows', String(EXPECTED_ROWS[file.id]));
    await expect(section.getByRole('link', { name: words.sectionLink(words.dataFiles.files[file.id].name) })).toHaveAttribute(
      'href',
      `#${fileAnchor(file)}`,
    );
    await expect(section.getByRole('rowheader')).toHaveText([...file.columns]);
  }
});

test('the Russian /data/ gives each file the size of the one file it links to, not of a Russian file that does not exist', async ({
  page,
  request,
}) => {
  await page.goto('ru/data/');
  for (const file of DATA_FILES) {
    const bytes = (await (await request.get(relative(file.path))).body()).length;
    const section = page.getByRole('region', { name: ru.dataFiles.files[file.id].name, exact: true });
    await expect(section.getByRole('definition').filter({ hasText: ru.dataFiles.size('') })).toHaveText(
      ru.dataFiles.size(String(Math.round(bytes / 1024))),
    );
  }
});
