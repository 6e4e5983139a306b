/**
 * `<cite-previews>` wraps the chapter's own source list (printed at its end, hidden on screen).
 * This shows an entry of it (publisher, title, date) beside a citation number, the link's text,
 * under the pointer or the keyboard focus, as a tooltip, and on a tap (touch) with a link to the
 * full entry. Without it the number is a plain link to the entry on /sources/.
 */
class CitePreviews extends HTMLElement {
  #tip = document.createElement('div');
  #entries: Map<number, Element> | undefined;
  #current: HTMLAnchorElement | undefined;
  #hideTimer = 0;
  #touch = false;

  connectedCallback(): void {
    // Nothing is read from the list or added to the page until a citation is first pointed at or
    // focused: a long chapter's load does no work for previews that may never be asked for.
    if (!this.querySelector('li')) return;
    const tip = this.#tip;
    tip.hidden = true;
    const citeLink = (event: Event) => (event.target as Element | null)?.closest?.<HTMLAnchorElement>('.cite a') ?? undefined;
    const entryFor = (link: HTMLAnchorElement) => this.#entryMap().get(Number(link.textContent));

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

  /** The list's entries by number, read on first use; the tooltip joins the page then too. */
  #entryMap(): Map<number, Element> {
    if (this.#entries) return this.#entries;
    // An item's number is its `value`, or one more than the last printed item's (see
    // listItemValues in lib/site/page-citations.ts).
    const entries = new Map<number, Element>();
    let counted = 0;
    for (const item of this.querySelectorAll('li')) {
      const number = item.value || counted + 1;
      if (!item.hasAttribute('data-off-paper')) counted = number;
      entries.set(number, item);
    }
    const tip = this.#tip;
    tip.id = 'cite-tip';
    tip.className = 'cite-tip';
    tip.setAttribute('role', 'tooltip');
    document.body.append(tip);
    this.#entries = entries;
    return entries;
  }

  show(link: HTMLAnchorElement, entry: Element | undefined, withLink: boolean): void {
    if (!entry) return;
    clearTimeout(this.#hideTimer);
    this.#current?.removeAttribute('aria-describedby');
    const tip = this.#tip;
    // The entry without its address and notes: who, what and when, the rest a click away.
    tip.replaceChildren(
      ...[...entry.childNodes]
        .filter((node) => !(node instanceof Element && node.matches('.source-list__address, .source-list__note')))
        .map((node) => node.cloneNode(true)),
    );
    if (withLink) {
      const more = document.createElement('a');
      more.href = link.href;
      more.textContent = this.dataset.fullEntry ?? '';
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
