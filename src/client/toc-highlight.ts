/**
 * `<toc-highlight>` marks the contents entry of the section being read with aria-current. Without
 * JavaScript nothing is marked, which is better than marking the wrong entry.
 */
class TocHighlight extends HTMLElement {
  #observer?: IntersectionObserver;

  connectedCallback(): void {
    // Once the page is idle: measuring the header below makes the browser lay out the page then
    // and there, which on load would lengthen the task that runs this script by the whole layout.
    if ('requestIdleCallback' in window) window.requestIdleCallback(() => this.#start(), { timeout: 1000 });
    else setTimeout(() => this.#start(), 1);
  }

  #start(): void {
    if (!this.isConnected) return;
    const links = [...this.querySelectorAll<HTMLAnchorElement>('a[href^="#"]')];
    const headings = links
      .map((link) => document.getElementById(decodeURIComponent(link.hash.slice(1))))
      .filter((el): el is HTMLElement => el !== null);
    if (headings.length === 0) return;
    const headerHeight = document.querySelector('.site-header')?.getBoundingClientRect().height ?? 0;
    const mark = (id: string) => {
      for (const link of links) {
        if (link.hash.slice(1) === id) link.setAttribute('aria-current', 'true');
        else link.removeAttribute('aria-current');
      }
    };
    // The last heading above the header. Measuring a heading in an off-screen section makes the
    // browser lay that section out then and there (content-visibility skips it until shown), so
    // the sections' own boxes, which are laid out while their contents are skipped, are halved
    // down to the one the header's edge falls in; only that section's headings, on screen, are
    // measured themselves.
    const above = (element: Element) => element.getBoundingClientRect().top < headerHeight + 8;
    const sectionOf = (heading: HTMLElement) => heading.closest('.chapter-section') ?? heading;
    const lastAbove = (): HTMLElement | undefined => {
      let low = 0;
      let high = headings.length;
      while (low < high) {
        const middle = (low + high) >> 1;
        if (above(sectionOf(headings[middle]!))) low = middle + 1;
        else high = middle;
      }
      const section = low > 0 ? sectionOf(headings[low - 1]!) : undefined;
      while (low > 0 && sectionOf(headings[low - 1]!) === section && !above(headings[low - 1]!)) low -= 1;
      return headings[low - 1];
    };
    const visible = new Set<string>();
    this.#observer = new IntersectionObserver(
      (entries) => {
        for (const entry of entries) {
          if (entry.isIntersecting) visible.add(entry.target.id);
          else visible.delete(entry.target.id);
        }
        const current = headings.find((h) => visible.has(h.id)) ?? lastAbove();
        if (current) mark(current.id);
      },
      { rootMargin: `-${Math.round(headerHeight)}px 0px -40% 0px` },
    );
    for (const heading of headings) this.#observer.observe(heading);
  }

  disconnectedCallback(): void {
    this.#observer?.disconnect();
  }
}

customElements.define('toc-highlight', TocHighlight);
