import { z } from 'astro/zod';
import { clashYear, SLUG, slugId, sourceIdList } from './fields';
import { factRow, textEntry } from './text-layers';

/** The countries the border map tells apart, by ISO 3166 alpha-2 code. */
const MAP_COUNTRIES = ['KG', 'TJ', 'UZ'] as const;

/** What a place on the border map is; it decides the symbol and where it is drawn. */
const PLACE_KINDS = ['capital', 'city', 'town', 'village', 'exclave', 'reservoir', 'water-intake', 'clash-site'] as const;

/** A latitude/longitude box round Central Asia: a position outside it is a typo or swapped axes. */
const CENTRAL_ASIA = { south: 35, north: 46, west: 60, east: 80 };
const OUTSIDE_LATITUDE = `outside Central Asia (${CENTRAL_ASIA.south}–${CENTRAL_ASIA.north}° N); are latitude and longitude swapped?`;
const OUTSIDE_LONGITUDE = `outside Central Asia (${CENTRAL_ASIA.west}–${CENTRAL_ASIA.east}° E); are latitude and longitude swapped?`;

/**
 * A place on the border map: its facts, one row of `content/data/places.yaml`, and its words, an
 * entry of `content/data/text/<locale>/places.yaml` under the row's id (see ./text-layers.ts).
 * Positions come from section 6 of the research fact sheet; a clash site the reports name without
 * a published position keeps `null` and is listed beside the map instead of being drawn.
 */
export const placeSchema = factRow(
  {
    /** Stable id, lowercase words joined by hyphens; clash sites start `clash-<year>-`. */
    id: slugId(),
    /** What the place is: see PLACE_KINDS. Capitals and Samarkand go on the locator inset. */
    kind: z.enum(PLACE_KINDS, { error: `one of ${PLACE_KINDS.join(', ')}` }),
    /** The country it lies in on the map's boundary data (de facto, December 2024); a unit test checks it. Leave out when `disputed`. */
    country: z.enum(MAP_COUNTRIES, { error: `one of ${MAP_COUNTRIES.join(', ')}` }).optional(),
    /** True for a place whose ownership was itself the dispute (Golovnoi): drawn as disputed, in neither country. */
    disputed: z.boolean().optional(),
    /** Decimal degrees north, as published; `null` only for a clash site with no published position. */
    latitude: z.number().min(CENTRAL_ASIA.south, OUTSIDE_LATITUDE).max(CENTRAL_ASIA.north, OUTSIDE_LATITUDE).nullable(),
    /** Decimal degrees east, as published; `null` exactly when latitude is. */
    longitude: z.number().min(CENTRAL_ASIA.west, OUTSIDE_LONGITUDE).max(CENTRAL_ASIA.east, OUTSIDE_LONGITUDE).nullable(),
    /** Source id(s) of the position (content/sources.yaml), separated by spaces. Required with a position. */
    source: sourceIdList.optional(),
    /** True when the position is only near the place (no published position, or a single weak source). */
    approximate: z.boolean().optional(),
    /** Which map draws it: the Batken–Isfara–Leilek map (default) or the Central Asia locator. */
    map: z.enum(['region', 'locator']).default('region'),
    /**
     * 1 is labelled first and kept longest when space runs out (on small screens); 3 is dropped
     * first. A value between (1.5) says which of two places of one rank keeps its name when only
     * one fits; the phone map keeps up to 2, the home page's map up to 1.5.
     */
    labelPriority: z.number().min(1).max(3).default(3),
    /** The section of the text about this place or event, as a site path: `/clashes-2022/#day-16-september-2022`. */
    section: z
      .string()
      .regex(new RegExp(`^/${SLUG}/#${SLUG}$`), 'a path and heading id such as /border/#vorukh')
      .optional(),
    /** Clash sites: the year of the fighting, one of CLASH_YEARS; its symbol tells the years apart. */
    year: clashYear.optional(),
    /** Clash sites: source id(s) of the event, separated by spaces. */
    eventSource: sourceIdList.optional(),
  },
  'places.yaml',
).superRefine((row, ctx) => {
  const problem = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
  if ((row.latitude === null) !== (row.longitude === null)) problem('longitude', 'give both latitude and longitude, or null for both');
  if (row.disputed && row.country) problem('country', 'a disputed place is in neither country: leave out `country`');
  if (!row.disputed && !row.country)
    problem('country', `say which country it lies in (${MAP_COUNTRIES.join(', ')}), or \`disputed: true\``);
  if (row.latitude !== null) {
    if (!row.source) problem('source', 'name the source id(s) of this position');
    if (row.approximate === undefined) problem('approximate', 'say true or false');
  } else if (row.kind !== 'clash-site') {
    problem('latitude', 'only a clash site may go without a position (null); this place needs one to be drawn');
  }
  if (row.kind === 'clash-site') {
    if (row.year === undefined) problem('year', 'a clash site needs the year of the fighting');
    if (!row.section) problem('section', 'a clash site links to the section of the text that tells what happened');
    if (!row.eventSource) problem('eventSource', 'name the source id(s) of the event');
  } else if (row.year !== undefined) {
    problem('year', 'only clash sites have a year');
  }
});

/** A place's words in one language: an entry of `content/data/text/<locale>/places.yaml`. */
export const placeTextSchema = textEntry(
  {
    /** The name shown on the map and in its table, spelled as the chapters spell it. */
    name: z.string().min(2, 'write the place name'),
    /** Clash sites: one or two sentences on what happened there, starting with the date. */
    event: z.string().min(20, 'say in a sentence what happened there').optional(),
    /** Anything a reader should know about the row: a weak source, a name shared with another village. */
    note: z.string().optional(),
    /**
     * How the map writes the place where its name alone would not do, line by line: shortened
     * ("Tortkul res."), or with what a reader must know at a glance ("(disputed)"). `wide` is the
     * wide map's lines, `narrow` the phone map's where they differ. Without it the map writes `name`.
     */
    mapLabel: z
      .object({
        wide: z.array(z.string().min(1)).min(1).max(3),
        narrow: z.array(z.string().min(1)).min(1).max(3).optional(),
      })
      .strict()
      .optional(),
  },
  'places.yaml',
);

/** A place as the build hands it on: its facts, defaults filled in, and its words in the page's language. */
export type Place = z.output<typeof placeSchema> & z.output<typeof placeTextSchema>;

/** What neither half can check alone, as `field: message`: a clash site says what happened there, in every language. */
export function placeRowProblems(place: Place): string[] {
  return place.kind === 'clash-site' && !place.event ? ['event: say in a sentence what happened there'] : [];
}
