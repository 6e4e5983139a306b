import { describe, expect, it } from 'vitest';
import { nameEntries, type NameContext } from './entries';
import type { NameRow, NameText } from '../../schemas/names';

type Row = NameRow & NameText;

const context: NameContext = {
  sections: new Set(['/border/#vorukh', '/clashes-2022/#day-16-september-2022']),
  places: new Map([
    ['vorukh', { name: 'Vorukh', country: 'TJ' }],
    ['golovnoi', { name: 'Golovnoi water intake', disputed: true }],
  ]),
  mapHrefs: new Map([['vorukh', '/border/#place-vorukh']]),
  textFile: 'content/data/text/en/names.yaml',
};

const vorukh: Row = {
  id: 'vorukh',
  kind: 'place',
  country: ['TJ'],
  place: 'vorukh',
  sections: ['/border/#vorukh'],
  about: 'A Tajik exclave.',
};
const tashiev: Row = {
  id: 'tashiev',
  kind: 'person',
  sections: ['/clashes-2022/#day-16-september-2022'],
  form: 'Kamchybek Tashiev',
  spellings: ['Tashiyev'],
  about: 'Then security chief.',
  forms: { ru: [{ form: 'Камчыбек Ташиев', source: 'https://kabar.kg/' }] },
};

describe('nameEntries', () => {
  it('names a place by its row of places.yaml and links its target on the map', () => {
    const { entries, problems } = nameEntries([vorukh], context);
    expect(problems).toEqual([]);
    expect(entries[0]).toMatchObject({ id: 'vorukh', name: 'Vorukh', mapHref: '/border/#place-vorukh', spellings: [], forms: {} });
  });

  it('gives a name off the map its own form and no map link', () => {
    const { entries, problems } = nameEntries([tashiev], context);
    expect(problems).toEqual([]);
    expect(entries[0]).toMatchObject({ name: 'Kamchybek Tashiev', spellings: ['Tashiyev'] });
    expect(entries[0]?.mapHref).toBeUndefined();
  });

  it('refuses a section no heading has, naming the row', () => {
    const { problems } = nameEntries([{ ...tashiev, sections: ['/border/#nowhere'] }], context);
    expect(problems).toEqual([expect.stringContaining('row "tashiev": section "/border/#nowhere" does not exist')]);
  });

  it('refuses a place id places.yaml does not have', () => {
    const { problems } = nameEntries([{ ...vorukh, place: 'vorukhh' }], context);
    expect(problems).toEqual([expect.stringContaining('place "vorukhh" is not a row of content/data/places.yaml')]);
  });

  it('refuses a country that contradicts the place row', () => {
    expect(nameEntries([{ ...vorukh, country: ['KG'] }], context).problems).toEqual([expect.stringContaining('write `country: [TJ]`')]);
    const golovnoi: Row = { ...vorukh, id: 'golovnoi', place: 'golovnoi', country: ['KG'] };
    expect(nameEntries([golovnoi], context).problems).toEqual([expect.stringContaining('write `country: disputed`')]);
    expect(nameEntries([{ ...golovnoi, country: 'disputed' }], context).problems).toEqual([]);
  });

  it('refuses a second copy of a map name in the words, and a name with no form at all', () => {
    expect(nameEntries([{ ...vorukh, form: 'Vorukh' }], context).problems).toEqual([expect.stringContaining('remove `form`')]);
    const { form: _, ...formless } = tashiev;
    expect(nameEntries([formless], context).problems).toEqual([expect.stringContaining('"tashiev" needs `form`')]);
  });

  it('refuses a second copy of a name the map already has, pointing to its place row', () => {
    const copy: Row = { ...tashiev, id: 'vorukh-copy', kind: 'place', country: ['TJ'], form: 'Vorukh' };
    expect(nameEntries([copy], context).problems).toEqual([
      expect.stringContaining('the map names row "vorukh" of places.yaml "Vorukh" too; give `place: vorukh`'),
    ]);
  });

  it('refuses two entries with the same form', () => {
    const { problems } = nameEntries([tashiev, { ...tashiev, id: 'tashiev-2' }], context);
    expect(problems).toEqual([expect.stringContaining('rows "tashiev", "tashiev-2" share the form "Kamchybek Tashiev"')]);
  });
});
