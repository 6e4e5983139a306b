/**
 * A figure as an SVG file to download (/figures/<id>/<id>.svg): the figure its page draws, with
 * its title, its source line and the site's credit, coloured for light paper with a stylesheet of
 * its own (src/build/figure-download-render.ts). Linked from the figure's page, never loaded by it.
 */
import type { APIRoute } from 'astro';
import type { FigurePage } from '~/collections/figure-pages';
import { DEFAULT_LOCALE } from '~/i18n';
import { figureDownload, figureDownloadPaths } from './_figure-download';

export const getStaticPaths = () => figureDownloadPaths(DEFAULT_LOCALE);

export const GET: APIRoute<FigurePage> = async ({ props, locals, site, url }) => {
  const { svg } = await figureDownload(props, locals, site, url);
  return new Response(svg, { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });
};
