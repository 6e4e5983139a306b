/**
 * A chapter's rendered HTML cut into its h2 sections, so the browser can skip laying out the
 * ones off screen (`content-visibility: auto` on `.chapter-section`). Markdown gives a flat run of
 * blocks, and an MDX heading component cannot wrap the blocks after it, so the cut is made on
 * the chapter's finished HTML, at each h2 that SectionHeading renders at the top level. Text before
 * the first h2 (the opening, on screen at once) stays as it is.
 */

/** How SectionHeading opens an h2 (its wrapper's class attribute, exactly as rendered). */
export const H2_OPENING = '<div class="section-heading section-heading--h2"';

const SECTION_CLASS = 'chapter-section';

/** Block elements an h2 could sit inside; a heading nested in one of them is not a cut. */
const CONTAINERS = ['div', 'section', 'details', 'aside', 'blockquote', 'figure', 'table', 'ul', 'ol', 'li', 'article', 'header', 'footer', 'nav'];

/** True when every container opened in `html` is closed again, i.e. its end is at the top level. */
function balanced(html: string): boolean {
  return CONTAINERS.every((tag) => {
    const opened = html.match(new RegExp(`<${tag}[\\s>]`, 'gi'))?.length ?? 0;
    const closed = html.match(new RegExp(`</${tag}\\s*>`, 'gi'))?.length ?? 0;
    return opened === closed;
  });
}

/** The HTML with each top-level h2 and what follows it, up to the next one, in a `<section>`. */
export function wrapSections(html: string): string {
  const cuts: number[] = [];
  for (let at = html.indexOf(H2_OPENING); at !== -1; at = html.indexOf(H2_OPENING, at + 1)) {
    if (balanced(html.slice(0, at))) cuts.push(at);
  }
  if (!cuts.length) return html;
  const parts = [html.slice(0, cuts[0])];
  cuts.forEach((start, i) => parts.push(`<section class="${SECTION_CLASS}">${html.slice(start, cuts[i + 1] ?? html.length)}</section>`));
  return parts.join('');
}
