import { z } from 'astro/zod';
import { partialDate, slugId } from './fields';

/** Words that say the publisher is not known: such a source cannot be cited. */
const NO_PUBLISHER = /publisher not recorded|^(?:unknown|anonymous|news report)\b/i;
/**
 * Words that belong in `carries`: the publisher field names only the site that was read. "Orda.kz
 * (citing AKIpress)" and "CrisisWatch, quoted on barcelonaradical.net" read as the relayed
 * publisher's own page; written with `carries`, the entry shows as a copy on /sources/ and in the
 * citation previews.
 */
const COPY_WORDS = /\b(?:copy|copies|mirror|mirrors|relaying|republishing|citing|quoting|quoted (?:on|by|in))\b|\(via /i;

/** One source the site may cite; `content/sources.yaml`. */
export const sourceSchema = z
  .object({
    /** Stable id used by `<Cite source="…" />` and as the anchor `#source-<id>` on /sources/. */
    id: slugId(),
    /** The source's number in the research fact sheet, to trace it back. */
    factSheet: z.number().int().positive().optional(),
    /** Who published the copy that was read (outlet, agency, organisation or author); required. */
    publisher: z
      .string()
      .min(2, 'name the publisher or the author')
      .refine((p) => !NO_PUBLISHER.test(p), 'name the publisher or the author; a source whose publisher is unknown cannot be cited')
      .refine((p) => !COPY_WORDS.test(p), 'name only the site here, and say whose text it republishes in `carries`'),
    /**
     * Whose text the publisher carries, when it republished or mirrored another publisher's report
     * (wire copy, a Wikipedia mirror, a data package): `carries: "Reuters"` with `publisher:
     * "Devdiscourse"`. /sources/ marks such an entry as a copy, so a reader can weigh it.
     */
    carries: z.string().min(2).optional(),
    /** The title as published; a title in brackets is a description where none was shown. */
    title: z
      .string()
      .min(2)
      .refine((t) => !/^\(?(?:undated|no title|untitled)\)?$/i.test(t), 'give the title, or a description of the page in brackets'),
    /**
     * The language of a title as published, where its script does not tell it: a title in Latin
     * letters is taken for English and one in Cyrillic for Russian, so `de` marks "Woruch" German.
     * Pages mark a title in another language than theirs, so that a screen reader speaks it in
     * that language.
     */
    lang: z
      .string()
      .regex(/^[a-z]{2}$/, 'a two-letter language code: de, it, no')
      .optional(),
    /** Publication date as precise as known: YYYY, YYYY-MM or YYYY-MM-DD. */
    date: partialDate.optional(),
    /** What is known of the date beyond `date` ("late November", "date not shown in stored copy"); never the date again. */
    dateNote: z.string().optional(),
    /** Address of the copy that was read. */
    url: z.url().optional(),
    /** Where the copy that was read is kept, when it has no web address: required without `url`. */
    archiveNote: z.string().min(10, 'say where the copy that was read is kept').optional(),
    /** Anything a reader should know about the source (a summary rather than the text, an odd address). */
    note: z.string().optional(),
  })
  .superRefine((source, ctx) => {
    if (!source.url && !source.archiveNote) {
      ctx.addIssue({
        code: 'custom',
        path: ['url'],
        message: 'give the address of the copy that was read, or an archiveNote saying where it is kept',
      });
    }
    if (source.date && source.dateNote?.startsWith(source.date)) {
      ctx.addIssue({ code: 'custom', path: ['dateNote'], message: `repeats the date ${source.date}; say only what the date does not` });
    }
  });
export type Source = z.infer<typeof sourceSchema>;

/**
 * A source's words in a translation (`content/data/text/<locale>/sources.yaml`): the parts of its
 * entry this project wrote, in that language. Which a source must have is decided by its English
 * entry (src/lib/content/source-words.ts); a title as published, an address and a bare name are not
 * translated.
 */
export const sourceTextSchema = z.strictObject(
  {
    /** The publisher as this language names or describes it: «Ховар» (государственное информационное агентство Таджикистана). */
    publisher: z.string().min(2).optional(),
    /** Whose text the publisher carries, as this language names it. */
    carries: z.string().min(2).optional(),
    /** A title in brackets (the project's description of the page), in this language and still in brackets. */
    title: z
      .string()
      .regex(/^\(.*\)$/s, 'a title in brackets, as the English: a description stays marked as one')
      .optional(),
    /** What is known of the date beyond `date`. */
    dateNote: z.string().min(2).optional(),
    /** What a reader should know about the source. */
    note: z.string().min(2).optional(),
  },
  {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? `not a field a translation gives: ${issue.keys.join(', ')}; addresses, dates and titles as published stay in content/sources.yaml`
        : undefined,
  },
);
export type SourceText = z.infer<typeof sourceTextSchema>;
