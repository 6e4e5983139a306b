/**
 * Each place the full border map draws gets one target with an id (`place-vorukh`), so that
 * /names/ can link a place to where it is on the map. The detail inset's symbol, where the place
 * is named clear of its neighbours, else the main panel's, else the locator's: one per place, as
 * ids must be unique, and none in the layouts, of which CSS shows one. Pure.
 */
import type { BorderMapModel } from './border-map';

/** The chapter that holds the full map (`<BorderMap id="figure-map" />`). */
export const FULL_MAP_PAGE = '/border/';

/** The id of a place's target on the full map: `place-vorukh`. */
export function placeTargetId(placeId: string): string {
  return `place-${placeId}`;
}

export type TargetPanel = 'main' | 'inset' | 'locator';

/** Which panel of the full map carries each place's target, by place id. */
export function placeTargetPanels(model: Pick<BorderMapModel, 'main' | 'inset' | 'locator'>): Map<string, TargetPanel> {
  const panels = new Map<string, TargetPanel>();
  const claim = (ids: readonly string[], panel: TargetPanel) => {
    for (const id of ids) if (!panels.has(id)) panels.set(id, panel);
  };
  claim(model.inset?.symbols.map((s) => s.place.id) ?? [], 'inset');
  claim(
    model.main.symbols.map((s) => s.place.id),
    'main',
  );
  claim(model.locator?.symbols.map((s) => s.place.id) ?? [], 'locator');
  return panels;
}

/** The site path of each drawn place's target: `/border/#place-vorukh`. */
export function placeTargetHrefs(model: Pick<BorderMapModel, 'main' | 'inset' | 'locator'>): Map<string, string> {
  return new Map([...placeTargetPanels(model).keys()].map((id) => [id, `${FULL_MAP_PAGE}#${placeTargetId(id)}`]));
}
