import { describe, expect, it } from 'vitest';
import { englishInterfaceStrings } from './untranslated-words';
import { en } from '../../i18n/en';
import { ru } from '../../i18n/ru';

/** A made-up pair of dictionaries with every kind of entry the real ones have. */
const ENGLISH = {
  copyLinkHint: 'Copy link',
  linkCopied: 'Link copied',
  citationBibtex: 'BibTeX',
  fileFormat: 'CSV',
  size: (kilobytes: string) => `${kilobytes} KB`,
  skipToContent: 'Skip to the text',
  notFoundTitle: 'Page not found',
  siteShortName: 'Kyrgyz–Tajik border',
  description: 'Every source this explainer cites.',
  sectionLink: (heading: string) => `Link to the section “${heading}”`,
  quoted: (text: string) => `“${text}”`,
  tableOfColumns: (columns: readonly string[]) => `Table: ${columns.join(', ')}`,
  svgTitle: (year?: number) => (year ? `Map of the ${year} clash sites` : 'Map of the border'),
  fighting: (year: number) => ({ 2021: 'April 2021', 2022: 'September 2022' })[year],
  sourcesInAll: { one: (count: string) => `${count} source in all.`, other: (count: string) => `${count} sources in all.` },
  countries: { KG: 'KYRGYZSTAN', TJ: 'TAJIKISTAN' },
  columns: ['Side', 'Year'],
  figureReference: /^Figure \d+$/,
};

const RUSSIAN = {
  copyLinkHint: 'Скопировать ссылку',
  linkCopied: 'Ссылка скопирована',
  citationBibtex: 'BibTeX',
  fileFormat: 'CSV',
  size: (kilobytes: string) => `${kilobytes} КБ`,
  skipToContent: 'Перейти к тексту',
  notFoundTitle: 'Страница не найдена',
  siteShortName: 'Кыргызско-таджикская граница',
  description: 'Все источники, на которые ссылается разбор.',
  sectionLink: (heading: string) => `Ссылка на раздел «${heading}»`,
  quoted: (text: string) => `«${text}»`,
  tableOfColumns: (columns: readonly string[]) => `Таблица: ${columns.join(', ')}`,
  svgTitle: (year?: number) => (year ? `Карта мест столкновений ${year} года` : 'Карта границы'),
  fighting: (year: number) => ({ 2021: 'апрель 2021 года', 2022: 'сентябрь 2022 года' })[year],
  sourcesInAll: {
    one: (count: string) => `Всего ${count} источник.`,
    few: (count: string) => `Всего ${count} источника.`,
    many: (count: string) => `Всего ${count} источников.`,
    other: (count: string) => `Всего ${count} источника.`,
  },
  countries: { KG: 'КЫРГЫЗСТАН', TJ: 'ТАДЖИКИСТАН' },
  columns: ['Сторона', 'Год'],
  figureReference: /^Рисунок \d+$/,
};

/** A Russian page whose body is `body` and whose head holds `head`. */
const page = (body: string, head = '<title>Граница · Кыргызско-таджикская граница</title>') =>
  `<!doctype html><html lang="ru"><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`;

const found = (body: string, head?: string) => englishInterfaceStrings(page(body, head), ENGLISH, RUSSIAN);

