/**
 * The detail maps' boundaries: content/data/boundaries-osm.json, the OpenStreetMap extract that
 * `npm run geo` writes (src/build/extract-boundaries.ts). Imported as JSON, so the build and the
 * tests read the same 63 KB file, never the 48 MB package.
 */
import extract from '../../content/data/boundaries-osm.json';
import type { CountriesTopology } from '../lib/map/boundaries';
import type { ClipBox } from './boundary-clip.ts';

export interface OsmMetadata {
  source: string;
  attribution: string;
  licence: string;
  /** Year and month of the OpenStreetMap data. */
  dataDate: string;
  clip: ClipBox;
  simplification: string;
  generatedBy: string;
}

export const osmBoundaries = extract as unknown as CountriesTopology & { metadata: OsmMetadata };
