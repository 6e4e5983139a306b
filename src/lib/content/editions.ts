/**
 * The English and Russian editions of the chapters kept in step. A Russian chapter
 * (content/chapters/ru/<id>.mdx) is a translation of the English one: its words differ, but its
 * sections, the figures it gives, the sources it cites, its figures and tables and the pages it
 * links to must not, or a reader of one edition is told something the other does not say. Each
 * chapter is read with the one MDX reader and compared section by section (a section runs from a
 * heading with an id to the next); a pure function, so every rule is tried on small made-up chapters.
 */
import { headingId, jsxElement, parseMdx, walk, type AttributeValue, type TreeNode } from '../site/mdx-tree';

export interface EditionChapter {
  id: string;
  /** Where it is written, for messages: `content/chapters/ru/border.mdx`. */
  file: string;
  /** The MDX as written, without its frontmatter. */
  body: string;
  title: string;
  navTitle: string;
  description: string;
  order: number;
  /** `YYYY-MM-DD`. */
  updated: string;
}

/** Where the Russian edition's pages live; its internal links point under it. */
const RUSSIAN_BASE = '/ru/';

/** The section before a chapter's first heading. */
const OPENING = '(opening)';

/** Props a reader sees as words, so they are translated; the others (ids, sources, numbers, columns) are identical in both editions. */
const VISIBLE_TEXT_PROPS: ReadonlySet<string> = new Set(['summary', 'label', 'by', 'value', 'date']);

/** Components that are citations, compared as sources rather than as components. */
const CITATION = 'Cite';

interface Section {
  id: string;
  numbers: string[];
  sources: string[];
  components: string[];
  tableRows: number[];
  links: string[];
}

/**
 * The figures a text gives, each written canonically: English groups digits with commas and marks
 * decimals with a point (1,006.84); Russian groups with a narrow or no-break space and marks
 * decimals with a comma (1 006,84); both become `1006.84`. A point between digits in Russian is
 * kept as written, as it is in English, so a version number (CC BY 4.0) or a dotted date reads the
 * same in both editions and is never split.
 */
export function numbersIn(text: string, locale: 'en' | 'ru'): string[] {
  const pattern =
    locale === 'en'
      ? /\d{1,3}(?:,\d{3})+(?!\d)(?:\.\d+)?|\d+(?:\.\d+)*/g
      : /\d{1,3}(?:[\u202f\u00a0]\d{3})+(?!\d)(?:,\d+)?|\d+(?:,\d+(?!\.\d)|(?:\.\d+)+)?/g;
  return [...text.matchAll(pattern)].map(([written]) =>
    locale === 'en' ? written.replace(/,/g, '') : written.replace(/[\u202f\u00a0]/g, '').replace(',', '.'),
  );
}

function literal(value: AttributeValue): string {
  if (value === true) return 'true';
  return typeof value === 'string' ? JSON.stringify(value) : `{${value.expression.trim()}}`;
}

/** Reads one section's nodes; `locale` says how its figures are written. A prop's words are not text nodes, so only visible props' figures are read. */
function readSection(id: string, nodes: readonly TreeNode[], locale: 'en' | 'ru'): Section {
  const section: Section = { id, numbers: [], sources: [], components: [], tableRows: [], links: [] };
  for (const top of nodes) {
    for (const { node } of walk(top)) {
      if ((node.type === 'text' || node.type === 'inlineCode') && typeof node.value === 'string') {
        section.numbers.push(...numbersIn(node.value, locale));
      } else if (node.type === 'table') {
        section.tableRows.push(node.children?.length ?? 0);
      } else if (node.type === 'link') {
        const url = (node as TreeNode & { url?: unknown }).url;
        if (typeof url === 'string') section.links.push(url);
      }
      const element = jsxElement(node);
      if (!element) continue;
      if (element.name === CITATION) {
        const source = element.attributes.get('source');
        section.sources.push(...(typeof source === 'string' ? source.split(/\s+/).filter(Boolean) : []));
        continue;
      }
      const props: string[] = [];
      for (const [name, value] of [...element.attributes].sort(([a], [b]) => a.localeCompare(b))) {
        if (VISIBLE_TEXT_PROPS.has(name)) {
          if (typeof value === 'string') section.numbers.push(...numbersIn(value, locale));
        } else props.push(`${name}=${literal(value)}`);
      }
      section.components.push(`<${element.name}${props.map((prop) => ` ${prop}`).join('')}>`);
    }
  }
  return section;
}

/** A chapter's sections in order, each named by its heading's id. */
function sectionsOf(body: string, locale: 'en' | 'ru'): { sections: Section[]; headingless: number } {
  const groups: Array<{ id: string; nodes: TreeNode[] }> = [{ id: OPENING, nodes: [] }];
  let headingless = 0;
  for (const node of parseMdx(body).children ?? []) {
    const id = node.type === 'heading' ? headingId(node) : undefined;
    if (node.type === 'heading' && id === undefined) headingless += 1;
    if (id !== undefined) groups.push({ id, nodes: [node] });
    else groups.at(-1)!.nodes.push(node);
  }
  return { sections: groups.map((group) => readSection(group.id, group.nodes, locale)), headingless };
}

