/**
 * Running heads for printing: on every printed page the chapter's title, the site's address and
 * "page n of N" in the page's words. Chromium prints CSS margin boxes but not `string-set`, so each chapter gets a
 * named page whose header is written here from the chapter list. Built without SITE_URL, the
 * site's address is not known and the heads show none.
 */
import type { APIRoute } from 'astro';
import { siteContent } from '~/collections/site-content';
import { chapterPath, CHRONOLOGY_PATH, DATA_PATH, NAMES_PATH, publishedUrl } from '~/lib/site/routes';
import { printRunningHeadsCss } from '~/lib/site/print-running-heads';

export const GET: APIRoute = async ({ site, locals }) => {
  const { words: t, base } = locals;
  const { chapters } = await siteContent();
  const address = (path: string) => publishedUrl(path, base, site)?.replace(/^https?:\/\//, '');
  const pages = [
    ...chapters.map((c) => ({ name: c.id, title: c.data.title, address: address(chapterPath(c.id)) })),
    { name: 'chronology', title: t.chronology.title, address: address(CHRONOLOGY_PATH) },
    { name: 'sources', title: t.sourcesTitle, address: address('/sources/') },
    { name: 'changes', title: t.changes.title, address: address('/changes/') },
    { name: 'names', title: t.names.title, address: address(NAMES_PATH) },
    { name: 'data', title: t.dataFiles.title, address: address(DATA_PATH) },
    { name: 'print-title', title: t.siteName, address: address('/print/') },
  ];
  return new Response(printRunningHeadsCss(pages, t.print), { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
};
