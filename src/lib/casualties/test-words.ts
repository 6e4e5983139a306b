/**
 * English words for the unit tests, in the shape the casualty labels take. The tests check how
 * the labels are put together, so they keep their own words: a change of wording in the
 * dictionary (src/i18n) is not a failure here, and src/lib imports no dictionary.
 */
import type { CountTableWords } from './chapter-tables';
import type { CasualtyWords, SourceRefWords } from './labels';
import type { Qualifier } from '../../schemas/casualties';
import { hedgedNumber } from '../site/format';

/** A number as the English words hedge it: "more than 50". */
const hedged = (value: number, qualifier: Qualifier | undefined): string =>
  hedgedNumber(qualifier && words.casualties.qualifier[qualifier], value.toLocaleString('en-GB'));

export const words: CasualtyWords & SourceRefWords = {
  formatLocale: 'en-GB',
  sourceLabel: 'Source',
  copyOf: (carries, publisher) => `${carries}, via ${publisher}`,
  casualties: {
    side: { kyrgyzstan: 'Kyrgyzstan', tajikistan: 'Tajikistan', both: 'Both sides' },
    measure: { killed: 'killed', wounded: 'wounded', displaced: 'displaced' },
    qualifier: {
      'at-least': 'at least',
      'more-than': 'more than',
      about: 'about',
      almost: 'almost',
      'up-to': 'up to',
      estimated: 'an estimated',
    },
    qualifierSign: { 'at-least': '≥', 'more-than': '>', about: '≈', almost: '≈', 'up-to': '≤', estimated: '≈' },
    timeOfDay: { morning: 'morning', afternoon: 'afternoon', evening: 'evening', night: 'night' },
    count: ({ value, measure, qualifier, counts }) =>
      `${hedged(value, qualifier)}${counts === 'civilians' ? ' civilians' : ''} ${words.casualties.measure[measure]}`,
    civilianCount: ({ value, qualifier }) => `${hedged(value, qualifier)} civilians`,
    markLabel: (side, event, count, reportedBy, when, official) =>
      `${side}, ${event}: ${count}, ${reportedBy}, ${when}${official ? '' : ' (not an official count)'}`,
    laterOrUndated: ['Later or', 'undated'],
  },
};

/** The same English as the casualty table check reads it. */
export const ENGLISH: CountTableWords = {
  ...words.casualties,
  locale: words.formatLocale,
  civilianWords: ['civilian', 'civilians'],
};

/** Russian table words, for the check's promise that a table in another language is read too. */
export const RUSSIAN: CountTableWords = {
  locale: 'ru',
  qualifier: { 'at-least': 'не менее', 'more-than': 'более', about: 'около', almost: 'почти', 'up-to': 'до', estimated: 'примерно' },
  civilianWords: ['мирных', 'мирный', 'мирные'],
  count: ({ value, measure, counts }) =>
    `${value}${counts === 'civilians' ? ' мирных жителей' : ''} ${{ killed: 'убиты', wounded: 'ранены', displaced: 'перемещены' }[measure]}`,
};
