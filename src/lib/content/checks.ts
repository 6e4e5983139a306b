/**
 * What a schema cannot check, because it looks across files: a unique reading order, figure
 * numbers and props, known source ids and no source that nothing cites, the chapters' casualty tables against the data, heading
 * ids unique across the site, each chronology event's sources and section, the anchors'
 * aliases, and the corrections log's sections and sources, and that no chapter's "Last updated"
 * is older than its newest correction. A pure function over the collections as plain objects, so every rule can be tried on a
 * small made-up site; src/collections/site-content.ts loads the real one and stops the build with
 * every problem found.
 */
import { numberCitations, UnknownSourceError, extractCitedIds } from '../site/citations';
import { figureNumberProblem } from '../site/figure-numbers';
import { figurePropProblems } from '../site/figure-props';
import { findDuplicateIds, type Heading } from '../site/headings';
import {
  chapterPath,
  CHRONOLOGY_PATH,
  correctionsAnchor,
  DATA_PATH,
  NAMES_PATH,
  PRINT_CORRECTIONS_ANCHOR,
  PRINT_TITLE_ANCHOR,
} from '../site/routes';
import { casualtyTableProblems, type CountTableWords } from '../casualties/chapter-tables';
import { casualtyDataProblems, DATA_FILE as CASUALTY_DATA_FILE } from '../casualties/checks';
import { eventProblems, EVENTS_FILE } from '../chronology/checks';
import { CHRONOLOGY_IDS } from '../chronology/periods';
import { pageOf } from './corrections';
import type { CasualtyRow } from '../../schemas/casualties';

export interface CheckedChapter {
  id: string;
  /** Where it is written, for messages: `content/chapters/border.mdx`. */
  file: string;
  order: number;
  /** The MDX as written. */
  body: string;
  /** The text as far as citing goes: the body with the sources of figures drawn from data written in. */
  citingText: string;
  /** Its h2 and h3 headings, as the contents list gives them. */
  headings: readonly Heading[];
  /** Its "Last updated" date, `YYYY-MM-DD`. */
  updated: string;
}

/** A row of the corrections log (content/data/corrections.yaml), as far as the checks go. */
interface CheckedCorrection {
  id: string;
  /** The day it landed, `YYYY-MM-DD`. */
  date: string;
  kind: 'correction' | 'addition';
  /** `/clashes-2022/#brief-2022`, `/chronology/#event-talks-resume-2022` or a page alone, `/chronology/`. */
  section: string;
  sources: readonly string[];
}

export interface ContentCollections {
  /** In reading order. */
  chapters: readonly CheckedChapter[];
  sourceIds: ReadonlySet<string>;
  casualties: readonly CasualtyRow[];
  events: ReadonlyArray<{ id: string; date: string; order?: number | undefined; sources: readonly string[]; section: string }>;
  borderLengths: ReadonlyArray<{ id: string; sources: readonly string[] }>;
  anchors: ReadonlyArray<{ page: string; id: string; aliasOf?: string | undefined }>;
  corrections: readonly CheckedCorrection[];
  /** When /chronology/ last changed (content/pages.yaml), `YYYY-MM-DD`; it ends with its corrections like a chapter. */
  chronologyUpdated: string;
}

/** Ids the layout and the print edition use for themselves. */
const RESERVED_IDS = [
  'main',
  'sources',
  'sources-title',
  'contents',
  'toc-title',
  'copy-link-status',
  PRINT_TITLE_ANCHOR,
  PRINT_CORRECTIONS_ANCHOR,
  `${PRINT_CORRECTIONS_ANCHOR}-title`,
  ...CHRONOLOGY_IDS,
];

const FIGURE_PROP_TITLE = 'A figure in a chapter is given a value it cannot draw.';

function indented(file: string, problems: readonly string[]): string[] {
  return problems.length === 0 ? [] : [`${file}:\n${problems.map((p) => `  ${p}`).join('\n')}`];
}

