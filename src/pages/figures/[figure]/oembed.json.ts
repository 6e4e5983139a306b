/**
 * A figure's oEmbed response (/figures/<id>/oembed.json), named by a discovery link in its page's
 * head, so that a blog or a CMS given the figure's address embeds it with the same `<iframe>` the
 * page offers. Built with or without SITE_URL: without it the snippet names the address the build
 * was made for, as the page's own snippet does, and the response leaves out provider_url.
 */
import type { APIRoute } from 'astro';
import { figurePagePaths, type FigurePage } from '~/collections/figure-pages';
import { DEFAULT_LOCALE } from '~/i18n';
import { absoluteUrl, figureEmbedPath, localizedPath, publishedUrl } from '~/lib/site/routes';
import { figureOembed, NO_SCRIPT_FRAME } from '~/lib/site/embed';

export const getStaticPaths = () => figurePagePaths(DEFAULT_LOCALE);

export const GET: APIRoute<FigurePage> = ({ props, locals, site, url }) => {
  const { words: t, base, locale } = locals;
  const { figure, chapterTitle } = props;
  const title = t.figurePage.title(t.figureName(figure.number), chapterTitle);
  const response = figureOembed({
    title,
    providerName: t.siteName,
    providerUrl: publishedUrl(localizedPath('/', locale), base, site),
    frame: {
      src: absoluteUrl(localizedPath(figureEmbedPath(figure.id), locale), base, site ?? new URL(url.origin)),
      title: t.embed.frameTitle(title, t.siteName),
      ...NO_SCRIPT_FRAME,
    },
  });
  return new Response(JSON.stringify(response), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
