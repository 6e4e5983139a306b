import { describe, expect, it } from 'vitest';
import { citationPlaces } from './citation-places';

describe('citationPlaces', () => {
  it('gives each source the sections that cite it, once each, in reading order', () => {
    const places = citationPlaces([
      {
        id: 'border',
        body: 'Intro <Cite source="a" />.\n\n## Length {#length}\n\nX <Cite source="a b" /> y <Cite source="a" />.\n\n### Vorukh {#vorukh}\n\nZ <Cite source="b" />.',
      },
      { id: 'clashes-2022', body: '## Day one {#day-one}\n\n<Cite source="b" />' },
    ]);
    expect(places.get('a')).toEqual([
      { chapterId: 'border', sectionId: undefined },
      { chapterId: 'border', sectionId: 'length' },
    ]);
    expect(places.get('b')).toEqual([
      { chapterId: 'border', sectionId: 'length' },
      { chapterId: 'border', sectionId: 'vorukh' },
      { chapterId: 'clashes-2022', sectionId: 'day-one' },
    ]);
  });
  it('does not take a heading without an explicit id for a section', () => {
    const places = citationPlaces([{ id: 'x', body: '## Plain heading\n\n<Cite source="a" />' }]);
    expect(places.get('a')).toEqual([{ chapterId: 'x', sectionId: undefined }]);
  });
});
