/**
 * Takes the reader to the section they are at when they switch language: both editions give a
 * section the same id, so the other page's address gets the id of the last heading scrolled past.
 * Measured on click only (finding it lays out the page up to the reader's place). Without
 * JavaScript the link leads to the top of the other page.
 */
/** Where a heading scrolled to sits: below the header by the page's scroll padding (base.css). */
const scrolledToTop = () => parseFloat(getComputedStyle(document.documentElement).scrollPaddingTop) || 0;

function sectionBeingRead(): string | undefined {
  // A heading just scrolled to (a deep link, a contents entry) sits at the scroll padding, or lower
  // when the sections above it were laid out only as it came into view (content-visibility): one
  // in the top quarter of the screen counts as read.
  const limit = Math.max(scrolledToTop() + 8, window.innerHeight / 4);
  let current: string | undefined;
  for (const heading of document.querySelectorAll<HTMLElement>('main h2[id], main h3[id]')) {
    // A heading not shown on screen (a chapter's source list is for paper) is nowhere to be at.
    if (heading.getClientRects().length === 0) continue;
    if (heading.getBoundingClientRect().top >= limit) break;
    current = heading.id;
  }
  return current;
}

document.addEventListener('click', (event) => {
  const link = (event.target as Element | null)?.closest<HTMLAnchorElement>('a[data-language-switch]');
  if (!link) return;
  const section = sectionBeingRead();
  if (section) link.hash = section;
});
