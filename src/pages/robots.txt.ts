/**
 * robots.txt: everything may be crawled, and the sitemap (written by @astrojs/sitemap at the end
 * of the build) is named with the configured site and base, so it follows SITE_URL and BASE_PATH.
 */
import type { APIRoute } from 'astro';
import { absoluteUrl } from '~/lib/site/routes';
import { robotsTxt } from '~/lib/site/share-meta';

export const GET: APIRoute = ({ site, locals }) => {
  const sitemap = site ? absoluteUrl('/sitemap-index.xml', locals.base, site) : undefined;
  return new Response(robotsTxt(sitemap), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
