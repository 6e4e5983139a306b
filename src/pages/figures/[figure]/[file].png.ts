/**
 * A figure as a PNG to download (/figures/<id>/<id>.png): its SVG file drawn at twice its size on
 * light paper, for slides and documents (src/build/figure-download-render.ts). Linked from the
 * figure's page, never loaded by it.
 */
import type { APIRoute } from 'astro';
import type { FigurePage } from '~/collections/figure-pages';
import { DEFAULT_LOCALE } from '~/i18n';
import { renderFigurePng } from '~/build/figure-download-render';
import { figureDownload, figureDownloadPaths } from './_figure-download';

export const getStaticPaths = () => figureDownloadPaths(DEFAULT_LOCALE);

export const GET: APIRoute<FigurePage> = async ({ props, locals, site, url }) => {
  const png = await renderFigurePng(await figureDownload(props, locals, site, url));
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
