/**
 * The Russian map names what the English map names. A Russian label runs longer than its English
 * one, and a label that finds no room is left off the map without a word: on a phone the home
 * page's Russian map once lost "Western Qalacha (to Kyrgyzstan in 2025)", which the text says the
 * map shows beside the place. Every map of the site, every layout, both languages.
 */
import { describe, expect, it } from 'vitest';
import { buildBorderMap, type BorderMapModel, type MapWords } from '../lib/map/border-map';
import { dictionaries } from '../i18n';
import { locatorTopology, realPlaces, topology } from './map-test-fixtures';

const mapWords = (locale: 'en' | 'ru'): MapWords => ({
  countries: dictionaries[locale].borderMap.countries,
  kilometres: dictionaries[locale].borderMap.kilometres,
});

/** The maps the site draws: the home page's, the border chapter's and each clash chapter's. */
const MAPS = [
  { name: 'the home page', compact: true },
  { name: 'the border chapter' },
  { name: 'the 2021 chapter', year: 2021 as const },
  { name: 'the 2022 chapter', year: 2022 as const },
];

/** What each panel and layout of a map labels, by label id: `main wide: vorukh, sokh, …`. */
function labelled(model: BorderMapModel): Record<string, string[]> {
  const panels = { main: model.main, inset: model.inset };
  return Object.fromEntries([
    ...Object.entries(panels).flatMap(([panel, model]) =>
      (model?.layouts ?? []).map((layout) => [`${panel} ${layout.name}`, layout.labels.map((label) => label.id).sort()]),
    ),
    ['locator', (model.locator?.labels ?? []).map((label) => label.id).sort()],
  ]);
}

describe('the Russian map', () => {
  it.each(MAPS)('of $name labels every place the English one labels, in every layout (and may label more)', ({ compact, year }) => {
    const build = (locale: 'en' | 'ru') =>
      labelled(buildBorderMap({ topology, locatorTopology, places: realPlaces(locale), year, compact, words: mapWords(locale) }));
    const russian = build('ru');
    for (const [layout, labels] of Object.entries(build('en'))) expect(russian[layout], layout).toEqual(expect.arrayContaining(labels));
  });
});
