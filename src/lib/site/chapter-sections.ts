/**
 * A chapter's rendered HTML cut into its h2 sections, so the browser can skip laying out the
 * ones off screen (`content-visibility: auto` on `.chapter-section`). Markdown gives a flat run of
 * blocks, and an MDX heading component cannot wrap the blocks after it, so the cut is made on
 * the chapter's finished HTML, at each h2 that SectionHeading renders at the top level. Text before
 * the first h2 (the opening, on screen at once) stays as it is. Which h2s stand at the top level
 * is read from the parsed HTML; the cut is made in the text, which is otherwise left as rendered.
 */
import { isElement, parseHtml, walk } from './mdx-tree';

/** How SectionHeading opens an h2 (its wrapper's class attribute, exactly as rendered). */
export const H2_OPENING = '<div class="section-heading section-heading--h2"';

const SECTION_CLASS = 'chapter-section';
const H2_WRAPPER_CLASS = 'section-heading--h2';

/**
 * For each h2 wrapper in the HTML, in document order, whether it stands at the top level: read
 * from the parsed tree, so a heading inside a fold, a table or a list is known as such however
 * its containers are written.
 */
function h2WrappersAtTopLevel(html: string): boolean[] {
  return [...walk(parseHtml(html))]
    .filter(({ node }) => isElement(node, 'div') && (node.properties?.['className'] as unknown[] | undefined)?.includes(H2_WRAPPER_CLASS))
    .map(({ ancestors }) => ancestors.length === 1);
}

/** The HTML with each top-level h2 and what follows it, up to the next one, in a `<section>`. */
export function wrapSections(html: string): string {
  const openings: number[] = [];
  for (let at = html.indexOf(H2_OPENING); at !== -1; at = html.indexOf(H2_OPENING, at + 1)) openings.push(at);
  const topLevel = h2WrappersAtTopLevel(html);
  if (topLevel.length !== openings.length) {
    throw new Error(
      `A chapter's HTML has ${topLevel.length} h2 headings but ${openings.length} openings written as ${H2_OPENING}>; SectionHeading and chapter-sections.ts disagree.`,
    );
  }
  const cuts = openings.filter((_, i) => topLevel[i]);
  if (!cuts.length) return html;
  const parts = [html.slice(0, cuts[0])];
  cuts.forEach((start, i) => parts.push(`<section class="${SECTION_CLASS}">${html.slice(start, cuts[i + 1] ?? html.length)}</section>`));
  return parts.join('');
}