describe('englishInterfaceStrings', () => {
  it('finds nothing on a page whose every interface word is Russian', () => {
    const body = [
      '<a href="#main">Перейти к тексту</a>',
      '<copy-link data-tip="Скопировать ссылку" data-done="Ссылка скопирована"><button aria-label="Ссылка на раздел «Ворух»">#</button></copy-link>',
      '<p>Всего 34 источника.</p><table aria-label="Таблица: Сторона, Год"><tr><th>Сторона</th><th>Год</th></tr></table>',
      '<svg><title>Карта мест столкновений 2022 года</title><text>КЫРГЫЗСТАН</text></svg>',
    ].join('');
    expect(found(body)).toEqual([]);
  });

  it('fails an English button label, naming the entry and the element', () => {
    expect(found('<p>Граница</p><button type="button">Copy link</button>')).toEqual([
      { text: 'Copy link', key: 'copyLinkHint', where: '<button>' },
    ]);
  });

  it('reads the attributes a reader is shown or read aloud, and the words a script shows from data-*', () => {
    const body = [
      '<a href="#x" aria-label="Skip to the text" title="Skip to the text">→</a>',
      '<img src="x.png" alt="Map of the border">',
      '<input type="submit" value="Copy link"><input name="q" placeholder="Copy link">',
      '<copy-link data-done="Link copied" data-kind="correction"></copy-link>',
    ].join('');
    expect(found(body).map(({ where, key }) => `${where} ${key}`)).toEqual([
      '<a aria-label> skipToContent',
      '<a title> skipToContent',
      '<img alt> svgTitle()',
      '<input value> copyLinkHint',
      '<input placeholder> copyLinkHint',
      '<copy-link data-done> linkCopied',
    ]);
  });

  it('does not read an attribute that is not words, nor a data-* value shaped like an identifier', () => {
    expect(found('<div class="Copy link" id="x" data-kind="copy-link"><a href="/Copy link">Ссылка</a></div>')).toEqual([]);
  });

  it('reads the title, and each part of one joined with the site name', () => {
    expect(found('<p>Нет страницы</p>', '<title>Page not found · Кыргызско-таджикская граница</title>')).toEqual([
      { text: 'Page not found', key: 'notFoundTitle', where: '<title>' },
    ]);
  });

  it('reads a share preview’s and a search result’s words in <meta>, but not other meta', () => {
    const head = [
      '<title>Граница</title>',
      '<meta name="description" content="Every source this explainer cites.">',
      '<meta property="og:title" content="Page not found">',
      '<meta property="og:locale" content="Page not found">',
    ].join('');
    expect(found('<p>Текст</p>', head)).toEqual([
      { text: 'Every source this explainer cites.', key: 'description', where: '<meta name="description">' },
      { text: 'Page not found', key: 'notFoundTitle', where: '<meta property="og:title">' },
    ]);
  });

  it('finds a function’s English words whatever fills its holes', () => {
    expect(found('<a href="#vorukh" aria-label="Link to the section “Ворух”">#</a>')).toEqual([
      { text: 'Link to the section “Ворух”', key: 'sectionLink()', where: '<a aria-label>' },
    ]);
    expect(found('<table aria-label="Table: Сторона, Год"></table>')[0]?.key).toBe('tableOfColumns()');
    expect(found('<p>34 sources in all.</p>')[0]?.key).toBe('sourcesInAll.other()');
  });

  it('finds the words a function gives only for some arguments: a branch, a lookup by year', () => {
    expect(found('<svg><title>Map of the 2022 clash sites</title></svg><p>Map of the border</p>').map(({ text }) => text)).toEqual([
      'Map of the 2022 clash sites',
      'Map of the border',
    ]);
    expect(found('<p>April 2021</p>')[0]?.key).toBe('fighting()');
  });

  it('collapses whitespace and reads character references, as a browser shows the text', () => {
    expect(found('<button>\n  Copy&#32;link\n</button><p>Link&nbsp;copied</p>').map(({ text }) => text)).toEqual([
      'Copy link',
      'Link copied',
    ]);
  });

  it('reads English words split by inline markup as the element’s whole text', () => {
    expect(found('<p><span>Skip</span> to <em>the text</em></p>')).toEqual([
      { text: 'Skip to the text', key: 'skipToContent', where: '<p>' },
    ]);
  });

  it('reads words in SVG, where charts and maps label, and in a template a script clones', () => {
    expect(
      found(
        '<svg viewBox="0 0 1 1"><g><path d="M0 0"/><text x="1">TAJIKISTAN</text></g></svg><template><span>Link copied</span></template>',
      ),
    ).toEqual([
      { text: 'TAJIKISTAN', key: 'countries.TJ', where: '<text>' },
      { text: 'Link copied', key: 'linkCopied', where: '<span>' },
    ]);
  });

  it('reports each English string once per place, in the order the page first shows it', () => {
    expect(found('<button>Copy link</button><button>Copy link</button><p>Link copied</p>')).toHaveLength(2);
  });

  it('does not call identical words, acronyms, numbers or punctuation English', () => {
    expect(found('<p>BibTeX</p><p>CSV</p><p>17 КБ</p><p>17 KB</p><p>“Ворух”</p><p>2022</p>')).toEqual([]);
  });

  it('leaves code alone: a column name or a value is spelled as the file spells it', () => {
    expect(found('<p><code>Copy link</code></p><table><tr><th><kbd>Link copied</kbd></th></tr></table>')).toEqual([]);
  });

  it('leaves text marked lang="en" alone, but not a page whose <html> says English', () => {
    expect(found('<cite lang="en">Copy link</cite><p lang="en-GB"><span>Link copied</span></p>')).toEqual([]);
    const english = '<!doctype html><html lang="en"><head><title>X</title></head><body><button>Copy link</button></body></html>';
    expect(englishInterfaceStrings(english, ENGLISH, RUSSIAN)).toHaveLength(1);
  });

  it('does not read scripts and styles as words', () => {
    expect(found('<script type="module">const tip = "Copy link";</script><style>a::after{content:"Copy link"}</style>')).toEqual([]);
  });

  it('reads the markup as a browser does: unquoted attributes, ">" inside a quoted value', () => {
    expect(found('<a href=/x title="a > b">→</a><button aria-label=Скопировать>Copy link</button>')).toEqual([
      { text: 'Copy link', key: 'copyLinkHint', where: '<button>' },
    ]);
  });
});

describe('englishInterfaceStrings with the site’s own dictionaries', () => {
  /** Every word the Russian dictionary has, each as a paragraph of one page. */
  const everyRussianWord = (words: unknown): string[] =>
    typeof words === 'string'
      ? [words]
      : typeof words === 'object' && words !== null && !(words instanceof RegExp)
        ? Object.values(words).flatMap(everyRussianWord)
        : [];
  const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');

  it('finds none of the Russian dictionary’s own words English', () => {
    const body = everyRussianWord(ru)
      .map((words) => `<p>${escape(words)}</p>`)
      .join('');
    expect(englishInterfaceStrings(page(body), en, ru)).toEqual([]);
  });

  it('finds the English interface words a Russian page forgot to translate', () => {
    const body = `<button>${en.copyLinkHint}</button><p>${en.figureLink(ru.figureName(2))}</p><p>${ru.figureLink(ru.figureName(2))}</p>`;
    expect(englishInterfaceStrings(page(body), en, ru)).toEqual([
      { text: 'Copy link', key: 'copyLinkHint', where: '<button>' },
      { text: 'Link to Рисунок 2', key: 'figureLink()', where: '<p>' },
    ]);
  });
});
