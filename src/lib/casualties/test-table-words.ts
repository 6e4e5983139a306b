/** The table words of two languages, for the unit tests of the casualty table check. */
import type { CountTableWords } from './chapter-tables';

export const ENGLISH: CountTableWords = {
  locale: 'en-GB',
  qualifier: {
    'at-least': 'at least',
    'more-than': 'more than',
    about: 'about',
    almost: 'almost',
    'up-to': 'up to',
    estimated: 'an estimated',
  },
  civilianWords: ['civilian', 'civilians'],
  measure: { killed: 'killed', wounded: 'wounded' },
  civilians: 'civilians',
  count: (value, measure, whom) => `${value}${whom ? ` ${whom}` : ''} ${measure}`,
};

export const RUSSIAN: CountTableWords = {
  locale: 'ru',
  qualifier: { 'at-least': 'не менее', 'more-than': 'более', about: 'около', almost: 'почти', 'up-to': 'до', estimated: 'примерно' },
  civilianWords: ['мирных', 'мирный', 'мирные'],
  measure: { killed: 'убиты', wounded: 'ранены' },
  civilians: 'мирных жителей',
  count: (value, measure, whom) => `${value}${whom ? ` ${whom}` : ''} ${measure}`,
};
