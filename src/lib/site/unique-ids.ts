/**
 * Figure ids are stable link targets (`/clashes-2022/#figure-casualties`). The print edition holds
 * every chapter in one document, so a figure shown in two chapters would repeat its id there; the
 * second and later copies get a numbered suffix. The registry lives on the page's `Astro.locals`,
 * one per rendered page.
 */
const REGISTRY = Symbol.for('explainer.usedIds');

type WithRegistry = { [REGISTRY]?: Map<string, number> };

export function claimId(locals: object, id: string): string {
  const holder = locals as WithRegistry;
  const used = (holder[REGISTRY] ??= new Map());
  const count = (used.get(id) ?? 0) + 1;
  used.set(id, count);
  return count === 1 ? id : `${id}-${count}`;
}