/** What one list has more of than the other: `1006.84 (English 2, Russian 1)`; empty when they hold the same items. */
export function multisetDifference(english: readonly string[], russian: readonly string[]): string[] {
  const counts = new Map<string, [number, number]>();
  for (const item of english) counts.set(item, [(counts.get(item)?.[0] ?? 0) + 1, counts.get(item)?.[1] ?? 0]);
  for (const item of russian) counts.set(item, [counts.get(item)?.[0] ?? 0, (counts.get(item)?.[1] ?? 0) + 1]);
  return [...counts]
    .filter(([, [inEnglish, inRussian]]) => inEnglish !== inRussian)
    .map(([item, [inEnglish, inRussian]]) => `${item} (English ${inEnglish}, Russian ${inRussian})`);
}

function isInternal(url: string): boolean {
  return url.startsWith('/');
}

/** A Russian internal link as the English page it translates would write it: `/ru/border/#vorukh` → `/border/#vorukh`. */
function englishTarget(url: string): string {
  if (url === '/ru' || url === RUSSIAN_BASE) return '/';
  return url.startsWith(RUSSIAN_BASE) ? url.slice(RUSSIAN_BASE.length - 1) : url;
}

function compareChapters(english: EditionChapter, russian: EditionChapter): string[] {
  const problems: string[] = [];
  const at = `${russian.file} (translating ${english.file})`;
  for (const key of ['order', 'updated'] as const) {
    if (english[key] !== russian[key]) {
      problems.push(
        `${at}: its ${key} is ${russian[key]}, the English chapter's ${english[key]}; a translation is dated and ordered as its original.`,
      );
    }
  }
  for (const key of ['title', 'navTitle', 'description'] as const) {
    if (russian[key].trim() === '') {
      problems.push(`${at}: write its ${key} in Russian.`);
      continue;
    }
    const numbers = multisetDifference(numbersIn(english[key], 'en'), numbersIn(russian[key], 'ru'));
    if (numbers.length) problems.push(`${at}: its ${key} gives other numbers than the English: ${numbers.join('; ')}.`);
  }

  const ours = sectionsOf(english.body, 'en');
  const theirs = sectionsOf(russian.body, 'ru');
  for (const [chapter, read] of [
    [english, ours],
    [russian, theirs],
  ] as const) {
    if (read.headingless > 0) {
      problems.push(
        `${chapter.file}: ${read.headingless} heading(s) without an id ({#id}); the editions are compared section by section, by heading id.`,
      );
    }
  }
  const englishIds = ours.sections.map((section) => section.id);
  const russianIds = theirs.sections.map((section) => section.id);
  if (englishIds.join(' ') !== russianIds.join(' ')) {
    const missing = englishIds.filter((id) => !russianIds.includes(id));
    const extra = russianIds.filter((id) => !englishIds.includes(id));
    problems.push(
      `${at}: its heading ids differ from the English chapter's` +
        (missing.length ? `; missing ${missing.map((id) => `#${id}`).join(', ')}` : '') +
        (extra.length ? `; not in English ${extra.map((id) => `#${id}`).join(', ')}` : '') +
        (!missing.length && !extra.length ? `; they are in another order (English: ${englishIds.join(', ')})` : '') +
        '.',
    );
  }

  for (const ourSection of ours.sections) {
    const theirSection = theirs.sections.find((section) => section.id === ourSection.id);
    if (!theirSection) continue;
    const where = `${at}, section #${ourSection.id}`;
    const numbers = multisetDifference(ourSection.numbers, theirSection.numbers);
    if (numbers.length) problems.push(`${where}: its numbers differ from the English section's: ${numbers.join('; ')}.`);
    const sources = multisetDifference(ourSection.sources, theirSection.sources);
    if (sources.length) problems.push(`${where}: it cites other sources than the English section: ${sources.join('; ')}.`);
    const components = multisetDifference(ourSection.components, theirSection.components);
    if (components.length) {
      problems.push(`${where}: its figures and components (or their props) differ from the English section's: ${components.join('; ')}.`);
    }
    if (ourSection.tableRows.join(',') !== theirSection.tableRows.join(',')) {
      problems.push(
        `${where}: its tables have ${theirSection.tableRows.join(', ') || 'no'} rows, the English section's ${ourSection.tableRows.join(', ') || 'no'}.`,
      );
    }
    const outside = theirSection.links.filter((url) => isInternal(url) && !url.startsWith(RUSSIAN_BASE) && url !== '/ru');
    if (outside.length)
      problems.push(`${where}: links to ${outside.join(', ')}, outside the Russian edition; write them under ${RUSSIAN_BASE}.`);
    const links = multisetDifference(ourSection.links, theirSection.links.map(englishTarget));
    if (links.length)
      problems.push(
        `${where}: it links elsewhere than the English section (Russian targets read without ${RUSSIAN_BASE}): ${links.join('; ')}.`,
      );
  }
  return problems;
}

/**
 * Every way the Russian chapters fall out of step with the English: a chapter in one edition only,
 * or a pair whose order, date, heading ids, or any section's numbers, cited sources, figures and
 * components, table rows or link targets differ. Each message names the file and the section.
 */
export function editionProblems(english: readonly EditionChapter[], russian: readonly EditionChapter[]): string[] {
  const problems: string[] = [];
  const russianById = new Map(russian.map((chapter) => [chapter.id, chapter]));
  const englishIds = new Set(english.map((chapter) => chapter.id));
  for (const chapter of english) {
    const translation = russianById.get(chapter.id);
    if (!translation) problems.push(`${chapter.file}: no Russian counterpart; write content/chapters/ru/${chapter.id}.mdx.`);
    else problems.push(...compareChapters(chapter, translation));
  }
  for (const chapter of russian) {
    if (!englishIds.has(chapter.id))
      problems.push(`${chapter.file}: no English counterpart; write content/chapters/${chapter.id}.mdx, or remove it.`);
  }
  return problems;
}
