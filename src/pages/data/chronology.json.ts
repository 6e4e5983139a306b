/** /data/chronology.json: the chronology as one JSON object, each event's sources as a list. */
import type { APIRoute } from 'astro';
import { dataFileResponse } from '~/collections/data-files';

export const GET: APIRoute = ({ locals }) => dataFileResponse('chronology-json', locals.words, locals.locale);
