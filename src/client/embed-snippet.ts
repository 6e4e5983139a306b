/**
 * The embed code on a figure's page, sized to the figure as this page draws it (graphic, caption
 * and sources, plus the credit line the frame adds), so the frame keeps that shape on the host's
 * page without any script there. Without this script the code keeps the page's 4:5.
 */
import { embedFrame } from '../lib/site/embed';

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
