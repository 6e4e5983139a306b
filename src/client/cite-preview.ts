/**
 * `<cite-previews>` holds, in a <template>, one line per source the page cites (publisher, title,
 * date), keyed by the source's number (the link's text), written at build time. This shows that line beside a citation number under the pointer
 * or the keyboard focus, as a tooltip, and on a tap (touch) with a link to the full entry. Without
 * it the number is a plain link to the entry on /sources/.
 */
class CitePreviews extends HTMLElement {
  #tip = document.createElement('div');
  #current: HTMLAnchorElement | undefined;
  #hideTimer = 0;
  #touch = false;

  connectedCallback(): void {
    const template = this.querySelector('template');
    if (!template) return;
    const tip = this.#tip;
    tip.id = 'cite-tip';
    tip.className = 'cite-tip';
    tip.setAttribute('role', 'tooltip');
    tip.hidden = true;
    document.body.append(tip);
    const citeLink = (event: Event) => (event.target as Element | null)?.closest?.<HTMLAnchorElement>('.cite a') ?? undefined;
    const entryFor = (link: HTMLAnchorElement) => template.content.querySelector(`[data-n="${Number(link.textContent)}"]`);

    document.addEventListener('pointerdown', (event) => {
      this.#touch = event.pointerType === 'touch';
      if (!tip.hidden && !tip.contains(event.target as Node) && !citeLink(event)) this.hide();
    });
    document.addEventListener('pointerover', (event) => {
      const link = citeLink(event);
      if (link && event.pointerType === 'mouse') this.show(link, entryFor(link), false);
      else if (tip.contains(event.target as Node)) clearTimeout(this.#hideTimer);
    });
    document.addEventListener('pointerout', (event) => {
      if (event.pointerType === 'mouse' && (citeLink(event) || tip.contains(event.target as Node))) this.hideSoon();
    });
    document.addEventListener('focusin', (event) => {
      const link = citeLink(event);
      if (link && !this.#touch) this.show(link, entryFor(link), false);
      else if (!tip.contains(event.target as Node)) this.hide();
    });
    document.addEventListener('click', (event) => {
      const link = citeLink(event);
      if (!link || !this.#touch) return;
      const entry = entryFor(link);
      if (!entry) return;
      event.preventDefault();
      this.show(link, entry, true);
    });
    document.addEventListener('keydown', (event) => {
      if (event.key === 'Escape' && !tip.hidden) this.hide();
    });
  }

  show(link: HTMLAnchorElement, entry: Element | null, withLink: boolean): void {
    if (!entry) return;
    clearTimeout(this.#hideTimer);
    this.#current?.removeAttribute('aria-describedby');
    const tip = this.#tip;
    tip.replaceChildren(...[...entry.childNodes].map((node) => node.cloneNode(true)));
    if (withLink) {
      const more = document.createElement('a');
      more.href = link.href;
      more.textContent = this.dataset.fullEntry ?? 'Full entry';
      tip.append(' ', more);
    }
    tip.hidden = false;
    link.setAttribute('aria-describedby', tip.id);
    this.#current = link;
    const at = link.getBoundingClientRect();
    const width = tip.offsetWidth;
    const left = Math.min(Math.max(8, at.left + at.width / 2 - width / 2), document.documentElement.clientWidth - width - 8);
    const below = at.bottom + tip.offsetHeight + 8 < window.innerHeight;
    tip.style.left = `${left + window.scrollX}px`;
    tip.style.top = `${(below ? at.bottom + 6 : at.top - tip.offsetHeight - 6) + window.scrollY}px`;
  }

  hideSoon(): void {
    clearTimeout(this.#hideTimer);
    this.#hideTimer = window.setTimeout(() => this.hide(), 250);
  }

  hide(): void {
    this.#tip.hidden = true;
    this.#current?.removeAttribute('aria-describedby');
    this.#current = undefined;
  }
}

customElements.define('cite-previews', CitePreviews);
