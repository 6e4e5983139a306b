import { describe, expect, it } from 'vitest';
import { geoBounds } from 'd3-geo';
import { buildBorderMap, INSET_FRAME, INSET_PLACES, LAYOUTS, REGION_FRAME, type BorderMapModel, type PanelModel } from './border-map';
import { exclaveAt } from './boundaries';
import { overlaps, squareAround, type Rect } from '../chart/labels';
import { APPROX_RING, groupMarkers, groupReach, separateGroups } from './markers';
import { scaleBarCorner } from './map-labels';
import { fitProjection } from './projection';
import { clashSites, hasPosition, lonLat, type PositionedPlace } from './places';
import { locatorTopology, realPlaces, topology, words } from '../../build/map-test-fixtures';

const places = realPlaces();
const build = (year?: 2021 | 2022, compact = false) => buildBorderMap({ topology, locatorTopology, places, year, compact, words });
const models = new Map<string, BorderMapModel>([
  ['all', build()],
  ['2021', build(2021)],
  ['2022', build(2022)],
  ['compact', build(undefined, true)],
]);
const panelsOf = (model: BorderMapModel): Array<[string, PanelModel]> => [
  ['main', model.main],
  ...(model.inset ? [['inset', model.inset] as [string, PanelModel]] : []),
];
const markerBoxes = (panel: PanelModel, layout: number): Array<{ id: string; box: Rect }> =>
  panel.layouts[layout]!.markerGroups.flatMap((g) =>
    g.markers.map((m) => ({
      id: m.site.id,
      box: squareAround([g.x + m.dx, g.y], panel.layouts[layout]!.markerRadius * (m.site.approximate ? APPROX_RING : 1.25)),
    })),
  );

