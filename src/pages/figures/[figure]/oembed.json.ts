/**
 * A figure's oEmbed response (/figures/<id>/oembed.json), named by a discovery link in its page's
 * head, so that a blog or a CMS given the figure's address embeds it with the same `<iframe>` the
 * page offers. Built with or without SITE_URL: without it the snippet names the address the build
 * was made for, as the page's own snippet does, and the response leaves out provider_url.
 */
import type { APIRoute } from 'astro';
import { figurePagePaths, type FigurePage } from '~/collections/figure-pages';
import { absoluteUrl, figureEmbedPath, publishedUrl } from '~/lib/site/routes';
import { figureOembed, NO_SCRIPT_FRAME } from '~/lib/site/embed';

export const getStaticPaths = figurePagePaths;

export const GET: APIRoute<FigurePage> = ({ props, locals, site, url }) => {
  const { words: t, base } = locals;
  const { figure, chapterTitle } = props;
  const title = t.figurePage.title(t.figureName(figure.number), chapterTitle);
  const response = figureOembed({
    title,
    providerName: t.siteName,
    providerUrl: publishedUrl('/', base, site),
    frame: {
      src: absoluteUrl(figureEmbedPath(figure.id), base, site ?? new URL(url.origin)),
      title: t.embed.frameTitle(title, t.siteName),
      ...NO_SCRIPT_FRAME,
    },
  });
  return new Response(JSON.stringify(response), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
