/** What a component needs to know about the page it is rendered on. */

/** True when the component is rendered inside the print edition (/print/). */
export function isPrintEdition(url: URL, base: string): boolean {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  return url.pathname === `${prefix}print/`;
}
