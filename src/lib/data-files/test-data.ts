/** Rows and sources for the data files' unit tests, made through the real schemas. */
import { eventSchema, eventTextSchema, type ChronologyEvent } from '../../schemas/events';
import { placeSchema, placeTextSchema, type Place } from '../../schemas/places';
import { borderLengthSchema, borderLengthTextSchema, type BorderLength } from '../../schemas/border-lengths';
import type { CsvSource } from '../casualties/csv';

export const sources = new Map<string, CsvSource>([
  ['agency-2022', { publisher: 'Test Agency', url: 'https://example.org/a' }],
  ['copy-2022', { publisher: 'Copy Site', carries: 'Wire Service', url: 'https://example.org/b?x=1,2' }],
  ['stored-copy', { publisher: 'Archive Only' }],
]);

export const words = { copyOf: (carries: string, publisher: string) => `${carries}, via ${publisher}` };

/** An author's row, facts and words together, split into the two files' halves. */
function split(input: Record<string, unknown>, textFields: Set<string>): [Record<string, unknown>, Record<string, unknown>] {
  const entries = Object.entries(input);
  return [Object.fromEntries(entries.filter(([k]) => !textFields.has(k))), Object.fromEntries(entries.filter(([k]) => textFields.has(k)))];
}

export function event(input: Record<string, unknown> & { id: string }): ChronologyEvent {
  const [facts, text] = split(
    {
      date: '2022-09-16',
      sources: ['agency-2022'],
      section: '/clashes-2022/#fighting-2022',
      kind: 'clash',
      text: "Something happened, by the test's account.",
      ...input,
    },
    new Set(Object.keys(eventTextSchema.shape)),
  );
  return { ...eventSchema.parse(facts), ...eventTextSchema.parse(text) };
}

export function place(input: Record<string, unknown> & { id: string }): Place {
  const [facts, text] = split(
    {
      kind: 'village',
      country: 'KG',
      latitude: 40.1,
      longitude: 70.5,
      source: 'agency-2022',
      approximate: false,
      name: 'Test village',
      ...input,
    },
    new Set(Object.keys(placeTextSchema.shape)),
  );
  return { ...placeSchema.parse(facts), ...placeTextSchema.parse(text) };
}

export function borderLength(input: Record<string, unknown> & { id: string }): BorderLength {
  const [facts, text] = split(
    { km: 970, sources: ['agency-2022'], agreed: 'not given', saidBy: 'A test official, 2022', ...input },
    new Set(Object.keys(borderLengthTextSchema.shape)),
  );
  return { ...borderLengthSchema.parse(facts), ...borderLengthTextSchema.parse(text) };
}
