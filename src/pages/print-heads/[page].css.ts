/**
 * Running heads for printing: on every printed page the chapter's title, the site's address and
 * "page n of N" in the page's words. Chromium prints CSS margin boxes but not `string-set`, so each chapter gets a
 * named page whose header is written here from the chapter list. Built without SITE_URL, the
 * site's address is not known and the heads show none.
 *
 * One small stylesheet per page (`/print-heads/border.css`), with only that page's head: every
 * page downloads its print stylesheet on a first visit, and the site's twelve heads cost each
 * 0.4 KiB gzip where it needs one. The print edition (`print-title`) holds every page and gets
 * them all; a page without a head of its own (the not-found page) gets `default`, the foot alone.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { siteContent } from '~/collections/site-content';
import { chapterPath, CHRONOLOGY_PATH, DATA_PATH, NAMES_PATH, publishedUrl } from '~/lib/site/routes';
import { printRunningHeadsCss } from '~/lib/site/print-running-heads';

/** The print edition's head, which takes every page's. */
const EDITION = 'print-title';
/** The stylesheet of a page without a head of its own. */
const DEFAULT_HEADS = 'default';
const OTHER_PAGES = ['chronology', 'sources', 'changes', 'names', 'data', EDITION];

export const getStaticPaths = (async () => {
  const { chapters } = await siteContent();
  return [...chapters.map((c) => c.id), ...OTHER_PAGES, DEFAULT_HEADS].map((page) => ({ params: { page } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ site, locals, params }) => {
  // The heads are the same in every language but for their words and addresses (ru/print-heads/ re-exports this route).
  const { words: t, base, locale, pagePath } = locals;
  const { chapters } = await siteContent(locale);
  const address = (path: string) => publishedUrl(pagePath(path), base, site)?.replace(/^https?:\/\//, '');
  const pages = [
    ...chapters.map((c) => ({ name: c.id, title: c.data.title, address: address(chapterPath(c.id)) })),
    { name: 'chronology', title: t.chronology.title, address: address(CHRONOLOGY_PATH) },
    { name: 'sources', title: t.sourcesTitle, address: address('/sources/') },
    { name: 'changes', title: t.changes.title, address: address('/changes/') },
    { name: 'names', title: t.names.title, address: address(NAMES_PATH) },
    { name: 'data', title: t.dataFiles.title, address: address(DATA_PATH) },
    { name: EDITION, title: t.siteName, address: address('/print/') },
  ];
  const wanted = params.page === EDITION ? pages : pages.filter((page) => page.name === params.page);
  return new Response(printRunningHeadsCss(wanted, t.print), { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
};
