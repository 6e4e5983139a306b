import { describe, expect, it } from 'vitest';
import { geoBounds } from 'd3-geo';
import {
  buildBorderMap,
  numberPlaced,
  siteNumbers,
  INSET_FRAME,
  INSET_PLACES,
  LAYOUTS,
  REGION_FRAME,
  type BorderMapModel,
  type PanelModel,
} from './border-map';
import { exclaveAt } from './boundaries';
import { overlaps, squareAround, type Rect } from '../chart/labels';
import { APPROX_RING, fitGroupInside, groupMarkers, groupReach, markerOutline, separateGroups } from './markers';
import { insideRings, scaleBarCorner } from './map-labels';
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
      box: squareAround(
        [g.x + m.dx, g.y + (m.dy ?? 0)],
        (g.radius ?? panel.layouts[layout]!.markerRadius) * (m.site.approximate ? APPROX_RING : 1.25),
      ),
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

    it('numbers every group of markers, and shows each number inside its markers or in a label beside them, in each layout', () => {
      const numbers = model.main.layouts[0]!.markerGroups.map((g) => g.number);
      expect(numbers).toEqual(numbers.map((_, i) => i + 1));
      for (const layout of panel.layouts) {
        for (const group of layout.markerGroups) {
          expect(group.number, layout.name).toBeDefined();
          const inside = Boolean(group.numberInside);
          const besideIt = numberPlaced(group, layout.labels, panel.symbols);
          expect(inside || besideIt, `${layout.name}: number ${group.number}`).toBe(true);
        }
      }
    });

    it('keeps the markers of a place drawn as an area inside it, with room round them, and every other marker off it', () => {
      for (const area of panel.areas) {
        for (const layout of panel.layouts) {
          const own = layout.markerGroups.filter((g) => insideRings([g.x0, g.y0], area.rings));
          expect(own.length, `${area.id}, ${layout.name}`).toBeGreaterThan(0);
          for (const group of own) {
            for (const point of markerOutline({ ...group, radius: (group.radius ?? layout.markerRadius) + 1 }, layout.markerRadius)) {
              expect(insideRings(point, area.rings), `${area.id}, ${layout.name}: marker outside at ${point.join(',')}`).toBe(true);
            }
          }
          for (const group of layout.markerGroups.filter((g) => !own.includes(g))) {
            for (const point of markerOutline(group, layout.markerRadius)) {
              expect(insideRings(point, area.rings), `${area.id}, ${layout.name}: another marker on it`).toBe(false);
            }
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

describe('Vorukh, an exclave with clash sites of both years', () => {
  it.each([...models])('holds its markers on the %s map, main panel and inset', (_, model) => {
    for (const panel of [model.main, ...(model.inset ? [model.inset] : [])]) {
      expect(panel.areas.map((a) => a.id)).toContain('vorukh');
    }
  });

  it('writes the numbers inside the markers on a phone only: on paper they would print under 8 pt', () => {
    for (const model of models.values()) {
      for (const layout of model.main.layouts) {
        const inside = layout.markerGroups.some((g) => g.numberInside);
        expect(inside, layout.name).toBe(layout.name === 'narrow');
      }
      for (const layout of model.inset?.layouts ?? []) expect(layout.markerGroups.some((g) => g.numberInside)).toBe(false);
    }
  });

  it('draws its two markers side by side where there is room (the inset), and as one joined symbol where there is not', () => {
    const all = models.get('all')!;
    const inset = all.inset!.layouts[0]!.markerGroups.find((g) => g.markers.some((m) => m.site.id === 'clash-2021-vorukh'))!;
    expect(inset.joined).toBeFalsy();
    const main = all.main.layouts[0]!.markerGroups.find((g) => g.markers.some((m) => m.site.id === 'clash-2021-vorukh'))!;
    expect(main.joined).toBe(true);
  });
});

describe('siteNumbers', () => {
  it('numbers the spots west to east, two years at one spot sharing a number', () => {
    const numbers = siteNumbers(clashSites(places).filter(hasPosition));
    expect(numbers.get('clash-2021-kulundu')).toBe(1);
    expect(numbers.get('clash-2022-kulundu')).toBe(1);
    expect(numbers.get('clash-2021-vorukh')).toBe(numbers.get('clash-2022-vorukh'));
    expect(new Set(numbers.values()).size).toBe(4);
  });
});

describe('fitGroupInside', () => {
  const group = (years: Array<2021 | 2022>) =>
    ({
      x: 50,
      y: 50,
      x0: 50,
      y0: 50,
      markers: years.map((year) => ({ site: { id: `s${year}`, approximate: false } as PositionedPlace, year, dx: 0 })),
    }) as Parameters<typeof fitGroupInside>[0];
  const square = (half: number) => (p: [number, number]) => Math.abs(p[0] - 50) < half && Math.abs(p[1] - 50) < half;

  it('keeps the full size where the markers fit', () => {
    const fitted = fitGroupInside(group([2021, 2022]), 6, square(40), [[50, 50]], 1);
    expect(fitted).toMatchObject({ radius: 6, pinned: true });
    expect(fitted.joined).toBeFalsy();
  });

  it('joins two years into one symbol, smaller, where side by side they would not fit', () => {
    const fitted = fitGroupInside(group([2021, 2022]), 10, square(7), [[50, 50]], 1);
    expect(fitted.joined).toBe(true);
    expect(fitted.radius).toBeLessThan(10);
    for (const point of markerOutline(fitted, 10)) expect(square(7)(point)).toBe(true);
  });

  it('leaves the group as it was where even the smallest marker would not fit', () => {
    const unfitted = group([2022]);
    expect(fitGroupInside(unfitted, 10, square(1), [[50, 50]], 1)).toBe(unfitted);
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
