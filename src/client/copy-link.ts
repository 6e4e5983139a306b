/**
 * `<copy-link data-fragment="id">` shows its button only where the clipboard can be written, and
 * copies the address of the section or figure; `<copy-link data-copy="id">` copies the text of
 * the element with that id instead (a citation). Either way it says so beside the button for a
 * few seconds, and to screen readers through the page's live region. The link beside the heading
 * works without it.
 */
class CopyLink extends HTMLElement {
  #timer = 0;

  connectedCallback(): void {
    const button = this.querySelector('button');
    if (!button || !navigator.clipboard || !window.isSecureContext) return;
    button.hidden = false;
    const done = document.createElement('span');
    done.className = 'copy-link__done';
    done.setAttribute('aria-hidden', 'true');
    this.append(done);
    button.addEventListener('click', async () => {
      const source = this.dataset.copy ? document.getElementById(this.dataset.copy) : null;
      const url = new URL(window.location.href);
      url.hash = this.dataset.fragment ?? '';
      const text = source ? (source.textContent ?? '').trim() : url.href;
      const said = this.dataset.done ?? document.documentElement.dataset.linkCopied ?? '';
      try {
        await navigator.clipboard.writeText(text);
        done.textContent = said;
        announce(source ? said : `${said}: ${text}`);
      } catch {
        announce(text);
      }
      clearTimeout(this.#timer);
      this.#timer = window.setTimeout(() => (done.textContent = ''), 4000);
    });
  }
}

function announce(message: string): void {
  const status = document.getElementById('copy-link-status');
  if (status) status.textContent = message;
}

customElements.define('copy-link', CopyLink);
