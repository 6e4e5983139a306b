/**
 * The one place that reads the content collections and checks what a schema alone cannot:
 * unique reading order, known source ids, heading ids unique across the site, the casualty
 * data's sources and latest official figures, that the chapters' casualty tables agree with
 * that data, that each chronology event's sources and section exist, the corrections log, and
 * that the Russian chapters are in step with the English. The checks themselves are pure
 * functions (lib/content/checks.ts, lib/content/editions.ts); this module loads the collections, hands them
 * to it and stops the build with every problem found, each naming its file.
 */
import { getCollection, render, type CollectionEntry } from 'astro:content';
import { AstroError } from 'astro/errors';
import { extractCitedIds, numberCitations, withFigureCitations } from '../lib/site/citations';
import { contentProblems, CORRECTIONS_FILE, headingPages } from '../lib/content/checks';
import { editionProblems, type EditionChapter } from '../lib/content/editions';
import type { CountTableWords } from '../lib/casualties/chapter-tables';
import { DATA_FILE as CASUALTY_DATA_FILE } from '../lib/casualties/checks';
import { reportOrder } from '../lib/casualties/order';
import type { CasualtyRow } from '../schemas/casualties';
import { tocEntries, type Heading } from '../lib/site/headings';
import { EVENTS_FILE } from '../lib/chronology/checks';
import { chronologicalOrder } from '../lib/chronology/order';
import { DEFAULT_LOCALE, dictionaries } from '../i18n';
import type { ChronologyEvent } from '../schemas/events';
import type { BorderLength } from '../schemas/border-lengths';
import type { TextLocale } from '../schemas/text-layers';
import { assertEveryTextLayer, borderLengthsIn, casualtiesIn, correctionsIn, eventsIn, sourcesIn } from './localized-data';
import type { Correction } from '../schemas/corrections';
import { isoDate } from '../lib/site/format';
import { newestFirst } from '../lib/content/corrections';

/** A chapter in either edition: the English (`chapters`) or its Russian translation (`chaptersRu`). */
export type Chapter = CollectionEntry<'chapters'> | CollectionEntry<'chaptersRu'>;
type Source = CollectionEntry<'sources'>['data'];

export interface SiteContent {
  /** Chapters in reading order (overview first, about last). */
  chapters: Chapter[];
  /** When each page that is not a chapter last changed (content/pages.yaml), by page id. */
  pageUpdated: Map<string, Date>;
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
  /** The corrections log and new sections (content/data/corrections.yaml), checked, newest first. */
  corrections: Correction[];
  /**
   * Each chapter's text as far as citing goes, by chapter id: its MDX with the sources of a
   * figure drawn from data (`<BorderLengths />`) written in where the figure stands, so the
   * figure's sources are numbered, previewed and linked back to in reading order.
   */
  citingText: Map<string, string>;
}

/** When /chronology/ last changed: content/pages.yaml must say, as /chronology/ shows it. */
function chronologyUpdated(pageUpdated: ReadonlyMap<string, Date>): Date {
  const updated = pageUpdated.get('chronology');
  if (!updated) throw new AstroError('content/pages.yaml: no entry for "chronology", which says when /chronology/ last changed.');
  return updated;
}

function fileOf(chapter: Chapter): string {
  return chapter.filePath ?? `content/chapters/${chapter.collection === 'chaptersRu' ? 'ru/' : ''}${chapter.id}.mdx`;
}

/** A chapter of either edition as the editions check reads it. */
function editionChapter(chapter: Chapter, file: string): EditionChapter {
  const { title, navTitle, description, order, updated } = chapter.data;
  return { id: chapter.id, file, body: chapter.body ?? '', title, navTitle, description, order, updated: isoDate(updated) };
}

/** The words of the chapters' casualty tables, which are written in the site's language. */
const english = dictionaries.en;
const TABLE_WORDS: CountTableWords = { ...english.casualties, locale: english.formatLocale };

/** Each chapter's text as far as citing goes (see SiteContent.citingText). */
function citingTextOf(chapters: readonly Chapter[], borderLengths: readonly BorderLength[]): Map<string, string> {
  return new Map(
    chapters.map((c) => [
      c.id,
      withFigureCitations(
        c.body ?? '',
        'BorderLengths',
        borderLengths.flatMap((row) => row.sources),
      ),
    ]),
  );
}

async function headingsOf(chapters: readonly Chapter[]): Promise<Map<string, Heading[]>> {
  const headings = new Map<string, Heading[]>();
  for (const chapter of chapters) {
    const rendered = await render(chapter);
    headings.set(chapter.id, tocEntries(rendered.headings));
  }
  return headings;
}

