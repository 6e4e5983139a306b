/**
 * `<site-menu>` around the phone "Chapters" disclosure: closes it on a tap or click outside it,
 * on Escape (focus back on its button), and when one of its links is followed or the page is
 * shown again from the back/forward cache. Without it the disclosure opens and closes as usual.
 */
class SiteMenu extends HTMLElement {
  connectedCallback(): void {
    const details = this.querySelector('details');
    if (!details) return;
    const close = () => (details.open = false);
    document.addEventListener('click', (event) => {
      if (details.open && !details.contains(event.target as Node)) close();
    });
    document.addEventListener('keydown', (event) => {
      if (event.key !== 'Escape' || !details.open) return;
      close();
      details.querySelector('summary')?.focus();
    });
    details.addEventListener('click', (event) => {
      if ((event.target as Element).closest('a')) close();
    });
    window.addEventListener('hashchange', close);
    window.addEventListener('pageshow', close);
  }
}

customElements.define('site-menu', SiteMenu);
