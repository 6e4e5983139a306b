/**
 * The border map's places, read from content/data/places.yaml with their words in one language
 * (content/data/text/<locale>/places.yaml) once per build and language, and checked against
 * the rest of the site: source ids must exist and be cited in the text (so the sources page has
 * an entry to link to), and every section link must land on a heading. A failed check stops the
 * build with the row named.
 */
import { siteContent } from './site-content';
import { placesIn } from './localized-data';
import { chapterPath } from '../lib/site/routes';
import { checkPlaces, placeSourceIds } from '../lib/map/places';
import type { Place } from '../schemas/places';
import type { ClashYear } from '../schemas/fields';
import type { TextLocale } from '../schemas/text-layers';
import { buildBorderMap, type BorderMapModel, type MapWords } from '../lib/map/border-map';
import { loadCountries } from '../build/world-atlas';
import { osmBoundaries } from '../build/osm-boundaries';

async function load(locale: TextLocale): Promise<Place[]> {
  const places = await placesIn(locale);
  const { sources, headings, citationNumbers } = await siteContent(locale);
  const sections = new Set([...headings].flatMap(([chapterId, list]) => list.map((h) => `${chapterPath(chapterId)}#${h.slug}`)));
  const problems = checkPlaces(places, new Set(sources.keys()), sections);
  for (const place of places) {
    for (const id of placeSourceIds([place])) {
      if (sources.has(id) && !citationNumbers.has(id)) {
        problems.push(
          `content/data/places.yaml: row "${place.id}" names source "${id}", which no chapter cites, so the sources page has no entry to link to; cite it in the text near the map.`,
        );
      }
    }
  }
  if (problems.length > 0) throw new Error(`The border map's places have problems:\n  ${problems.join('\n  ')}`);
  return places;
}

const cached = new Map<TextLocale, Promise<Place[]>>();

/** The checked place rows, in the order the collection lists them (buildBorderMap sorts them). */
function placeContent(locale: TextLocale): Promise<Place[]> {
  let places = cached.get(locale);
  if (!places) {
    places = load(locale);
    cached.set(locale, places);
  }
  return places;
}

const models = new Map<string, Promise<BorderMapModel>>();

/**
 * The border map for a year (or both; or the home page's compact map), computed once per build
 * however many pages show it: the chapter and the print edition draw the same map.
 */
export function borderMapModel(
  year: ClashYear | undefined,
  words: MapWords,
  compact = false,
  locale: TextLocale = 'en',
): Promise<BorderMapModel> {
  const key = `${locale}-${year ?? 'all'}${compact ? '-compact' : ''}`;
  let model = models.get(key);
  if (!model) {
    model = placeContent(locale).then((places) =>
      buildBorderMap({ topology: osmBoundaries, locatorTopology: loadCountries('110m'), places, year, compact, words }),
    );
    models.set(key, model);
  }
  return model;
}
