/** The components chapter MDX is rendered with: element overrides and the author-facing tags. */
import BorderMap from '../components/charts/BorderMap.astro';
import BorderLengths from '../components/figures/BorderLengths.astro';
import Cite from '../components/Cite.astro';
import CasualtyComparison from '../components/charts/CasualtyComparison.astro';
import TollTimeline from '../components/charts/TollTimeline.astro';
import Fold from '../components/mdx/Fold.astro';
import KeyFigure from '../components/mdx/KeyFigure.astro';
import KeyFigures from '../components/mdx/KeyFigures.astro';
import ContentLink from '../components/ContentLink.astro';
import ContentTable from '../components/ContentTable.astro';
import SectionHeading2 from '../components/SectionHeading2.astro';
import SectionHeading3 from '../components/SectionHeading3.astro';

export const mdxComponents = {
  h2: SectionHeading2,
  h3: SectionHeading3,
  a: ContentLink,
  table: ContentTable,
  Cite,
  BorderMap,
  BorderLengths,
  CasualtyComparison,
  TollTimeline,
  Fold,
  KeyFigures,
  KeyFigure,
};
