/** /data/casualties.csv: every reported casualty figure, made from the same rows as the figures. */
import type { APIRoute } from 'astro';
import { siteContent } from '~/collections/site-content';
import { casualtiesCsv } from '~/lib/casualties/csv';

export const GET: APIRoute = async ({ locals }) => {
  const { casualties, sources } = await siteContent();
  return new Response(casualtiesCsv(casualties, sources, locals.words), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
};
