/** /data/casualties.csv: every reported casualty figure, made from the same rows as the figures. */
import type { APIRoute } from 'astro';
import { dataFileResponse } from '~/collections/data-files';

export const GET: APIRoute = ({ locals }) => dataFileResponse('casualties', locals.words, locals.locale);
