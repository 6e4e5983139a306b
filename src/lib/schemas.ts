import { z } from 'astro/zod';

/** False for a full date that the calendar does not have (30 February); partial dates pass. */
export function isRealDate(value: string): boolean {
  const [year, month, day] = value.split('-').map(Number);
  if (year === undefined || month === undefined || day === undefined) return true;
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/**
 * The collections are the authors' guide: every field says what it is for. A file that breaks
 * a rule stops the build with the file and the field named (see content/README.md).
 */

/** A page of the explainer, one MDX file in `content/chapters/`; its file name is its URL. */
export const chapterSchema = z.object({
  /** The page's `<h1>` and the start of its `<title>`. */
  title: z.string().min(3, 'write the chapter title (at least 3 characters)'),
  /** The short label used in the chapter navigation and the print edition's contents. */
  navTitle: z.string().min(2).max(28, 'keep the navigation label to 28 characters'),
  /** One sentence for search results, link previews and the overview's list of chapters. */
  description: z
    .string()
    .min(50, 'write one full sentence (50–200 characters)')
    .max(200, 'keep it to 200 characters'),
  /** Reading order: 0 is the overview, then the chapters, then the about page. Unique. */
  order: z.number().int().min(0),
  /** The date of the last substantive change, shown as "Last updated". */
  updated: z.coerce.date(),
});

/** One source the site may cite; `content/sources.yaml`. */
export const sourceSchema = z.object({
  /** Stable id used by `<Cite source="…" />` and as the anchor `#source-<id>` on /sources/. */
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'lowercase words joined by hyphens'),
  /** The source's number in the research fact sheet, to trace it back. */
  factSheet: z.number().int().positive().optional(),
  /** Who published it (outlet, agency or organisation, and who it relays). */
  publisher: z.string().min(2),
  /** The title as published; a title in brackets is a description where none was shown. */
  title: z.string().min(2),
  /** Publication date as precise as known: YYYY, YYYY-MM or YYYY-MM-DD. */
  date: z
    .string()
    .regex(/^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/, 'use YYYY, YYYY-MM or YYYY-MM-DD')
    .refine(isRealDate, 'no such day in the calendar')
    .optional(),
  /** What is known of the date when it is not a plain date ("date not shown in stored copy"). */
  dateNote: z.string().optional(),
  /** Address of the copy that was read; absent when none was recorded. */
  url: z.url().optional(),
  /** Anything a reader should know about the source (a mirror, a copy, no address recorded). */
  note: z.string().optional(),
});

/** A `page#id` link that is out in the world and must keep resolving; `content/anchors.yaml`. */
export const anchorSchema = z.object({
  /** The page path with trailing slash, as published: `/clashes-2022/`. */
  page: z.string().regex(/^\/(?:[a-z0-9-]+\/)*$/, 'a path such as /border/'),
  /** The fragment, without `#`. */
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'lowercase words joined by hyphens'),
  /** Set when this id is an old one kept alive: the id of the heading it now leads to. */
  aliasOf: z.string().optional(),
});

/** The countries the border map tells apart, by ISO 3166 alpha-2 code. */
export const MAP_COUNTRIES = ['KG', 'TJ', 'UZ'] as const;

/** What a place on the border map is; it decides the symbol and where it is drawn. */
export const PLACE_KINDS = ['capital', 'city', 'town', 'village', 'exclave', 'reservoir', 'water-intake', 'clash-site'] as const;

/**
 * The years whose clash sites the map marks, each with its own symbol; a clash chapter shows the
 * map with its year's sites only.
 */
export const CLASH_YEARS = [2021, 2022] as const;

/** A latitude/longitude box round Central Asia: a position outside it is a typo or swapped axes. */
const CENTRAL_ASIA = { south: 35, north: 46, west: 60, east: 80 };
const OUTSIDE_LATITUDE = `outside Central Asia (${CENTRAL_ASIA.south}–${CENTRAL_ASIA.north}° N); are latitude and longitude swapped?`;
const OUTSIDE_LONGITUDE = `outside Central Asia (${CENTRAL_ASIA.west}–${CENTRAL_ASIA.east}° E); are latitude and longitude swapped?`;

/**
 * A place on the border map, one row of `content/data/places.yaml`. Positions come from section 6
 * of the research fact sheet; a clash site the reports name without a published position keeps
 * `null` and is listed beside the map instead of being drawn.
 */
export const placeSchema = z
  .object({
    /** Stable id, lowercase words joined by hyphens; clash sites start `clash-<year>-`. */
    id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'lowercase words joined by hyphens'),
    /** The name shown on the map and in its table, spelled as the chapters spell it. */
    name: z.string().min(2, 'write the place name'),
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
    source: z.string().optional(),
    /** True when the position is only near the place (no published position, or a single weak source). */
    approximate: z.boolean().optional(),
    /** Which map draws it: the Batken–Isfara–Leilek map (default) or the Central Asia locator. */
    map: z.enum(['region', 'locator']).default('region'),
    /** 1 is labelled first and kept longest when space runs out (on small screens); 3 is dropped first. */
    labelPriority: z.union([z.literal(1), z.literal(2), z.literal(3)]).default(3),
    /** The section of the text about this place or event, as a site path: `/clashes-2022/#day-16-september-2022`. */
    section: z.string().regex(/^\/[a-z0-9-]+\/#[a-z0-9-]+$/, 'a path and heading id such as /border/#vorukh').optional(),
    /** Clash sites: the year of the fighting. */
    year: z.union([z.literal(CLASH_YEARS[0]), z.literal(CLASH_YEARS[1])], { error: `one of ${CLASH_YEARS.join(', ')}` }).optional(),
    /** Clash sites: one or two sentences on what happened there, starting with the date. */
    event: z.string().min(20, 'say in a sentence what happened there').optional(),
    /** Clash sites: source id(s) of the event, separated by spaces. */
    eventSource: z.string().optional(),
    /** Anything a reader should know about the row: a weak source, a name shared with another village. */
    note: z.string().optional(),
  })
  .superRefine((row, ctx) => {
    const problem = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
    if ((row.latitude === null) !== (row.longitude === null)) problem('longitude', 'give both latitude and longitude, or null for both');
    if (row.disputed && row.country) problem('country', 'a disputed place is in neither country: leave out `country`');
    if (!row.disputed && !row.country) problem('country', `say which country it lies in (${MAP_COUNTRIES.join(', ')}), or \`disputed: true\``);
    if (row.latitude !== null) {
      if (!row.source) problem('source', 'name the source id(s) of this position');
      if (row.approximate === undefined) problem('approximate', 'say true or false');
    } else if (row.kind !== 'clash-site') {
      problem('latitude', 'only a clash site may go without a position (null); this place needs one to be drawn');
    }
    if (row.kind === 'clash-site') {
      if (row.year === undefined) problem('year', 'a clash site needs the year of the fighting');
      if (!row.section) problem('section', 'a clash site links to the section of the text that tells what happened');
      if (!row.event) problem('event', 'say in a sentence what happened there');
      if (!row.eventSource) problem('eventSource', 'name the source id(s) of the event');
    } else if (row.year !== undefined) {
      problem('year', 'only clash sites have a year');
    }
  });
