/**
 * `<toc-highlight>` marks the contents entry of the section being read with aria-current. Without
 * JavaScript nothing is marked, which is better than marking the wrong entry.
 */
class TocHighlight extends HTMLElement {
  #observer?: IntersectionObserver;

  connectedCallback(): void {
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
    // The last heading above the header, found by halving: measuring a heading makes the browser
    // lay out its section, and off-screen sections are left unlaid out (content-visibility).
    const lastAbove = (): HTMLElement | undefined => {
      let low = 0;
      let high = headings.length;
      while (low < high) {
        const middle = (low + high) >> 1;
        if (headings[middle]!.getBoundingClientRect().top < headerHeight + 8) low = middle + 1;
        else high = middle;
      }
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
