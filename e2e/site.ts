/** What the tests know about the site: its pages, read from content/ so they stay in step. */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { parse } from 'yaml';
import { figuresIn } from '../src/lib/print/figures.ts';
import { figurePath } from '../src/lib/site/routes.ts';
import { dictionaries } from '../src/i18n/index.ts';

const root = fileURLToPath(new URL('..', import.meta.url));

export interface ChapterInfo {
  id: string;
  path: string;
  title: string;
  order: number;
  /** The frontmatter's `updated` date, as written (YYYY-MM-DD). */
  updated: string;
}

/** A chapter's frontmatter: the YAML between the `---` lines that open its file. */
function frontmatter(text: string, file: string): Pick<ChapterInfo, 'title' | 'order' | 'updated'> {
  const yaml = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/.exec(text)?.[1];
  if (yaml === undefined) throw new Error(`${file} has no frontmatter`);
  const { title, order, updated } = parse(yaml) as Record<string, unknown>;
  if (typeof title !== 'string' || typeof order !== 'number' || typeof updated !== 'string') {
    throw new Error(`${file} needs a title, an order and an updated date in its frontmatter`);
  }
  return { title, order, updated };
}

/** The chapters of one edition in reading order, from its folder's *.mdx, with paths under its prefix (`ru/`). */
function chaptersIn(folder: string, prefix: string): ChapterInfo[] {
  const found = readdirSync(`${root}${folder}`)
    .filter((name) => name.endsWith('.mdx'))
    .map((name) => {
      const id = name.slice(0, -'.mdx'.length);
      return {
        id,
        path: `${prefix}${id === 'overview' ? '' : `${id}/`}`,
        ...frontmatter(readFileSync(`${root}${folder}/${name}`, 'utf8'), name),
      };
    })
    .sort((a, b) => a.order - b.order);
  // Specs make one test per chapter: with none found, they would pass by testing nothing.
  if (found.length === 0) throw new Error(`no chapters found in ${root}${folder}`);
  return found;
}

/** The chapters in reading order, from content/chapters/*.mdx. */
export const chapters: ChapterInfo[] = chaptersIn('content/chapters', '');

/** The Russian edition's chapters, from content/chapters/ru/*.mdx, at /ru/<id>/. */
export const russianChapters: ChapterInfo[] = chaptersIn('content/chapters/ru', 'ru/');

/** Every page of the site, as paths relative to the base URL. */
export const allPages: Array<{ path: string; title: string }> = [
  ...chapters.map(({ path, title }) => ({ path, title })),
  { path: 'chronology/', title: 'Chronology' },
  { path: 'sources/', title: 'Sources' },
  { path: 'changes/', title: 'Changes and corrections' },
  { path: 'names/', title: 'Names and places, A–Z' },
  { path: 'data/', title: 'The data as files' },
  { path: 'print/', title: 'The Kyrgyz–Tajik border conflict' },
];

/** Every page of the Russian edition, with its Russian title, at the English page's path under ru/. */
export const russianPages: Array<{ path: string; title: string }> = (() => {
  const ru = dictionaries.ru;
  return [
    ...russianChapters.map(({ path, title }) => ({ path, title })),
    { path: 'ru/chronology/', title: ru.chronology.title },
    { path: 'ru/sources/', title: ru.sourcesTitle },
    { path: 'ru/changes/', title: ru.changes.title },
    { path: 'ru/names/', title: ru.names.title },
    { path: 'ru/data/', title: ru.dataFiles.title },
    { path: 'ru/print/', title: ru.siteName },
  ];
})();

/**
 * Every numbered figure of every chapter, read from the chapters' MDX as the build reads it: each
 * has a page of its own at `figures/<id>/`. Not in allPages, so that the specs run per page do
 * not run eleven times more; figures.spec.ts walks them all in one test.
 */
export const figures = chapters.flatMap((chapter) =>
  figuresIn(chapter.id, readFileSync(`${root}content/chapters/${chapter.id}.mdx`, 'utf8')).map((figure) => ({
    ...figure,
    chapter,
    path: figurePath(figure.id).slice(1),
  })),
);

/** A `page#id` promised in content/anchors.yaml (checked by its schema at build time). */
export interface PublishedAnchor {
  page: string;
  id: string;
  aliasOf?: string;
}

/** The published anchors promised in content/anchors.yaml. */
export function publishedAnchors(): PublishedAnchor[] {
  return parse(readFileSync(`${root}content/anchors.yaml`, 'utf8')) as PublishedAnchor[];
}

/** A site path (`/border/`) as a path relative to the base URL (`border/`). */
export function relative(sitePath: string): string {
  return sitePath.replace(/^\//, '');
}

/** The height of the sticky header, which a deep-linked heading must clear. */
export async function headerBottom(page: Page): Promise<number> {
  const box = await page.getByRole('banner').first().boundingBox();
  return box ? box.y + box.height : 0;
}

/**
 * Where the built site says it is published: SITE_URL and BASE_PATH as astro.config.mjs reads
 * them (with the same default), so absolute URLs in the pages can be checked against it.
 */
export const publishedRoot = new URL(process.env.BASE_PATH ?? '/', process.env.SITE_URL ?? 'https://border-explainer.example');
