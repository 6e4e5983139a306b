/**
 * `<chart-details>` around a figure's SVGs. The marks (`[data-row]`, each with an aria-label that
 * says the figure, who gave it, when and the source) are complete without this; it adds a note
 * showing that text beside the mark under the pointer or the keyboard focus, and makes the marks
 * one Tab stop that the arrow keys move through, so a chart of fifty dots is not fifty Tab presses.
 */
class ChartDetails extends HTMLElement {
  #marks: SVGElement[] = [];
  #note = document.createElement('p');

  connectedCallback(): void {
    this.#marks = [...this.querySelectorAll<SVGElement>('[data-row]')];
    if (this.#marks.length === 0) return;
    this.#note.className = 'chart-note';
    // The focused mark's own label already reaches screen readers; the note is its visible twin.
    this.#note.setAttribute('aria-hidden', 'true');
    this.#note.hidden = true;
    this.append(this.#note);
    this.#marks.forEach((mark, i) => mark.setAttribute('tabindex', i === 0 ? '0' : '-1'));

    this.addEventListener('pointerover', (event) => {
      const mark = this.#markAt(event.target);
      if (mark) this.#show(mark);
    });
    this.addEventListener('pointerleave', () => {
      if (!this.contains(document.activeElement)) this.#note.hidden = true;
    });
    this.addEventListener('focusin', (event) => {
      const mark = this.#markAt(event.target);
      if (!mark) return;
      for (const other of this.#marks) other.setAttribute('tabindex', other === mark ? '0' : '-1');
      this.#show(mark);
    });
    this.addEventListener('focusout', () => {
      this.#note.hidden = true;
    });
    this.addEventListener('keydown', (event) => this.#move(event));
  }

  #markAt(target: EventTarget | null): SVGElement | undefined {
    return this.#marks.find((mark) => mark === target);
  }

  #move(event: KeyboardEvent): void {
    const current = this.#markAt(document.activeElement);
    if (!current) return;
    if (event.key === 'Escape') {
      this.#note.hidden = true;
      return;
    }
    const index = this.#marks.indexOf(current);
    const last = this.#marks.length - 1;
    const next: Record<string, number> = {
      ArrowRight: Math.min(index + 1, last),
      ArrowDown: Math.min(index + 1, last),
      ArrowLeft: Math.max(index - 1, 0),
      ArrowUp: Math.max(index - 1, 0),
      Home: 0,
      End: last,
    };
    const target = next[event.key];
    if (target === undefined) return;
    event.preventDefault();
    this.#marks[target]?.focus();
  }

  #show(mark: SVGElement): void {
    this.#note.textContent = mark.getAttribute('aria-label');
    this.#note.hidden = false;
    const box = this.getBoundingClientRect();
    const at = mark.getBoundingClientRect();
    const width = this.#note.offsetWidth;
    const left = Math.min(Math.max(at.left + at.width / 2 - box.left - width / 2, 0), box.width - width);
    // Below the mark when it sits near the top of the chart, otherwise above it.
    const above = at.top - box.top > this.#note.offsetHeight + 8;
    this.#note.style.left = `${left}px`;
    this.#note.style.top = above ? `${at.top - box.top - this.#note.offsetHeight - 6}px` : `${at.bottom - box.top + 6}px`;
  }
}

customElements.define('chart-details', ChartDetails);
