import { describe, expect, it } from 'vitest';
import { OTHER_ALPHABET_ANCHOR, groupByLetter, letterAnchor, letterOf, nameAnchor, nameOrder, sourceHost } from './a-z';

const names = (...list: string[]) => list.map((name) => ({ name }));
const LATIN = { letter: /^\p{Script=Latin}$/u, otherLabel: 'А–Я' };
const CYRILLIC = { letter: /^\p{Script=Cyrillic}$/u, otherLabel: 'A–Z' };

describe('letterOf', () => {
  it('files a name with a diacritic under the plain letter', () => {
    expect(letterOf('Kök-Tash', 'en')).toBe('K');
    expect(letterOf('Törtkül', 'en')).toBe('T');
    expect(letterOf('António Guterres', 'en')).toBe('A');
  });

  it('skips quotation marks and files a lower-case term under its capital', () => {
    expect(letterOf('"Dushanbe" post', 'en')).toBe('D');
    expect(letterOf('delimitation', 'en')).toBe('D');
  });

  it('files a name with no letter under #', () => {
    expect(letterOf('44', 'en')).toBe('#');
  });
});

describe('nameOrder', () => {
  it('sorts a name with a diacritic with its plain spelling, not after Z', () => {
    const sorted = ['Kulundu', 'Kök-Tash', 'Kairagach', 'Zumrad'].sort(nameOrder('en'));
    expect(sorted).toEqual(['Kairagach', 'Kök-Tash', 'Kulundu', 'Zumrad']);
  });

  it('ignores case and punctuation', () => {
    const sorted = ['Osh region', 'ovchi-kalacha', 'Orto-Boz', '"Dushanbe" post', 'Dostuk'].sort(nameOrder('en'));
    expect(sorted).toEqual(['Dostuk', '"Dushanbe" post', 'Orto-Boz', 'Osh region', 'ovchi-kalacha']);
  });

  it('keeps two spellings that differ only by accent in a stable order', () => {
    expect(['Kök-Tash', 'Kok-Tash'].sort(nameOrder('en'))).toEqual(['Kok-Tash', 'Kök-Tash']);
  });
});

describe('groupByLetter', () => {
  it('groups sorted entries under their letters, in letter order', () => {
    const groups = groupByLetter(names('Vorukh', 'Kulundu', 'Kök-Tash', 'Ak-Sai', 'delimitation', 'Batken'), 'en', LATIN);
    expect(groups.map((g) => g.letter)).toEqual(['A', 'B', 'D', 'K', 'V']);
    expect(groups.find((g) => g.letter === 'K')?.entries.map((e) => e.name)).toEqual(['Kök-Tash', 'Kulundu']);
  });

  it('leaves out letters that have no entry and gives each group its anchor', () => {
    const groups = groupByLetter(names('Osh', 'Isfara'), 'en', LATIN);
    expect(groups).toEqual([
      { letter: 'I', anchor: 'names-i', entries: [{ name: 'Isfara' }] },
      { letter: 'O', anchor: 'names-o', entries: [{ name: 'Osh' }] },
    ]);
  });

  it('files names in the other alphabet together after the page’s letters, so a Latin H never stands beside the Cyrillic Н', () => {
    const groups = groupByLetter(names('Ворух', 'Human Rights Watch', 'Насрулло', 'AFP', 'Ак-Сай'), 'ru', CYRILLIC);
    expect(groups).toEqual([
      { letter: 'А', anchor: 'names-а', entries: [{ name: 'Ак-Сай' }] },
      { letter: 'В', anchor: 'names-в', entries: [{ name: 'Ворух' }] },
      { letter: 'Н', anchor: 'names-н', entries: [{ name: 'Насрулло' }] },
      { letter: 'A–Z', anchor: OTHER_ALPHABET_ANCHOR, entries: [{ name: 'AFP' }, { name: 'Human Rights Watch' }] },
    ]);
  });

  it('keeps a name with no letter among the page’s own groups', () => {
    expect(groupByLetter(names('44', 'Osh'), 'en', LATIN).map((g) => g.letter)).toEqual(['#', 'O']);
  });

  it('returns no groups for no entries', () => {
    expect(groupByLetter([], 'en', LATIN)).toEqual([]);
  });
});

describe('anchors', () => {
  it('prefixes entry anchors so they cannot meet a chapter heading id', () => {
    expect(nameAnchor('vorukh')).toBe('name-vorukh');
    expect(letterAnchor('K')).toBe('names-k');
  });
});

describe('sourceHost', () => {
  it('names a source by its host, without www. or a trailing dot', () => {
    expect(sourceHost('https://24.kg/proisshestvija/245143/amp/')).toBe('24.kg');
    expect(sourceHost('https://www.hrw.org/ru/report')).toBe('hrw.org');
    expect(sourceHost('https://eadaily.com./ru/news/2025')).toBe('eadaily.com');
  });
});
