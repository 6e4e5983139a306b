/** /data/chronology.csv: every event of the chronology, in date order, with its sources. */
import type { APIRoute } from 'astro';
import { dataFileResponse } from '~/collections/data-files';

export const GET: APIRoute = ({ locals }) => dataFileResponse('chronology-csv', locals.words, locals.locale);
