/**
 * Rules of our own for html-validate, for what its recommended set lets through.
 *
 * `site/no-name-on-generic`: `aria-label` or `aria-labelledby` on an element whose role (with no
 * `role` attribute) forbids a name: the generic elements (`div`, `span`, `pre`, …), paragraphs,
 * `code`, `em`, `strong` and the like. The W3C validator reports these as errors; html-validate's
 * own `aria-label-misuse` excuses any element with a `tabindex`, which is how `<pre tabindex="0"
 * aria-label="BibTeX entry">` passed it. A name there is dropped or read inconsistently by screen
 * readers: give the element a role that takes a name, or let visible text name it.
 */
import { definePlugin, Rule, type DOMReadyEvent, type RuleDocumentation } from 'html-validate';

/** Elements whose implicit ARIA role prohibits naming (ARIA in HTML; WAI-ARIA 1.2 "naming prohibited"). */
const UNNAMEABLE = new Set([
  'b',
  'bdi',
  'bdo',
  'code',
  'data',
  'del',
  'div',
  'em',
  'i',
  'ins',
  'p',
  'pre',
  'q',
  's',
  'samp',
  'small',
  'span',
  'strong',
  'sub',
  'sup',
  'u',
  'caption',
  'time',
  'mark',
  'abbr',
  'cite',
  'dfn',
  'kbd',
  'var',
]);

class NoNameOnGeneric extends Rule {
  override documentation(): RuleDocumentation {
    return {
      description: 'This element’s role may not be named: drop `aria-label`/`aria-labelledby`, or give it a `role` that takes a name.',
    };
  }

  override setup(): void {
    this.on('dom:ready', ({ document }: DOMReadyEvent) => {
      for (const element of document.querySelectorAll('[aria-label], [aria-labelledby]')) {
        if (!UNNAMEABLE.has(element.tagName) || element.hasAttribute('role')) continue;
        for (const name of ['aria-label', 'aria-labelledby']) {
          const attribute = element.getAttribute(name);
          if (attribute) {
            this.report({
              node: element,
              location: attribute.keyLocation,
              message: `"${name}" cannot be used on <${element.tagName}> without a role that takes a name`,
            });
          }
        }
      }
    });
  }
}

export const sitePlugin = definePlugin({ name: 'site', rules: { 'site/no-name-on-generic': NoNameOnGeneric } });
