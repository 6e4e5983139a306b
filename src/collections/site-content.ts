/**
 * The one place that reads the content collections and checks what a schema alone cannot:
 * unique reading order, known source ids, heading ids unique across the site, the casualty
 * data's sources and latest official figures, that the chapters' casualty tables agree with
 * that data, and that each chronology event's sources and section exist. Everything here runs at build time; a failed check stops the build with the file
 * named.
 */
import { getCollection, render, type CollectionEntry } from 'astro:content';
import { extractCitedIds, numberCitations } from '../lib/site/citations';
import { AstroError } from 'astro/errors';
import { figureNumberProblem } from '../lib/site/figure-numbers';
import { figurePropProblems } from '../lib/site/figure-props';
import { casualtyTableProblems } from '../lib/casualties/chapter-tables';
import { assertCasualtyData, DATA_FILE as CASUALTY_DATA_FILE } from '../lib/casualties/checks';
import { reportOrder } from '../lib/casualties/order';
import type { CasualtyRow } from '../schemas/casualties';
import { findDuplicateIds, tocEntries, type Heading } from '../lib/site/headings';
import { chapterPath, PRINT_TITLE_ANCHOR } from '../lib/site/routes';
import { assertNoEventProblems, eventSectionProblems, eventSourceProblems, EVENTS_FILE } from '../lib/chronology/checks';
import { chronologicalOrder } from '../lib/chronology/order';
import { CHRONOLOGY_IDS } from '../lib/chronology/periods';
import type { ChronologyEvent } from '../schemas/events';
import type { BorderLength } from '../schemas/border-lengths';
import type { TextLocale } from '../schemas/text-layers';
import { assertEveryTextLayer, borderLengthsIn, casualtiesIn, eventsIn } from './localized-data';

export type Chapter = CollectionEntry<'chapters'>;
type Source = CollectionEntry<'sources'>['data'];

export interface SiteContent {
  /** Chapters in reading order (overview first, about last). */
  chapters: Chapter[];
  /** The h2/h3 headings of each chapter, by chapter id. */
  headings: Map<string, Heading[]>;
  /** Every source by id. */
  sources: Map<string, Source>;
  /** Cited sources in order of first citation, with their numbers. */
  citedSources: Array<{ number: number; source: Source }>;
  citationNumbers: Map<string, number>;
  /** Old heading ids kept as aliases, by the id they now lead to. */
  aliasesByTarget: Map<string, string[]>;
  /** Every reported casualty figure (content/data/casualties.yaml), checked, in report order. */
  casualties: CasualtyRow[];
  /** The chronology (content/data/events.yaml), checked, in date order. */
  events: ChronologyEvent[];
  /** The published lengths of the border (content/data/border-lengths.yaml), in file order. */
  borderLengths: BorderLength[];
  /**
   * Each chapter's text as far as citing goes, by chapter id: its MDX with the sources of a
   * figure drawn from data (`<BorderLengths />`) written in where the figure stands, so the
   * figure's sources are numbered, previewed and linked back to in reading order.
   */
  citingText: Map<string, string>;
}

/** Writes a data figure's sources into the text as a citation at the place of its tag. */
function withFigureCitations(body: string, tag: string, ids: readonly string[]): string {
  return ids.length === 0 ? body : body.replace(new RegExp(`<${tag}\\b`), `<Cite source="${ids.join(' ')}" /><${tag}`);
}

function fileOf(chapter: Chapter): string {
  return chapter.filePath ?? `content/chapters/${chapter.id}.mdx`;
}

