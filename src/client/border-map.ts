/**
 * `<border-map>` adds a details box to the map's clash-site markers: hovering over or focusing
 * one shows its name and what happened there, next to the marker. Everything it shows is
 * already in the page (each marker's `<title>` and the table); without JavaScript the markers
 * keep their native tooltips and links. Each panel (the main map, the inset) has its own box.
 */
class BorderMap extends HTMLElement {
  connectedCallback(): void {
    for (const frame of this.querySelectorAll<HTMLElement>('.border-map__frame')) {
      const detail = frame.querySelector<HTMLElement>(':scope > .border-map__detail');
      if (detail) this.#enhance(frame, detail);
    }
  }

  #enhance(frame: HTMLElement, detail: HTMLElement): void {
    for (const marker of frame.querySelectorAll<SVGAElement>('.border-map__marker')) {
      const title = marker.querySelector('title');
      const event = title?.textContent ?? '';
      // The box replaces the native tooltip; the text stays available to assistive technology.
      marker.setAttribute('aria-description', event);
      title?.remove();
      const show = () => this.#show(frame, detail, marker, event);
      marker.addEventListener('pointerenter', show);
      marker.addEventListener('focus', show);
      marker.addEventListener('pointerleave', () => this.#hideUnlessFocused(detail));
      marker.addEventListener('blur', () => (detail.hidden = true));
    }
    // Escape closes the box wherever focus is, as a tooltip should (WCAG 1.4.13).
    document.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') detail.hidden = true;
    });
  }

  #show(frame: HTMLElement, detail: HTMLElement, marker: SVGAElement, event: string): void {
    const name = document.createElement('strong');
    name.textContent = marker.dataset.name ?? '';
    detail.replaceChildren(name, document.createTextNode(` ${event}`));
    detail.hidden = false;
    const area = frame.getBoundingClientRect();
    const spot = marker.getBoundingClientRect();
    const x = spot.left + spot.width / 2 - area.left;
    const below = spot.top - area.top < area.height / 2;
    detail.classList.toggle('border-map__detail--below', below);
    detail.classList.toggle('border-map__detail--right', x > area.width / 2);
    detail.style.setProperty('--marker-x', `${Math.round(x)}px`);
    detail.style.setProperty('--marker-y', `${Math.round(below ? spot.bottom - area.top : spot.top - area.top)}px`);
  }

  #hideUnlessFocused(detail: HTMLElement): void {
    if (!this.contains(document.activeElement) || !document.activeElement?.classList.contains('border-map__marker')) detail.hidden = true;
  }
}

customElements.define('border-map', BorderMap);
