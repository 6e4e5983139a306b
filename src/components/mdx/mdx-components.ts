/** The components chapter MDX is rendered with: element overrides and the author-facing tags. */
import BorderMap from '../figures/BorderMap.astro';
import Cite from './Cite.astro';
import CasualtyComparison from '../figures/CasualtyComparison.astro';
import TollTimeline from '../figures/TollTimeline.astro';
import ChronologyTimeline from '../figures/ChronologyTimeline.astro';
import BorderLengths from '../figures/BorderLengths.astro';
import Fold from './Fold.astro';
import KeyFigure from './KeyFigure.astro';
import KeyFigures from './KeyFigures.astro';
import Questions from './Questions.astro';
import ContentLink from './ContentLink.astro';
import ContentTable from './ContentTable.astro';
import ReferenceTable from './ReferenceTable.astro';
import SectionHeading2 from './SectionHeading2.astro';
import SectionHeading3 from './SectionHeading3.astro';

export const mdxComponents = {
  h2: SectionHeading2,
  h3: SectionHeading3,
  a: ContentLink,
  table: ContentTable,
  Cite,
  BorderMap,
  CasualtyComparison,
  TollTimeline,
  ChronologyTimeline,
  BorderLengths,
  Fold,
  KeyFigures,
  KeyFigure,
  Questions,
  ReferenceTable,
};