function readingOrderProblems(chapters: readonly CheckedChapter[]): string[] {
  const problems: string[] = [];
  const byOrder = new Map<number, CheckedChapter>();
  for (const chapter of chapters) {
    const first = byOrder.get(chapter.order);
    if (first) {
      problems.push(
        `${chapter.file}: order ${chapter.order} is also used by ${first.file}; each chapter needs its own place in the reading order.`,
      );
    } else {
      byOrder.set(chapter.order, chapter);
    }
  }
  return problems;
}

function unknownSourceProblems(content: ContentCollections): string[] {
  const unknownLengthSources = content.borderLengths.flatMap((row) =>
    row.sources.filter((id) => !content.sourceIds.has(id)).map((id) => `${row.id}: "${id}"`),
  );
  const problems =
    unknownLengthSources.length > 0
      ? [`content/data/border-lengths.yaml cites unknown source id(s) (content/sources.yaml): ${unknownLengthSources.join(', ')}`]
      : [];
  try {
    numberCitations(
      content.chapters.map((c) => ({ file: c.file, ids: extractCitedIds(c.citingText) })),
      content.sourceIds,
    );
  } catch (error) {
    if (!(error instanceof UnknownSourceError)) throw error;
    problems.push(error.message);
  }
  return problems;
}

/**
 * Sources in content/sources.yaml that nothing cites: a reader of /sources/ would never meet them,
 * and an entry left behind when a claim was corrected (a copy site replaced by the original, an
 * address stored cut short) must not wait there to be cited again unchecked. Cite it where it
 * supports a claim, or remove it.
 */
function unusedSourceProblems(content: ContentCollections): string[] {
  const cited = new Set([
    ...content.chapters.flatMap((c) => extractCitedIds(c.citingText)),
    ...[content.casualties, content.events, content.borderLengths, content.corrections].flatMap((rows) =>
      rows.flatMap((row) => row.sources),
    ),
  ]);
  const unused = [...content.sourceIds].filter((id) => !cited.has(id));
  if (unused.length === 0) return [];
  return [
    `content/sources.yaml has ${unused.length === 1 ? 'a source' : `${unused.length} sources`} that nothing cites; cite each where it supports a claim, or remove it: ${unused.join(', ')}`,
  ];
}

function headingProblems(content: ContentCollections): string[] {
  const duplicates = findDuplicateIds([
    {
      file: 'the site layout',
      ids: [...RESERVED_IDS, correctionsAnchor('chronology'), ...content.chapters.map((c) => correctionsAnchor(c.id))],
    },
    ...content.chapters.map((c) => ({ file: c.file, ids: c.headings.map((h) => h.slug) })),
  ]);
  if (duplicates.length === 0) return [];
  return [
    'Heading ids must be unique across the site (they are what people link to):\n' +
      duplicates
        .map((d) => `  #${d.id} is used in ${d.files.join(' and ')}; give one of them another explicit id: ## Title {#other-id}`)
        .join('\n'),
  ];
}

/** Each heading id of the site with the path of the page it is on. */
export function headingPages(chapters: readonly CheckedChapter[]): Map<string, string> {
  return new Map(chapters.flatMap((c) => c.headings.map((h) => [h.slug, chapterPath(c.id)] as const)));
}

function anchorProblems(content: ContentCollections, pages: ReadonlyMap<string, string>): string[] {
  return content.anchors
    .filter((anchor) => anchor.aliasOf !== undefined && pages.get(anchor.aliasOf) !== anchor.page)
    .map(
      (anchor) =>
        `content/anchors.yaml: ${anchor.page}#${anchor.id} is an alias of "${anchor.aliasOf}", which is not a heading on ${anchor.page}.`,
    );
}

export const CORRECTIONS_FILE = 'content/data/corrections.yaml';
const PAGES_FILE = 'content/pages.yaml';

