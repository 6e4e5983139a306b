/**
 * The share cards: one 1200 by 630 PNG per chapter, named after it, and `site.png` for the sources,
 * the print edition and the 404 page. Drawn at build time from the titles (src/lib/site/share-card.ts);
 * pages only name them in their link-preview tags, so readers never download them.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { siteContent } from '~/collections/site-content';
import { absoluteUrl, SITE_SHARE_CARD } from '~/lib/site/routes';
import { chapterCard, displayAddress, siteCard } from '~/lib/site/share-card';
import { renderShareCard } from '~/build/share-card-render';

export const getStaticPaths = (async () => {
  const { chapters } = await siteContent();
  const clash = chapters.find((c) => c.id === SITE_SHARE_CARD);
  if (clash)
    throw new Error(
      `content/chapters/${clash.id}.mdx: "${SITE_SHARE_CARD}" is the name of the site's own share card; give the chapter another file name.`,
    );
  return [...chapters.map((chapter) => ({ params: { card: chapter.id } })), { params: { card: SITE_SHARE_CARD } }];
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site, locals }) => {
  const { words: t, base, locale, pagePath } = locals;
  // The cards are the same in every language but for their words (ru/og/ re-exports this route).
  const title = (await siteContent(locale)).chapters.find((chapter) => chapter.id === params.card)?.data.title;
  const address = displayAddress(absoluteUrl(pagePath('/'), base, site ?? 'http://localhost/'));
  const card = title ? chapterCard(title, t.siteName, address) : siteCard(t.siteName, t.siteTagline, address);
  const png = await renderShareCard(card);
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
