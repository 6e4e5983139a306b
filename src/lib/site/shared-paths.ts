/**
 * Path data a page draws more than once: the print edition holds four maps, three of them framed
 * alike, so their boundaries are the same long strings (5 KiB gzip of numbers). The first drawing
 * keeps the data under an id; later ones point to it with `<use href="#id">`. Per page, like
 * claimId: the registry lives on the page's `Astro.locals`.
 */

/** Shorter data is cheaper written again than referenced. */
const MIN_SHARED_LENGTH = 100;

const registries = new WeakMap<object, Map<string, string>>();

/** How to draw `d` on this page: `define` it under `id` the first time, `use` that id after. */
export function sharedPath(page: object, d: string): { define?: string; use?: string } {
  if (d.length < MIN_SHARED_LENGTH) return {};
  let ids = registries.get(page);
  if (!ids) registries.set(page, (ids = new Map()));
  const id = ids.get(d);
  if (id !== undefined) return { use: id };
  const define = `map-path-${ids.size + 1}`;
  ids.set(d, define);
  return { define };
}