/** Pages a change can only be on as a whole: a new page such as /names/ or /data/, whose entries the log does not name. */
const WHOLE_PAGES: readonly string[] = [NAMES_PATH, DATA_PATH];

/**
 * The corrections log's rows whose id is repeated, whose sources are unknown, or whose section is
 * not on the page it names: a chapter's heading, a chronology row (`#event-<id>`) or period, or a
 * page alone. Then each chapter, and the chronology, whose "Last updated" is older than its newest correction: a reader
 * who saw the date would not know the page had changed since.
 */
function correctionProblems(content: ContentCollections, pages: ReadonlyMap<string, string>): string[] {
  const chapterPaths = new Map(content.chapters.map((c) => [chapterPath(c.id), c]));
  const chronologyIds = new Set([...content.events.map((e) => `event-${e.id}`), ...CHRONOLOGY_IDS]);
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const row of content.corrections) {
    if (seen.has(row.id)) problems.push(`row "${row.id}": the id is used twice; give each row its own`);
    seen.add(row.id);
    for (const id of row.sources) {
      if (!content.sourceIds.has(id)) problems.push(`row "${row.id}": source "${id}" is not in content/sources.yaml`);
    }
    const [path = '', id] = row.section.split('#', 2);
    if (WHOLE_PAGES.includes(path)) {
      if (id !== undefined) problems.push(`row "${row.id}": section "${row.section}": name ${path} alone, without an id`);
    } else if (!chapterPaths.has(path) && path !== CHRONOLOGY_PATH) {
      problems.push(`row "${row.id}": section "${row.section}": ${path} is not a page of the site`);
    } else if (id !== undefined && (path === CHRONOLOGY_PATH ? !chronologyIds.has(id) : pages.get(id) !== path)) {
      problems.push(`row "${row.id}": section "${row.section}" does not exist; ${path} has no heading or row with the id "${id}"`);
    }
  }
  const dated = [
    ...[...chapterPaths].map(([path, chapter]) => ({ path, what: chapter.file, updated: chapter.updated })),
    { path: CHRONOLOGY_PATH, what: `${PAGES_FILE}: chronology`, updated: content.chronologyUpdated },
  ];
  for (const page of dated) {
    const newest = content.corrections
      .filter((row) => row.kind === 'correction' && pageOf(row.section) === page.path)
      .reduce<string | undefined>((latest, row) => (latest === undefined || row.date > latest ? row.date : latest), undefined);
    if (newest !== undefined && page.updated < newest) {
      problems.push(
        `${page.what}: updated ${page.updated} is older than its newest correction, of ${newest}; set \`updated\` to ${newest} or later`,
      );
    }
  }
  return problems;
}

/**
 * Every problem of the content as a whole, each message naming the file and the row, id or
 * figure at fault; empty when the site can be built. `words` are the table words of the
 * chapters' language, to read a hedged count ("more than 60") in a casualty table.
 */
export function contentProblems(content: ContentCollections, words: CountTableWords): string[] {
  const pages = headingPages(content.chapters);
  const figureProps = content.chapters.flatMap((c) => figurePropProblems(c.file, c.body));
  return [
    ...readingOrderProblems(content.chapters),
    ...content.chapters.map((c) => figureNumberProblem(c.file, c.body)).filter((p) => p !== undefined),
    ...(figureProps.length > 0 ? [`${FIGURE_PROP_TITLE}\n${figureProps.join('\n')}`] : []),
    ...indented(CASUALTY_DATA_FILE, casualtyDataProblems(content.casualties, content.sourceIds)),
    ...unknownSourceProblems(content),
    ...unusedSourceProblems(content),
    ...content.chapters.flatMap((c) => casualtyTableProblems(c.file, c.body, content.casualties, words)),
    ...indented(EVENTS_FILE, eventProblems(content.events, content.sourceIds, pages)),
    ...headingProblems(content),
    ...anchorProblems(content, pages),
    ...indented(CORRECTIONS_FILE, correctionProblems(content, pages)),
  ];
}