describe.each([...models])('the %s map', (_, model) => {
  describe.each(panelsOf(model))('%s panel', (__, panel) => {
    it('keeps every label inside the frame, clear of every other label and of every marker, in each layout', () => {
      panel.layouts.forEach((layout, index) => {
        const markers = markerBoxes(panel, index);
        expect(layout.labels.length, layout.name).toBeGreaterThan(0);
        for (const a of layout.labels) {
          expect(a.box.x).toBeGreaterThanOrEqual(0);
          expect(a.box.y).toBeGreaterThanOrEqual(0);
          expect(a.box.x + a.box.width).toBeLessThanOrEqual(panel.frame.width);
          expect(a.box.y + a.box.height).toBeLessThanOrEqual(panel.frame.height);
          for (const b of layout.labels) if (a !== b) expect(overlaps(a.box, b.box), `${layout.name}: ${a.id} and ${b.id}`).toBe(false);
          for (const m of markers) expect(overlaps(a.box, m.box), `${layout.name}: label ${a.id} on marker ${m.id}`).toBe(false);
        }
      });
    });

    it('draws no two marker groups on top of each other, in each layout', () => {
      expect(panel.layouts.length).toBeGreaterThan(0);
      for (const { markerGroups, markerRadius } of panel.layouts) {
        expect(markerGroups.length).toBeGreaterThan(0);
        for (const a of markerGroups) {
          for (const b of markerGroups) {
            if (a !== b)
              expect(Math.hypot(a.x - b.x, a.y - b.y)).toBeGreaterThanOrEqual(groupReach(a, markerRadius) + groupReach(b, markerRadius));
          }
        }
      }
    });

    it('gives every marker a link to a section of the text', () => {
      expect(panel.layouts[0]!.markerGroups.length).toBeGreaterThan(0);
      for (const group of panel.layouts[0]!.markerGroups) {
        for (const { site } of group.markers) expect(site.section).toMatch(/^\/clashes-20(21|22)\/#[a-z0-9-]+$/);
      }
    });
  });

  it('keeps all three country names on a phone', () => {
    const narrow = model.main.layouts.find((l) => l.name === 'narrow')!;
    expect(narrow.labels.map((l) => l.id)).toEqual(expect.arrayContaining(['country-KG', 'country-TJ', 'country-UZ']));
  });
});

describe('the map of both years', () => {
  const model = models.get('all')!;

  it('marks both years and the places of the whole region, exclaves included', () => {
    const years = new Set(model.main.layouts[0]!.markerGroups.flatMap((g) => g.markers.map((m) => m.year)));
    expect([...years].sort()).toEqual([2021, 2022]);
    expect(model.main.symbols.map((s) => s.place.id)).toEqual(
      expect.arrayContaining(['vorukh', 'sokh', 'shakhimardan', 'western-qalacha', 'khujand', 'isfana']),
    );
    expect(model.main.layouts[0]!.labels.map((l) => l.id)).toEqual(
      expect.arrayContaining(['batken', 'isfara', 'vorukh', 'western-qalacha']),
    );
  });

  it('draws Vorukh, Sokh and Shakhimardan as areas, and Western Qalacha, too small at this scale, as a point', () => {
    const symbol = (id: string) => model.main.symbols.find((s) => s.place.id === id)?.symbol;
    expect(symbol('western-qalacha')).toBe('exclave-point');
    for (const id of ['vorukh', 'sokh', 'shakhimardan']) expect(symbol(id)).toBe('none');
  });

  it('draws Golovnoi as disputed, in neither country', () => {
    expect(model.main.symbols.find((s) => s.place.id === 'golovnoi')?.symbol).toBe('disputed');
    expect(model.inset!.symbols.find((s) => s.place.id === 'golovnoi')?.symbol).toBe('disputed');
  });

  it('is at least 260 px tall on a 390 px phone (a 358 px column), the inset square', () => {
    expect((358 * REGION_FRAME.height) / REGION_FRAME.width).toBeGreaterThanOrEqual(260);
    expect(INSET_FRAME.width).toBe(INSET_FRAME.height);
  });

  it('lists the clash sites that have no published position instead of drawing them', () => {
    expect(model.unplaced.length).toBeGreaterThan(0);
    expect(model.unplaced.every((s) => s.latitude === null)).toBe(true);
  });

  it('shows the capitals and Samarkand on the locator only', () => {
    expect(model.locator!.symbols.map((s) => s.place.id)).toEqual(expect.arrayContaining(['bishkek', 'dushanbe', 'samarkand']));
    expect(model.main.symbols.some((s) => s.place.kind === 'capital')).toBe(false);
    expect(model.locator!.regionOutline).toMatch(/^M[\d. L]+Z$/);
  });
});

describe('the detail inset', () => {
  const model = models.get('all')!;
  const inset = model.inset!;

  it('shows Isfara, Vorukh, Kok-Tash and Ak-Sai, named, with the countries round them', () => {
    const labels = inset.layouts[0]!.labels.map((l) => l.id);
    expect(labels).toEqual(expect.arrayContaining([...INSET_PLACES, 'country-KG', 'country-TJ']));
  });

  it('is drawn at more than three times the main map’s scale, with Vorukh whole inside it', () => {
    expect(inset.scaleBar.length / inset.scaleBar.km).toBeGreaterThan((3 * model.main.scaleBar.length) / model.main.scaleBar.km);
    const vorukh = places.find((p) => p.id === 'vorukh')!;
    const projection = fitProjection(
      places
        .filter(hasPosition)
        .filter((p) => INSET_PLACES.includes(p.id))
        .flatMap((p) =>
          p.id === 'vorukh' ? geoBounds(exclaveAt(topology, 'TJ', lonLat(vorukh as PositionedPlace))!) : [lonLat(p as PositionedPlace)],
        ),
      INSET_FRAME,
    );
    const [[west, south], [east, north]] = geoBounds(exclaveAt(topology, 'TJ', lonLat(vorukh as PositionedPlace))!);
    for (const corner of [
      [west, south],
      [east, north],
    ] as Array<[number, number]>) {
      const [x, y] = projection(corner)!;
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThanOrEqual(INSET_FRAME.width);
      expect(y).toBeGreaterThanOrEqual(0);
      expect(y).toBeLessThanOrEqual(INSET_FRAME.height);
    }
  });

  it('is outlined on the main map', () => {
    expect(model.main.insetOutline).toMatch(/^M[\d. L]+Z$/);
  });
});

describe('the compact map', () => {
  const model = models.get('compact')!;

  it('has both years’ sites and the exclaves, no inset or locator, and names only the main places', () => {
    const years = new Set(model.main.layouts[0]!.markerGroups.flatMap((g) => g.markers.map((m) => m.year)));
    expect([...years].sort()).toEqual([2021, 2022]);
    expect(model.inset).toBeUndefined();
    expect(model.locator).toBeUndefined();
    const priorityOf = (id: string) => places.find((p) => p.id === id)?.labelPriority ?? 1;
    expect(model.main.layouts.length).toBeGreaterThan(0);
    for (const layout of model.main.layouts) expect(layout.labels.every((l) => priorityOf(l.id) <= 1.5)).toBe(true);
    expect(model.main.layouts[0]!.labels.map((l) => l.id)).toEqual(expect.arrayContaining(['vorukh', 'sokh', 'shakhimardan']));
  });
});

describe('a year’s map', () => {
  it.each([2021, 2022] as const)('shows only the sites of %i and is fitted closer than the whole region', (year) => {
    const model = models.get(String(year))!;
    const years = new Set(model.main.layouts[0]!.markerGroups.flatMap((g) => g.markers.map((m) => m.year)));
    expect([...years]).toEqual([year]);
    const all = models.get('all')!.main.scaleBar;
    expect(model.main.scaleBar.length / model.main.scaleBar.km).toBeGreaterThan(all.length / all.km);
    expect(model.main.drawn.filter((p) => p.kind === 'clash-site')).toHaveLength(clashSites(places, year).filter(hasPosition).length);
  });
});

describe('the order the places come in', () => {
  it('changes nothing on the map: a content collection does not list them in the file’s order', () => {
    const reversed = buildBorderMap({ topology, locatorTopology, places: [...places].reverse(), words });
    const drawing = (model: BorderMapModel) => model.main.layouts.map((l) => [l.labels, l.markerGroups]);
    expect(drawing(reversed)).toEqual(drawing(models.get('all')!));
  });
});

describe('narrow layout', () => {
  it('thins labels by priority, never dropping a main place for a minor one', () => {
    const model = models.get('all')!;
    const narrow = model.main.layouts.find((l) => l.name === 'narrow')!.labels.map((l) => l.id);
    const priorityOf = (id: string) => places.find((p) => p.id === id)?.labelPriority ?? 0.5;
    expect(narrow.every((id) => priorityOf(id) <= LAYOUTS.narrow.maxPriority)).toBe(true);
  });
});

describe('separateGroups', () => {
  const frame = REGION_FRAME;
  const projection = fitProjection(
    [
      [69.5, 39.8],
      [71.8, 40.3],
    ],
    frame,
  );
  const site = (id: string, year: 2021 | 2022, latitude: number, longitude: number): PositionedPlace => ({
    id,
    name: id,
    kind: 'clash-site',
    country: 'KG',
    latitude,
    longitude,
    year,
    map: 'region',
    labelPriority: 3,
    section: '/clashes-2022/#x',
  });

  it('puts two years at one spot side by side, 2021 on the left, the circle clear of the diamond', () => {
    const [group] = groupMarkers([site('b', 2022, 39.9, 70.5), site('a', 2021, 39.9, 70.5)], projection, 6);
    expect(group!.markers.map((m) => [m.year, Math.sign(m.dx)])).toEqual([
      [2021, -1],
      [2022, 1],
    ]);
    const [circle, diamond] = group!.markers;
    expect(diamond!.dx - 6 * 1.25 - (circle!.dx + 6)).toBeGreaterThan(0);
  });

  it('moves touching groups apart and remembers where they belong, for the leader line', () => {
    const groups = groupMarkers([site('a', 2021, 39.9, 70.5), site('b', 2022, 39.9, 70.51)], projection, 6);
    const [a, b] = separateGroups(groups, 6, frame);
    expect(Math.hypot(a!.x - b!.x, a!.y - b!.y)).toBeGreaterThanOrEqual(groupReach(a!, 6) + groupReach(b!, 6));
    expect([a!.x0, a!.y0]).toEqual([groups[0]!.x, groups[0]!.y]);
  });

  it('leaves groups that do not touch where they are', () => {
    const groups = groupMarkers([site('a', 2021, 39.9, 69.7), site('b', 2022, 39.9, 71.5)], projection, 6);
    expect(separateGroups(groups, 6, frame).map((g) => [g.x, g.y])).toEqual(groups.map((g) => [g.x, g.y]));
  });
});

describe('scaleBarCorner', () => {
  it('takes the bottom left unless a place is there', () => {
    const frame = { width: 100, height: 100, padding: 0 };
    expect(scaleBarCorner([], frame, { width: 30, height: 20 })).toMatchObject({ x: 0, y: 80 });
    expect(scaleBarCorner([[10, 90]], frame, { width: 30, height: 20 })).toMatchObject({ x: 70, y: 80 });
  });
});
