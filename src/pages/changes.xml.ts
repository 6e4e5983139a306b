/**
 * /changes.xml: the corrections log (content/data/corrections.yaml) as an Atom feed, newest
 * first, each entry linking to the section it changed. Every page names it in a
 * `<link rel="alternate">`; /changes/ is the same list as a page.
 */
import type { APIRoute } from 'astro';
import { siteContent } from '~/collections/site-content';
import { changePlaces } from '~/collections/change-places';
import { placeName } from '~/lib/content/corrections';
import { atomFeed } from '~/lib/site/atom';
import { absoluteUrl } from '~/lib/site/routes';

export const GET: APIRoute = async ({ site, locals }) => {
  const { words: t, base } = locals;
  const words = t.changes;
  const { corrections } = await siteContent(locals.locale);
  const places = await changePlaces(locals.locale, t);
  // The build always has a site: SITE_URL, or the placeholder the tests use (astro.config.mjs).
  const url = (path: string) => absoluteUrl(path, base, site!);
  const kind = (section: string, k: 'correction' | 'addition') =>
    k === 'addition' ? (section.includes('#') ? words.kind.addition : words.kind.page) : words.kind.correction;
  const xml = atomFeed({
    id: url('/changes.xml'),
    title: `${words.title} · ${t.siteName}`,
    subtitle: words.description,
    self: url('/changes.xml'),
    alternate: url('/changes/'),
    author: t.siteName,
    lang: t.formatLocale,
    entries: corrections.map((change) => ({
      id: `${url('/changes/')}#correction-${change.id}`,
      title: `${kind(change.section, change.kind)}: ${placeName(change.section, places, words)}`,
      updated: change.date,
      link: url(change.section),
      content: change.said === undefined ? `${words.added}: ${change.says}` : `${words.said}: ${change.said} ${words.says}: ${change.says}`,
    })),
  });
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
