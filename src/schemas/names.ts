/**
 * Names and places, A–Z (/names/): every place, person, institution, agreement and term the
 * chapters use. Its facts are a row of `content/data/names.yaml`; its words an entry of
 * `content/data/text/<locale>/names.yaml` under the row's id (see ./text-layers.ts).
 *
 * A place on the border map is not named twice: its row gives `place`, the id of its row in
 * `content/data/places.yaml`, and its form is the name the map gives it in the page's language
 * (text/<locale>/places.yaml). The forms in Russian, Kyrgyz and Tajik are facts about the name,
 * the same whatever language the page is in, so they live here, with the source each was found in.
 * That sections and place rows exist is checked against the site (src/lib/names/checks.ts).
 */
import { z } from 'astro/zod';
import { SLUG, slugId } from './fields';
import { factRow, textEntry } from './text-layers';

const NAME_KINDS = ['place', 'person', 'institution', 'agreement', 'term'] as const;
export type NameKind = (typeof NAME_KINDS)[number];

/** The countries of the border map's boundaries, by ISO 3166 alpha-2 code (as in ./places.ts). */
const NAME_COUNTRIES = ['KG', 'TJ', 'UZ'] as const;

/** The languages whose forms of a name the page gives beside the site's own. */
export const NAME_LANGUAGES = ['ru', 'ky', 'tg'] as const;

/** A section of the text as a site path and heading id: `/border/#vorukh`, or `/#key-figures` on the home page. */
const SECTION = new RegExp(`^/(?:${SLUG}/)?#${SLUG}$`);

/** One way a name is written in another language, as a source writes it. */
const otherForm = z
  .strictObject({
    /** The form exactly as the source writes it, quotation marks included where the source puts a post's name in them. */
    form: z.string().min(1, 'write the form'),
    /** The address of the page it was found on (the glossary's or the fact sheet's source). */
    source: z.url({ protocol: /^https?$/, error: 'the address (http or https) of the page the form was found on' }).optional(),
    /** True where no source was found and the form is a transliteration proposal, as the glossary marks it. */
    unverified: z.literal(true).optional(),
  })
  .refine((form) => !(form.source && form.unverified), 'a form with a source is not unverified: drop one of `source` and `unverified`');

export const nameSchema = factRow(
  {
    /** Stable id and the entry's anchor on /names/; a place on the map uses its id in places.yaml. */
    id: slugId(),
    /** What it is: one of NAME_KINDS. */
    kind: z.enum(NAME_KINDS, { error: `one of ${NAME_KINDS.join(', ')}` }),
    /**
     * Places: the country it lies in on the map's OpenStreetMap boundaries (de facto, December
     * 2024), a list where it spans several (a river), or `disputed` where its ownership was itself
     * in dispute. Must agree with its row in places.yaml.
     */
    country: z.union([z.literal('disputed'), z.array(z.enum(NAME_COUNTRIES)).min(1)]).optional(),
    /** Places on the border map: the id of its row in content/data/places.yaml, whose name is then its form. */
    place: slugId().optional(),
    /** The sections that tell it, in reading order, each a site path and heading id: `/border/#vorukh`. */
    sections: z
      .array(z.string().regex(SECTION, 'a path and heading id such as /border/#vorukh'), {
        error: 'a list of sections: [/border/#vorukh]',
      })
      .min(1, 'link at least one section that tells it'),
    /** Its forms in Russian (`ru`), Kyrgyz (`ky`) and Tajik (`tg`), the most used first; only forms a source gives. */
    forms: z
      .strictObject({
        ru: z.array(otherForm).min(1).optional(),
        ky: z.array(otherForm).min(1).optional(),
        tg: z.array(otherForm).min(1).optional(),
      })
      .optional(),
  },
  'names.yaml',
).superRefine((row, ctx) => {
  const problem = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
  if (row.kind === 'place' && !row.country) problem('country', 'say which country it lies in ([KG], [TJ], [UZ] or a list), or `disputed`');
  if (row.kind !== 'place' && row.country) problem('country', 'only a place has a country');
  if (row.kind !== 'place' && row.place) problem('place', 'only a place is on the map');
  row.forms?.ru?.forEach((form, i) => {
    if (!form.source && !form.unverified) {
      ctx.addIssue({
        code: 'custom',
        path: ['forms', 'ru', i],
        message: 'give the `source` the Russian form was found in, or mark it `unverified: true` as the glossary does',
      });
    }
  });
});

/** A name's words in one language: an entry of `content/data/text/<locale>/names.yaml`. */
export const nameTextSchema = textEntry(
  {
    /** The form the site uses. Leave out for a place on the map: its form is its name in text/<locale>/places.yaml. */
    form: z.string().min(2, 'write the form the site uses').optional(),
    /** Other spellings found in the sources, in this language's script. */
    spellings: z.array(z.string().min(1)).min(1).optional(),
    /** One line on what or who it is; a person's office with its dates ("then security chief"). */
    about: z.string().min(10, 'say in a line what or who it is'),
  },
  'names.yaml',
);

export type NameRow = z.output<typeof nameSchema>;
export type NameText = z.output<typeof nameTextSchema>;
