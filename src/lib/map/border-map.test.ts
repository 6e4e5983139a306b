import { describe, expect, it } from 'vitest';
import { buildBorderMap, groupMarkers, groupReach, LAYOUTS, REGION_FRAME, scaleBarCorner, separateGroups, type BorderMapModel, type LayoutName } from './border-map';
import { overlaps } from './labels';
import { fitProjection } from './projection';
import { clashSites, hasPosition, lonLat, type PositionedPlace } from './places';
import { locatorTopology, realPlaces, topology, words } from './test-fixtures';

const places = realPlaces();
const models = new Map<string, BorderMapModel>(
  ([undefined, 2021, 2022] as const).map((year) => [String(year ?? 'all'), buildBorderMap({ topology, locatorTopology, places, year, words })]),
);
const layoutNames = Object.keys(LAYOUTS) as LayoutName[];

describe.each([...models])('the %s map', (_, model) => {
  it('keeps every label inside the frame and clear of every other label, in both layouts', () => {
    for (const name of layoutNames) {
      const labels = model.layouts[name].labels;
      for (const a of labels) {
        expect(a.box.x).toBeGreaterThanOrEqual(0);
        expect(a.box.y).toBeGreaterThanOrEqual(0);
        expect(a.box.x + a.box.width).toBeLessThanOrEqual(REGION_FRAME.width);
        expect(a.box.y + a.box.height).toBeLessThanOrEqual(REGION_FRAME.height);
        for (const b of labels) if (a !== b) expect(overlaps(a.box, b.box), `${name}: ${a.id} and ${b.id}`).toBe(false);
      }
    }
  });

  it('draws no two marker groups on top of each other', () => {
    for (const name of layoutNames) {
      const { markerGroups, markerRadius } = model.layouts[name];
      for (const a of markerGroups) {
        for (const b of markerGroups) {
          if (a === b) continue;
          expect(Math.hypot(a.x - b.x, a.y - b.y)).toBeGreaterThanOrEqual(groupReach(a, markerRadius) + groupReach(b, markerRadius));
        }
      }
    }
  });

  it('gives every marker a link to a section of the text', () => {
    for (const group of model.layouts.wide.markerGroups) {
      for (const { site } of group.markers) expect(site.section).toMatch(/^\/clashes-20(21|22)\/#[a-z0-9-]+$/);
    }
  });

  it('labels the exclaves and the main towns on a wide screen', () => {
    const labelled = model.layouts.wide.labels.map((l) => l.id);
    expect(labelled).toEqual(expect.arrayContaining(['batken', 'isfara', 'vorukh', 'western-qalacha']));
  });
});

describe('the map of both years', () => {
  const model = models.get('all')!;

  it('marks both years and the places of the whole region, exclaves included', () => {
    const years = new Set(model.layouts.wide.markerGroups.flatMap((g) => g.markers.map((m) => m.year)));
    expect([...years].sort()).toEqual([2021, 2022]);
    const shown = model.symbols.map((s) => s.place.id);
    expect(shown).toEqual(expect.arrayContaining(['vorukh', 'sokh', 'shakhimardan', 'western-qalacha', 'khujand', 'isfana']));
  });

  it('draws Western Qalacha as a point, having no polygon, and the other exclaves as areas', () => {
    const symbol = (id: string) => model.symbols.find((s) => s.place.id === id)?.symbol;
    expect(symbol('western-qalacha')).toBe('exclave-point');
    expect(symbol('vorukh')).toBe('none');
    expect(symbol('sokh')).toBe('none');
  });

  it('thins labels by priority on a narrow screen, never dropping a main place for a minor one', () => {
    const wide = new Set(model.layouts.wide.labels.map((l) => l.id));
    const narrow = model.layouts.narrow.labels.map((l) => l.id);
    expect(narrow.length).toBeLessThanOrEqual(wide.size);
    const priorityOf = (id: string) => places.find((p) => p.id === id)?.labelPriority ?? 1.5;
    expect(narrow.every((id) => priorityOf(id) <= LAYOUTS.narrow.maxPriority)).toBe(true);
  });

  it('lists the clash sites that have no published position instead of drawing them', () => {
    expect(model.unplaced.length).toBeGreaterThan(0);
    expect(model.unplaced.every((s) => s.latitude === null)).toBe(true);
  });

  it('shows the capitals and Samarkand on the locator only', () => {
    expect(model.locator.symbols.map((s) => s.place.id)).toEqual(expect.arrayContaining(['bishkek', 'dushanbe', 'samarkand']));
    expect(model.symbols.some((s) => s.place.kind === 'capital')).toBe(false);
    expect(model.locator.regionOutline).toMatch(/^M[\d. L]+Z$/);
  });
});

describe('a year’s map', () => {
  it.each([2021, 2022] as const)('shows only the sites of %i and is fitted closer than the whole region', (year) => {
    const model = models.get(String(year))!;
    const years = new Set(model.layouts.wide.markerGroups.flatMap((g) => g.markers.map((m) => m.year)));
    expect([...years]).toEqual([year]);
    expect(model.scaleBar.length / model.scaleBar.km).toBeGreaterThan(models.get('all')!.scaleBar.length / models.get('all')!.scaleBar.km);
    const sites = clashSites(places, year);
    expect(model.drawn.filter((p) => p.kind === 'clash-site')).toHaveLength(sites.filter(hasPosition).length);
  });
});

describe('separateGroups', () => {
  const frame = REGION_FRAME;
  const projection = fitProjection([[69.5, 39.8], [71.8, 40.3]], frame);
  const site = (id: string, year: 2021 | 2022, latitude: number, longitude: number): PositionedPlace => ({
    id, name: id, kind: 'clash-site', country: 'KG', latitude, longitude, year, map: 'region', labelPriority: 3, section: '/clashes-2022/#x',
  });

  it('puts two years at one spot side by side, 2021 on the left', () => {
    const [group] = groupMarkers([site('b', 2022, 39.9, 70.5), site('a', 2021, 39.9, 70.5)], projection, 6);
    expect(group!.markers.map((m) => [m.year, Math.sign(m.dx)])).toEqual([[2021, -1], [2022, 1]]);
  });

  it('moves touching groups apart and remembers where they belong', () => {
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

it('projects every place the same way the model draws it', () => {
  const model = models.get('all')!;
  const isfara = model.symbols.find((s) => s.place.id === 'isfara')!;
  expect(isfara.place.latitude).toBe(40.117);
  expect(lonLat(isfara.place)).toEqual([70.633, 40.117]);
});
