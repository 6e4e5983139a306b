/**
 * The embed code on a figure's page, sized to the figure as this page draws it (graphic, caption
 * and sources, plus the credit line the frame adds), so the frame keeps that shape on the host's
 * page without any script there. Without this script the code keeps the page's 4:5.
 */
import { embedFrame } from '../lib/site/embed';
import { EMBED_ANCHOR } from '../lib/site/routes';

const code = document.querySelector<HTMLElement>('[data-embed-src]');
const figure = document.querySelector<HTMLElement>('main figure');
if (code && figure) {
  const src = code.dataset.embedSrc ?? '';
  const title = code.dataset.embedTitle ?? '';
  const size = () => {
    const { width, height } = figure.getBoundingClientRect();
    // The credit line under the figure in the frame: about three lines of the root size.
    const credit = parseFloat(getComputedStyle(document.documentElement).fontSize) * 3;
    if (width > 0 && height > 0) code.textContent = embedFrame({ src, title, width, height: height + credit });
  };
  new ResizeObserver(size).observe(figure);
}

// A caption's "Embed" (here or in a chapter) leads to the embed code (#embed): the box holding it
// opens, as the reader asked for the code, not for the line that folds it away.
const embedBox = document.getElementById(EMBED_ANCHOR);
const openAtAnchor = () => {
  if (embedBox instanceof HTMLDetailsElement && location.hash === `#${EMBED_ANCHOR}`) embedBox.open = true;
};
openAtAnchor();
addEventListener('hashchange', openAtAnchor);
