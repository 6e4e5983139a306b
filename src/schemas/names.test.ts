import { describe, expect, it } from 'vitest';
import { nameSchema, nameTextSchema } from './names';
import { issues } from './test-issues';

describe('nameSchema', () => {
  const place = {
    id: 'kok-tash',
    kind: 'place',
    country: ['KG'],
    place: 'kok-tash',
    sections: ['/border/#golovnoi', '/#overview-enclaves-water'],
    forms: {
      ru: [
        { form: 'Кок-Таш', source: 'https://24.kg/a/' },
        { form: 'Лолазор', unverified: true },
      ],
      ky: [{ form: 'Көк-Таш' }],
    },
  };

  it('accepts a place with its sections and its forms in other languages', () => {
    expect(issues(nameSchema.safeParse(place))).toEqual([]);
    expect(issues(nameSchema.safeParse({ ...place, country: 'disputed' }))).toEqual([]);
  });

  it('asks a place where it lies, and refuses a country for anything else', () => {
    const { country: _, ...nowhere } = place;
    expect(issues(nameSchema.safeParse(nowhere))).toEqual([expect.stringMatching(/^country: say which country/)]);
    expect(issues(nameSchema.safeParse({ ...place, kind: 'person' }))).toEqual([
      'country: only a place has a country',
      'place: only a place is on the map',
    ]);
  });

  it('refuses a section that is not a path and heading id, and a name with no section', () => {
    expect(issues(nameSchema.safeParse({ ...place, sections: ['/border/vorukh'] }))).toEqual([
      'sections.0: a path and heading id such as /border/#vorukh',
    ]);
    expect(issues(nameSchema.safeParse({ ...place, sections: [] }))).toEqual(['sections: link at least one section that tells it']);
  });

  it('asks a Russian form for its source or the glossary’s UNVERIFIED mark, not both', () => {
    expect(issues(nameSchema.safeParse({ ...place, forms: { ru: [{ form: 'Кок-Таш' }] } }))).toEqual([
      expect.stringMatching(/^forms\.ru\.0: give the `source`/),
    ]);
    expect(
      issues(nameSchema.safeParse({ ...place, forms: { ru: [{ form: 'Кок-Таш', source: 'https://24.kg/', unverified: true }] } })),
    ).toEqual([expect.stringMatching(/^forms\.ru\.0: a form with a source is not unverified/)]);
  });

  it('refuses a language the page does not show and words written among the facts', () => {
    expect(issues(nameSchema.safeParse({ ...place, forms: { uz: [{ form: 'Kök-Tash' }] } }))).toEqual([expect.stringMatching(/"uz"/)]);
    expect(issues(nameSchema.safeParse({ ...place, about: 'A village.' }))).toEqual([
      expect.stringMatching(/not a field of content\/data\/names\.yaml: "about"; words go in content\/data\/text\/<locale>\/names\.yaml/),
    ]);
  });
});

describe('nameTextSchema', () => {
  it('accepts the words of a name and refuses a fact among them', () => {
    expect(issues(nameTextSchema.safeParse({ form: 'Sadyr Japarov', spellings: ['Zhaparov'], about: 'President of Kyrgyzstan.' }))).toEqual(
      [],
    );
    expect(issues(nameTextSchema.safeParse({ about: 'President of Kyrgyzstan.', kind: 'person' }))).toEqual([
      expect.stringMatching(/not a field of a text entry: "kind"; facts go in content\/data\/names\.yaml/),
    ]);
  });

  it('asks for the line on what it is', () => {
    expect(issues(nameTextSchema.safeParse({ form: 'Osh' }))).toEqual([expect.stringMatching(/^about: /)]);
  });
});
