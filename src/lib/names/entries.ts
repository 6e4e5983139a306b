/**
 * The entries of /names/ from the rows of content/data/names.yaml joined with their words, checked
 * against the rest of the site: each section link must land on a heading, a place's row in
 * places.yaml must exist and agree on its country, and a name must have exactly one form (its own,
 * or its place's name on the map). Pure: the collection module hands in what it loaded.
 */
import type { NameKind, NameRow, NameText } from '../../schemas/names';

const NAMES_FILE = 'content/data/names.yaml';

/** What /names/ needs of a place row of places.yaml: its name on the map in the page's language, and where it lies. */
interface MapPlaceName {
  name: string;
  country?: string | undefined;
  disputed?: boolean | undefined;
}

export interface NameEntry {
  id: string;
  kind: NameKind;
  /** The form the site uses. */
  name: string;
  spellings: string[];
  about: string;
  country: NameRow['country'];
  sections: string[];
  forms: NonNullable<NameRow['forms']>;
  /** Where the place's symbol is on the map (`/border/#place-vorukh`), if the map draws it. */
  mapHref?: string;
}

export interface NameContext {
  /** Every section of the site as `/chapter/#heading-id` (the home page's as `/#id`). */
  sections: ReadonlySet<string>;
  /** The map's places by id (places.yaml with their words). */
  places: ReadonlyMap<string, MapPlaceName>;
  /** The site path of each place's target on the full map, for the places it draws. */
  mapHrefs: ReadonlyMap<string, string>;
  /** The text layer's file, for messages: `content/data/text/en/names.yaml`. */
  textFile: string;
}

/** Where a row's country contradicts its place row, or undefined. */
function countryProblem(row: NameRow, place: MapPlaceName): string | undefined {
  if (place.disputed) return row.country === 'disputed' ? undefined : 'its place row is disputed: write `country: disputed`';
  if (row.country === 'disputed' || row.country?.length !== 1 || row.country[0] !== place.country) {
    return `its place row lies in ${place.country}: write \`country: [${place.country}]\``;
  }
  return undefined;
}

/** The entries, in the rows' order, and every problem found, each naming the file and the row. */
export function nameEntries(rows: ReadonlyArray<NameRow & NameText>, context: NameContext): { entries: NameEntry[]; problems: string[] } {
  const problems: string[] = [];
  const entries: NameEntry[] = [];
  for (const row of rows) {
    const at = `${NAMES_FILE}: row "${row.id}"`;
    for (const section of row.sections) {
      if (!context.sections.has(section)) problems.push(`${at}: section "${section}" does not exist; no heading on that page has that id`);
    }
    const place = row.place === undefined ? undefined : context.places.get(row.place);
    if (row.place !== undefined && !place) problems.push(`${at}: place "${row.place}" is not a row of content/data/places.yaml`);
    if (place) {
      const problem = countryProblem(row, place);
      if (problem) problems.push(`${at}: ${problem}`);
      if (row.form) {
        problems.push(
          `${context.textFile}: "${row.id}" gives a form, but its place "${row.place}" is named by the map; remove \`form\` (the name is in text/<locale>/places.yaml)`,
        );
      }
    } else if (!row.form && row.place === undefined) {
      problems.push(`${context.textFile}: "${row.id}" needs \`form\`, the form the site uses`);
    } else if (row.place === undefined) {
      const mapped = [...context.places].find(([, p]) => p.name === row.form)?.[0];
      if (mapped) {
        problems.push(
          `${at}: the map names row "${mapped}" of places.yaml "${row.form}" too; give \`place: ${mapped}\` and drop \`form\` from ${context.textFile}, so the name is kept once`,
        );
      }
    }
    const name = place?.name ?? row.form ?? '';
    const mapHref = row.place === undefined ? undefined : context.mapHrefs.get(row.place);
    entries.push({
      id: row.id,
      kind: row.kind,
      name,
      spellings: row.spellings ?? [],
      about: row.about,
      country: row.country,
      sections: row.sections,
      forms: row.forms ?? {},
      ...(mapHref ? { mapHref } : {}),
    });
  }
  const byName = new Map<string, string[]>();
  for (const entry of entries) byName.set(entry.name, [...(byName.get(entry.name) ?? []), entry.id]);
  for (const [name, ids] of byName) {
    if (ids.length > 1)
      problems.push(
        `${NAMES_FILE}: rows ${ids.map((id) => `"${id}"`).join(', ')} share the form "${name}"; tell them apart ("Dostuk (Leilek district)")`,
      );
  }
  return { entries, problems };
}
