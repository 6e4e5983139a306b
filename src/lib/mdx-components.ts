/** The components chapter MDX is rendered with: element overrides and the author-facing tags. */
import BorderMap from '../components/charts/BorderMap.astro';
import Cite from '../components/Cite.astro';
import CasualtyComparison from '../components/charts/CasualtyComparison.astro';
import TollTimeline from '../components/charts/TollTimeline.astro';
import ContentLink from '../components/ContentLink.astro';
import ContentTable from '../components/ContentTable.astro';
import ReferenceTable from '../components/mdx/ReferenceTable.astro';
import SectionHeading2 from '../components/SectionHeading2.astro';
import SectionHeading3 from '../components/SectionHeading3.astro';

export const mdxComponents = {
  h2: SectionHeading2,
  h3: SectionHeading3,
  a: ContentLink,
  table: ContentTable,
  Cite,
  BorderMap,
  CasualtyComparison,
  TollTimeline,
  ReferenceTable,
};
