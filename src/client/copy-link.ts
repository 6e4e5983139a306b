/**
 * `<copy-link data-fragment="id">` shows its button only where the clipboard can be written, and
 * copies the address of the section. The link beside the heading works without it.
 */
class CopyLink extends HTMLElement {
  connectedCallback(): void {
    const button = this.querySelector('button');
    if (!button || !navigator.clipboard || !window.isSecureContext) return;
    button.hidden = false;
    button.addEventListener('click', async () => {
      const url = new URL(window.location.href);
      url.hash = this.dataset.fragment ?? '';
      try {
        await navigator.clipboard.writeText(url.href);
        announce(`${document.documentElement.dataset.linkCopied ?? 'Link copied'}: ${url.href}`);
      } catch {
        announce(url.href);
      }
    });
  }
}

function announce(message: string): void {
  const status = document.getElementById('copy-link-status');
  if (status) status.textContent = message;
}

customElements.define('copy-link', CopyLink);
