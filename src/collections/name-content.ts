/**
 * Names and places, A–Z: content/data/names.yaml with its words in one language, each place named
 * by its row of places.yaml and linked to its target on the full map, checked against the site
 * (src/lib/names/entries.ts). A failed check stops the build naming every row concerned.
 */
import { AstroError } from 'astro/errors';
import { siteContent } from './site-content';
import { namesIn, placesIn } from './localized-data';
import { borderMapModel } from './place-content';
import { chapterPath } from '../lib/site/routes';
import { nameEntries, type NameEntry } from '../lib/names/entries';
import { placeTargetHrefs } from '../lib/map/place-targets';
import type { MapWords } from '../lib/map/border-map';
import { textPath, type TextLocale } from '../schemas/text-layers';

export interface NameContent {
  /** The entries in the rows' order (the page sorts them). */
  entries: NameEntry[];
  /** Each section an entry links to, by site path: its heading and its chapter's short title. */
  sections: Map<string, { heading: string; chapter: string }>;
}

/** The checked entries and their sections' titles. `mapWords` are the full map's, as BorderMap passes them. */
export async function nameContent(mapWords: MapWords, locale: TextLocale = 'en'): Promise<NameContent> {
  const [rows, places, { headings, chapters }, model] = await Promise.all([
    namesIn(locale),
    placesIn(locale),
    siteContent(locale),
    borderMapModel(undefined, mapWords, false, locale),
  ]);
  const navTitles = new Map(chapters.map((c) => [c.id, c.data.navTitle]));
  const sections = new Map(
    [...headings].flatMap(([chapterId, list]) =>
      list.map(
        (h) => [`${chapterPath(chapterId)}#${h.slug}`, { heading: h.text, chapter: navTitles.get(chapterId) ?? chapterId }] as const,
      ),
    ),
  );
  const { entries, problems } = nameEntries(rows, {
    sections: new Set(sections.keys()),
    places: new Map(places.map((place) => [place.id, place])),
    mapHrefs: placeTargetHrefs(model),
    textFile: textPath('names.yaml', locale),
  });
  if (problems.length > 0) {
    throw new AstroError(
      `Names and places, A–Z, has ${problems.length === 1 ? 'a problem' : `${problems.length} problems`}.`,
      problems.join('\n'),
    );
  }
  return { entries, sections };
}
