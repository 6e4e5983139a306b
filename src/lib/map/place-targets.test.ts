import { describe, expect, it } from 'vitest';
import { placeTargetHrefs, placeTargetId, placeTargetPanels } from './place-targets';

const panel = (...ids: string[]) => ({ symbols: ids.map((id) => ({ place: { id } })) });
// Only the symbols' place ids matter here; the rest of a model is geometry.
const model = (main: string[], inset: string[] | undefined, locator: string[] | undefined) =>
  ({
    main: panel(...main),
    inset: inset && panel(...inset),
    locator: locator && panel(...locator),
  }) as unknown as Parameters<typeof placeTargetPanels>[0];

describe('placeTargetPanels', () => {
  it('gives each place one target, in the detail inset first, then the main panel, then the locator', () => {
    const panels = placeTargetPanels(model(['batken', 'vorukh'], ['vorukh', 'ak-sai'], ['bishkek', 'batken']));
    expect(new Map(panels)).toEqual(
      new Map([
        ['vorukh', 'inset'],
        ['ak-sai', 'inset'],
        ['batken', 'main'],
        ['bishkek', 'locator'],
      ]),
    );
  });

  it('works for a map without inset or locator', () => {
    expect([...placeTargetPanels(model(['batken'], undefined, undefined)).keys()]).toEqual(['batken']);
  });
});

describe('placeTargetHrefs', () => {
  it('links each drawn place to its target on the full map', () => {
    expect(placeTargetHrefs(model(['vorukh'], [], [])).get('vorukh')).toBe('/border/#place-vorukh');
    expect(placeTargetId('ak-sai')).toBe('place-ak-sai');
  });
});
