/**
 * The one place that reads the content collections and checks what a schema alone cannot:
 * unique reading order, known source ids, heading ids unique across the site, the casualty
 * data's sources and latest official figures, and that the chapters' casualty tables agree with
 * that data. Everything here runs at build time; a failed check stops the build with the file
 * named.
 */
import { getCollection, render, type CollectionEntry } from 'astro:content';
import { extractCitedIds, numberCitations } from './citations';
import { figureNumberProblem } from './figure-numbers';
import { casualtyTableProblems } from './casualties/chapter-tables';
import { assertCasualtyData, DATA_FILE as CASUALTY_DATA_FILE } from './casualties/checks';
import { reportOrder } from './casualties/order';
import type { CasualtyRow } from './casualties/schema';
import { findDuplicateIds, tocEntries, type Heading } from './headings';
import { chapterPath, PRINT_TITLE_ANCHOR } from './routes';

export type Chapter = CollectionEntry<'chapters'>;
export type Source = CollectionEntry<'sources'>['data'];

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
}

function fileOf(chapter: Chapter): string {
  return chapter.filePath ?? `content/chapters/${chapter.id}.mdx`;
}

async function load(): Promise<SiteContent> {
  const chapters = (await getCollection('chapters')).sort((a, b) => a.data.order - b.data.order);
  const clash = chapters.find((c, i) => i > 0 && c.data.order === chapters[i - 1]?.data.order);
  if (clash) {
    const other = chapters.find((c) => c !== clash && c.data.order === clash.data.order)!;
    throw new Error(`${fileOf(clash)}: order ${clash.data.order} is also used by ${fileOf(other)}; each chapter needs its own place in the reading order.`);
  }
  const misnumbered = chapters.map((c) => figureNumberProblem(fileOf(c), c.body ?? '')).filter((p) => p !== undefined);
  if (misnumbered.length > 0) throw new Error(misnumbered.join('\n'));

  const sourceEntries = await getCollection('sources');
  const sources = new Map(sourceEntries.map((entry) => [entry.id, entry.data]));
  const casualties = (await getCollection('casualties')).map((entry) => entry.data).sort(reportOrder);
  assertCasualtyData(casualties, new Set(sources.keys()));
  const tableMismatches = chapters.flatMap((c) => casualtyTableProblems(fileOf(c), c.body ?? '', casualties));
  if (tableMismatches.length > 0) throw new Error(tableMismatches.join('\n'));
  // The figures cite their rows' sources, so those are numbered and listed even if no text cites them.
  const citationNumbers = numberCitations(
    [
      ...chapters.map((c) => ({ file: fileOf(c), ids: extractCitedIds(c.body ?? '') })),
      { file: CASUALTY_DATA_FILE, ids: casualties.flatMap((row) => row.sources) },
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
  const reserved = ['main', 'sources', 'sources-title', 'contents', 'toc-title', 'copy-link-status', PRINT_TITLE_ANCHOR];
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
  for (const { data: anchor } of await getCollection('anchors')) {
    if (!anchor.aliasOf) continue;
    if (knownIds.get(anchor.aliasOf) !== anchor.page) {
      throw new Error(`content/anchors.yaml: ${anchor.page}#${anchor.id} is an alias of "${anchor.aliasOf}", which is not a heading on ${anchor.page}.`);
    }
    aliasesByTarget.set(anchor.aliasOf, [...(aliasesByTarget.get(anchor.aliasOf) ?? []), anchor.id]);
  }

  return { chapters, headings, sources, citedSources, citationNumbers, aliasesByTarget, casualties };
}

let cached: Promise<SiteContent> | undefined;

/** The checked site content, loaded once per build. */
export function siteContent(): Promise<SiteContent> {
  cached ??= load();
  return cached;
}
