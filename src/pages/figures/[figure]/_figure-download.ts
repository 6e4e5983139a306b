/**
 * What the endpoints /figures/<id>/<id>.svg and .png share (a leading `_` keeps this file out of
 * the routes): their paths, and the figure's SVG, drawn once per figure and language for both.
 *
 * Where the SVG comes from: the figure's component is rendered again, with the props its chapter
 * gives it, by Astro's Container API (experimental_AstroContainer), inside the endpoint. Of the
 * ways to get at that markup this keeps one source of truth and the files ordinary static routes:
 * reading it back from the built page in an `astro:build:done` step would put the files outside
 * the routes (no dev server, no `getStaticPaths`, work after the build instead of in it), and
 * factoring each figure's drawing out of its component into functions both could call would
 * rewrite eleven figures' markup for the sake of a copy of it. The container renders the component
 * the page renders (PlacedFigure), at the page's address, so a change to a figure reaches its
 * files in the same build. It lives here, not in src/build/, because it needs the components and
 * the collections, which themselves use src/build/.
 */
import { experimental_AstroContainer } from 'astro/container';
import PlacedFigure from '~/components/figures/PlacedFigure.astro';
import { figurePagePaths, type FigurePage } from '~/collections/figure-pages';
import { drawFigureSvg } from '~/build/figure-download-render';
import type { DownloadSvg } from '~/lib/figure-download/download-svg';
import { displayAddress } from '~/lib/site/share-card';
import type { Locale } from '~/i18n';
import { absoluteUrl, figurePath, localizedPath, publishedUrl } from '~/lib/site/routes';

/** One path per figure of an edition, its file named after it (`/figures/figure-map/figure-map.png`). */
export async function figureDownloadPaths(locale: Locale): Promise<Array<{ params: { figure: string; file: string }; props: FigurePage }>> {
  return (await figurePagePaths(locale)).map(({ params, props }) => ({ params: { ...params, file: params.figure }, props }));
}

const drawn = new Map<string, Promise<DownloadSvg>>();

async function render(page: FigurePage, locals: App.Locals, site: URL | undefined, origin: URL): Promise<DownloadSvg> {
  const { words: t, base, locale } = locals;
  const { id } = page.figure;
  const pagePath = localizedPath(figurePath(id), locale);
  const container = await experimental_AstroContainer.create();
  const html = await container.renderToString(PlacedFigure, {
    props: { figure: page.figure },
    // A copy: figures claim their ids on the page's locals (unique-ids.ts), and this is a page of its own.
    locals: { ...locals },
    request: new Request(absoluteUrl(pagePath, base, site ?? origin)),
  });
  const published = publishedUrl(pagePath, base, site);
  return drawFigureSvg(html, id, {
    moreSources: t.figureDownload.moreSources,
    credit: t.figureDownload.credit(t.siteName, published && displayAddress(published)),
  });
}

/**
 * The figure as a standalone SVG; its credit names the figure's address when the site's is known
 * (SITE_URL), and only the site's name otherwise.
 */
export function figureDownload(page: FigurePage, locals: App.Locals, site: URL | undefined, origin: URL): Promise<DownloadSvg> {
  const key = `${locals.locale} ${page.figure.id}`;
  let svg = drawn.get(key);
  if (!svg) {
    svg = render(page, locals, site, origin);
    drawn.set(key, svg);
  }
  return svg;
}
