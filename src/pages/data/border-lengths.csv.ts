/** /data/border-lengths.csv: every published length of the border, with who gave it and its sources. */
import type { APIRoute } from 'astro';
import { dataFileResponse } from '~/collections/data-files';

export const GET: APIRoute = ({ locals }) => dataFileResponse('border-lengths', locals.words, locals.locale);
