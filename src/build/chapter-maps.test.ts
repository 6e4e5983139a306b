/**
 * Every place the map data knows (content/data/places.yaml, with a published position) that a
 * chapter names in its text is drawn on that chapter's map: on the main map, the detail inset or
 * the locator, or as a clash marker at its position. A place named with no published position is
 * listed beside the map instead, and is not asked for here; nor are the locator's cities of a map
 * without a locator (the home page's), which has no room for Central Asia.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildBorderMap } from '../lib/map/border-map';
import { hasPosition } from '../lib/map/places';
import { locatorTopology, realPlaces, topology, words } from './map-test-fixtures';

const chapterDirectory = new URL('../../content/chapters/', import.meta.url);
const places = realPlaces();

/** A chapter's text as a reader reads it: no frontmatter, no citations, no components, no heading ids. */
function prose(mdx: string): string {
  return mdx
    .replace(/^---[\s\S]*?---/, '')
    .replace(/<[A-Z][^>]*\/>/g, ' ')
    .replace(/<\/?[A-Za-z][^>]*>/g, ' ')
    .replace(/\{#[a-z0-9-]+\}/g, ' ')
    .replace(/\]\([^)]*\)/g, ']');
}

const named = (text: string, name: string) =>
  new RegExp(`(^|[^\\p{L}-])${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^\\p{L}-])`, 'u').test(text);

const chaptersWithMaps = readdirSync(chapterDirectory)
  .filter((file) => file.endsWith('.mdx'))
  .flatMap((file) => {
    const mdx = readFileSync(new URL(file, chapterDirectory), 'utf8');
    const tag = /<BorderMap\b[^>]*\/>/.exec(mdx)?.[0];
    if (!tag) return [];
    const year = /year=\{(\d{4})\}/.exec(tag)?.[1];
    return [{ file, text: prose(mdx), year: year ? (Number(year) as 2021 | 2022) : undefined, compact: /\bcompact\b/.test(tag) }];
  });

describe('the places a chapter names', () => {
  it('finds the chapters with maps', () => {
    expect(chaptersWithMaps.map((c) => c.file)).toEqual(expect.arrayContaining(['clashes-2022.mdx', 'border.mdx']));
  });

  it.each(chaptersWithMaps)(
    'are on the map of $file when the map data gives their position',
    ({ text, year, compact }) => {
      const model = buildBorderMap({ topology, locatorTopology, places, year, compact, words });
      const drawn = [...model.drawn, ...(model.locator?.symbols.map((s) => s.place) ?? [])];
      const drawnIds = new Set(drawn.map((p) => p.id));
      const drawnSpots = new Set(drawn.filter(hasPosition).map((p) => `${p.longitude},${p.latitude}`));
      const missing = places
        .filter(hasPosition)
        .filter((p) => p.kind !== 'clash-site' && (model.locator || p.map !== 'locator') && named(text, p.name))
        .filter((p) => !drawnIds.has(p.id) && !drawnSpots.has(`${p.longitude},${p.latitude}`))
        .map((p) => p.name);
      expect(missing).toEqual([]);
      // A whole map is built here, as the site builds it: seconds on a busy machine.
    },
    60_000,
  );
});