async function load(locale: TextLocale): Promise<SiteContent> {
  const chapters = (await getCollection('chapters')).sort((a, b) => a.data.order - b.data.order);
  const clash = chapters.find((c, i) => i > 0 && c.data.order === chapters[i - 1]?.data.order);
  if (clash) {
    const other = chapters.find((c) => c !== clash && c.data.order === clash.data.order)!;
    throw new Error(`${fileOf(clash)}: order ${clash.data.order} is also used by ${fileOf(other)}; each chapter needs its own place in the reading order.`);
  }
  const misnumbered = chapters.map((c) => figureNumberProblem(fileOf(c), c.body ?? '')).filter((p) => p !== undefined);
  if (misnumbered.length > 0) throw new Error(misnumbered.join('\n'));
  const badProps = chapters.flatMap((c) => figurePropProblems(fileOf(c), c.body ?? ''));
  if (badProps.length > 0) throw new AstroError('A figure in a chapter is given a value it cannot draw.', badProps.join('\n'));

  const sourceEntries = await getCollection('sources');
  const sources = new Map(sourceEntries.map((entry) => [entry.id, entry.data]));
  await assertEveryTextLayer();
  const casualties = (await casualtiesIn(locale)).sort(reportOrder);
  assertCasualtyData(casualties, new Set(sources.keys()));
  const events = chronologicalOrder(await eventsIn(locale));
  const borderLengths = await borderLengthsIn(locale);
  const unknownLengthSources = borderLengths.flatMap((row) => row.sources.filter((id) => !sources.has(id)).map((id) => `${row.id}: "${id}"`));
  if (unknownLengthSources.length > 0) {
    throw new Error(`content/data/border-lengths.yaml cites unknown source id(s) (content/sources.yaml): ${unknownLengthSources.join(', ')}`);
  }
  const citingText = new Map(
    chapters.map((c) => [c.id, withFigureCitations(c.body ?? '', 'BorderLengths', borderLengths.flatMap((row) => row.sources))]),
  );
  const tableMismatches = chapters.flatMap((c) => casualtyTableProblems(fileOf(c), c.body ?? '', casualties));
  if (tableMismatches.length > 0) throw new Error(tableMismatches.join('\n'));
  // The figures cite their rows' sources, so those are numbered and listed even if no text cites them.
  // Sources before sections: an unknown source id is reported with its row, not just the file.
  assertNoEventProblems(eventSourceProblems(events, new Set(sources.keys())));
  const citationNumbers = numberCitations(
    [
      ...chapters.map((c) => ({ file: fileOf(c), ids: extractCitedIds(citingText.get(c.id)!) })),
      { file: CASUALTY_DATA_FILE, ids: casualties.flatMap((row) => row.sources) },
      { file: EVENTS_FILE, ids: events.flatMap((event) => event.sources) },
    ],
    new Set(sources.keys()),
  );
  const citedSources = [...citationNumbers].map(([id, number]) => ({ number, source: sources.get(id)! }));

  const headings = new Map<string, Heading[]>();
  for (const chapter of chapters) {
    const rendered = await render(chapter);
    headings.set(chapter.id, tocEntries(rendered.headings));
  }
  // Ids the layout and the print edition use for themselves.
  const reserved = ['main', 'sources', 'sources-title', 'contents', 'toc-title', 'copy-link-status', PRINT_TITLE_ANCHOR, ...CHRONOLOGY_IDS];
  const duplicates = findDuplicateIds([
    { file: 'the site layout', ids: reserved },
    ...chapters.map((c) => ({ file: fileOf(c), ids: headings.get(c.id)!.map((h) => h.slug) })),
  ]);
  if (duplicates.length > 0) {
    throw new Error(
      'Heading ids must be unique across the site (they are what people link to):\n' +
        duplicates.map((d) => `  #${d.id} is used in ${d.files.join(' and ')}; give one of them another explicit id: ## Title {#other-id}`).join('\n'),
    );
  }

  const aliasesByTarget = new Map<string, string[]>();
  const knownIds = new Map(chapters.flatMap((c) => headings.get(c.id)!.map((h) => [h.slug, chapterPath(c.id)] as const)));
  assertNoEventProblems(eventSectionProblems(events, knownIds));
  for (const { data: anchor } of await getCollection('anchors')) {
    if (!anchor.aliasOf) continue;
    if (knownIds.get(anchor.aliasOf) !== anchor.page) {
      throw new Error(`content/anchors.yaml: ${anchor.page}#${anchor.id} is an alias of "${anchor.aliasOf}", which is not a heading on ${anchor.page}.`);
    }
    aliasesByTarget.set(anchor.aliasOf, [...(aliasesByTarget.get(anchor.aliasOf) ?? []), anchor.id]);
  }

  return { chapters, headings, sources, citedSources, citationNumbers, aliasesByTarget, casualties, events, borderLengths, citingText };
}

const cached = new Map<TextLocale, Promise<SiteContent>>();

/** The checked site content, its data in the words of `locale`, loaded once per build and language. */
export function siteContent(locale: TextLocale = 'en'): Promise<SiteContent> {
  let content = cached.get(locale);
  if (!content) {
    content = load(locale);
    cached.set(locale, content);
  }
  return content;
}
