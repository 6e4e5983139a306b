/** /data/places.geojson: the border map's places and clash sites, with their sources and OpenStreetMap's attribution. */
import type { APIRoute } from 'astro';
import { dataFileResponse } from '~/collections/data-files';

export const GET: APIRoute = ({ locals }) => dataFileResponse('places', locals.words, locals.locale);