/**
 * The content in a language other than English: its own chapters, headings and data words, and
 * everything else as the English has it. The checks run once, on the English (which the editions
 * check holds the translation to: same ids, numbers and citations), and the sources keep their
 * English numbers, which the same citations in the same places make the right ones, with the
 * language's own words for what this project wrote of them.
 */
async function loadTranslation(locale: TextLocale): Promise<SiteContent> {
  const english = await siteContent(DEFAULT_LOCALE);
  const chapters = (await getCollection('chaptersRu')).sort((a, b) => a.data.order - b.data.order);
  const borderLengths = await borderLengthsIn(locale);
  const sources = new Map((await sourcesIn(locale)).map((source) => [source.id, source]));
  return {
    ...english,
    sources,
    citedSources: english.citedSources.map(({ number, source }) => ({ number, source: sources.get(source.id)! })),
    chapters,
    headings: await headingsOf(chapters),
    casualties: (await casualtiesIn(locale)).sort(reportOrder),
    events: chronologicalOrder(await eventsIn(locale)),
    borderLengths,
    corrections: newestFirst(await correctionsIn(locale)),
    citingText: citingTextOf(chapters, borderLengths),
  };
}

async function load(locale: TextLocale): Promise<SiteContent> {
  if (locale !== DEFAULT_LOCALE) return loadTranslation(locale);
  const chapters = (await getCollection('chapters')).sort((a, b) => a.data.order - b.data.order);
  const russianChapters = await getCollection('chaptersRu');
  const sources = new Map((await sourcesIn(locale)).map((source) => [source.id, source]));
  await assertEveryTextLayer();
  const casualties = (await casualtiesIn(locale)).sort(reportOrder);
  const events = chronologicalOrder(await eventsIn(locale));
  const borderLengths = await borderLengthsIn(locale);
  const corrections = newestFirst(await correctionsIn(locale));
  const anchors = (await getCollection('anchors')).map((entry) => entry.data);
  const pageUpdated = new Map((await getCollection('pages')).map((entry) => [entry.data.id, entry.data.updated]));
  const citingText = citingTextOf(chapters, borderLengths);
  const headings = await headingsOf(chapters);
  const checkedChapters = chapters.map((c) => ({
    id: c.id,
    file: fileOf(c),
    order: c.data.order,
    body: c.body ?? '',
    citingText: citingText.get(c.id)!,
    headings: headings.get(c.id)!,
    updated: isoDate(c.data.updated),
  }));
  const problems = [
    ...contentProblems(
      {
        chapters: checkedChapters,
        sourceIds: new Set(sources.keys()),
        casualties,
        events,
        borderLengths,
        anchors,
        corrections,
        chronologyUpdated: isoDate(chronologyUpdated(pageUpdated)),
      },
      TABLE_WORDS,
    ),
    ...editionProblems(
      chapters.map((c) => editionChapter(c, fileOf(c))),
      russianChapters.map((c) => editionChapter(c, c.filePath ?? `content/chapters/ru/${c.id}.mdx`)),
    ),
  ];
  if (problems.length > 0) {
    throw new AstroError(
      `The content has ${problems.length === 1 ? 'a problem' : `${problems.length} problems`} that a schema cannot catch.`,
      problems.join('\n'),
    );
  }

  // The figures cite their rows' sources, so those are numbered and listed even if no text cites them.
  const citationNumbers = numberCitations(
    [
      ...checkedChapters.map((c) => ({ file: c.file, ids: extractCitedIds(c.citingText) })),
      { file: CASUALTY_DATA_FILE, ids: casualties.flatMap((row) => row.sources) },
      { file: EVENTS_FILE, ids: events.flatMap((event) => event.sources) },
      { file: CORRECTIONS_FILE, ids: corrections.flatMap((row) => row.sources) },
    ],
    new Set(sources.keys()),
  );
  const citedSources = [...citationNumbers].map(([id, number]) => ({ number, source: sources.get(id)! }));

  const pages = headingPages(checkedChapters);
  const aliasesByTarget = new Map<string, string[]>();
  for (const anchor of anchors) {
    if (anchor.aliasOf && pages.get(anchor.aliasOf) === anchor.page) {
      aliasesByTarget.set(anchor.aliasOf, [...(aliasesByTarget.get(anchor.aliasOf) ?? []), anchor.id]);
    }
  }

  return {
    chapters,
    pageUpdated,
    headings,
    sources,
    citedSources,
    citationNumbers,
    aliasesByTarget,
    casualties,
    events,
    borderLengths,
    corrections,
    citingText,
  };
}

const cached = new Map<TextLocale, Promise<SiteContent>>();

/** The checked site content, its data in the words of `locale`, loaded once per build and language. */
export function siteContent(locale: TextLocale = DEFAULT_LOCALE): Promise<SiteContent> {
  let content = cached.get(locale);
  if (!content) {
    content = load(locale);
    cached.set(locale, content);
  }
  return content;
}
