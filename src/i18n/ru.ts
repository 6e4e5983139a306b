/**
 * Every fixed word of the interface in Russian, in the shape of ./en.ts, written as the region's
 * own Russian-language media write it (../../../shared/ru-glossary.md): Кыргызстан and
 * кыргызский, «ёлочки», dates as «16 сентября 2022 года», a decimal comma.
 *
 * Russian declines what English only places, so a few phrases are whole functions here where
 * English glues words together: a count agrees with its number («1 погибший», «2 погибших»,
 * «до 51 погибшего мирного жителя»), a copy button puts its object in the accusative, and the
 * month of the fighting is written «апрель 2021 года» in a label but «в апреле 2021 года» in a title.
 */
import type { ClashYear } from '../schemas/fields';
import type { MEASURES, Qualifier } from '../schemas/casualties';
import { formatNumber, hedgedNumber } from '../lib/site/format';
import type { Words } from './index';

type Measure = (typeof MEASURES)[number];

/** The month of each clash year's fighting, as a label writes it (nominative). */
const FIGHTING: Record<ClashYear, string> = { 2021: 'апрель 2021 года', 2022: 'сентябрь 2022 года' };
/** The same month as the time something happened: «в апреле 2021 года». */
const FIGHTING_WHEN: Record<ClashYear, string> = { 2021: 'в апреле 2021 года', 2022: 'в сентябре 2022 года' };

/** The BCP 47 tag Intl formats Russian dates and numbers with. */
const FORMAT_LOCALE = 'ru-RU';

/** How a source hedged a number. */
const QUALIFIER: Record<Qualifier, string> = {
  'at-least': 'не менее',
  'more-than': 'более',
  about: 'около',
  almost: 'почти',
  'up-to': 'до',
  estimated: 'ориентировочно',
};

/** The hedges after which a number and its noun stand in the genitive: «не менее», «более», «около», «до». */
const GENITIVE_QUALIFIERS: ReadonlySet<Qualifier> = new Set(['at-least', 'more-than', 'about', 'up-to']);

/**
 * The forms a counted word takes. After a number ending in 1 (but not 11) the nominative singular
 * («21 погибший»), or the genitive singular after a hedge that governs the genitive («более 21
 * погибшего»); after 2–4 (but not 12–14) the form `few` («2 погибших», «2 мирных жителя»), or the
 * genitive plural after such a hedge; after 0, 5–20 and the rest the genitive plural («5
 * погибших», «11 мирных жителей»); after a fraction the genitive singular («1,5 погибшего»).
 */
interface CountedForms {
  one: string;
  oneGenitive: string;
  few: string;
  many: string;
}

const COUNTED: Readonly<Record<Measure | 'civilians', CountedForms>> = {
  killed: { one: 'погибший', oneGenitive: 'погибшего', few: 'погибших', many: 'погибших' },
  wounded: { one: 'раненый', oneGenitive: 'раненого', few: 'раненых', many: 'раненых' },
  displaced: { one: 'перемещённый', oneGenitive: 'перемещённого', few: 'перемещённых', many: 'перемещённых' },
  civilians: { one: 'мирный житель', oneGenitive: 'мирного жителя', few: 'мирных жителя', many: 'мирных жителей' },
};

const RUSSIAN_PLURALS = new Intl.PluralRules('ru');

/** A counted word in the form its number, and the hedge before it, ask for. */
function counted(forms: CountedForms, value: number, qualifier: Qualifier | undefined): string {
  const genitive = qualifier !== undefined && GENITIVE_QUALIFIERS.has(qualifier);
  switch (RUSSIAN_PLURALS.select(value)) {
    case 'one':
      return genitive ? forms.oneGenitive : forms.one;
    case 'few':
      return genitive ? forms.many : forms.few;
    case 'many':
      return forms.many;
    default:
      return forms.oneGenitive;
  }
}

/**
 * A casualty number as its source hedged it, never rounded: «не менее 37», «142 071». The hedge
 * keeps to its number as one unbreakable run (hedgedNumber).
 */
const hedged = (value: number, qualifier: Qualifier | undefined) =>
  hedgedNumber(qualifier && QUALIFIER[qualifier], formatNumber(value, FORMAT_LOCALE, 2));

/** «Рисунок 2» as the middle of a sentence writes it: «ссылка на рисунок 2». */
function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/** The kinds of citation a copy button copies, in the accusative the verb «скопировать» takes. */
const ACCUSATIVE: Readonly<Record<string, string>> = { 'библиографическая ссылка': 'библиографическую ссылку' };

/** A number followed by a unit, kept on one line: «970 км». */
const kilometres = (km: string) => `${km}\u00A0км`;

/**
 * Text in «ёлочках»; quotation marks already inside it become „лапки“, as Russian nests them: a
 * section link to «КПП „Гулистон“, 19 сентября», not «КПП «Гулистон», 19 сентября».
 */
const inQuotes = (text: string) => `«${text.replace(/«/g, '„').replace(/»/g, '“')}»`;

export const ru: Words = {
  formatLocale: FORMAT_LOCALE,
  languageName: 'Русский',
  siteName: 'Кыргызско-таджикский пограничный конфликт',
  siteShortName: 'Кыргызско-таджикская граница',
  siteTagline: 'Спорная граница, столкновения 2021 и 2022 годов и мир, наступивший после них: подробный разбор',
  skipToContent: 'Перейти к тексту',
  chapters: 'Главы',
  mainNavigation: 'Главы разбора',
  onThisPage: 'На этой странице',
  previous: 'Предыдущая',
  next: 'Следующая',
  chapterNavigation: 'Предыдущая и следующая глава',
  lastUpdated: 'Обновлено',
  sectionLink: (heading) => `Ссылка на раздел ${inQuotes(heading)}`,
  copyLink: (heading) => `Скопировать ссылку на раздел ${inQuotes(heading)}`,
  linkCopied: 'Ссылка скопирована',
  copyLinkHint: 'Скопировать ссылку',
  figureName: (number) => `Рисунок ${number}`,
  figureReference: /^[Рр]исун(?:ок|ка|ку|ком|ке)[ \u00A0]\d+$/u,
  figureSourcesLabel: 'Источники:',
  figureDataLabel: 'Цифры в виде таблицы',
  figureLink: (figure) => `Ссылка на ${lowerFirst(figure)}`,
  copyFigureLink: (figure) => `Скопировать ссылку на ${lowerFirst(figure)}`,
  figurePage: {
    title: (figure, chapter) => `${figure} к главе ${inQuotes(chapter)}`,
    description: (figure, chapter) => `${figure} из главы ${inQuotes(chapter)} на отдельной странице — с подписью и источниками.`,
    placedIn: 'Из главы',
    section: 'раздел',
  },
  embed: {
    link: 'Встроить',
    heading: 'Как встроить этот рисунок на другой сайт',
    intro:
      'Вставьте этот код в веб-страницу, чтобы показать рисунок с подписью, источниками и ссылкой на этот сайт. Во фрейме рисунок всегда такой же, как здесь, со всеми последующими исправлениями.',
    resize: 'По желанию: если добавить на ту же страницу эти строки, фрейм примет точную высоту рисунка при любой ширине страницы.',
    copyFrame: 'Скопировать код для встраивания',
    copyResize: 'Скопировать скрипт подстройки высоты',
    copyHint: 'Скопировать код',
    copied: 'Код скопирован',
    frameTitle: (figure, site) => `${figure} — с сайта ${inQuotes(site)}`,
    credit: (site) => `С сайта ${inQuotes(site)}: все источники, данные и исправления`,
  },
  figureDownload: {
    intro: 'В каждом файле — заголовок рисунка, его источники и ссылка на сайт.',
    png: 'Скачать PNG',
    pngNote: 'вдвое крупнее, чем на странице, — для слайдов и документов',
    svg: 'Скачать SVG',
    svgNote: 'векторный, можно масштабировать и править',
    moreSources: (count) => `и ещё ${count}`,
    credit: (site, address) => (address ? `${site} · ${address}` : site),
  },
  fullEntry: 'Полное описание в разделе «Источники»',
  citedIn: 'Где упоминается',
  citeThisChapter: 'Как цитировать эту главу',
  citeThisChapterIntro: 'Чтобы сослаться на эту главу, скопируйте библиографическую ссылку или запись BibTeX.',
  citeThisChapterIntroPrint: 'Чтобы сослаться на эту главу, приведите библиографическую ссылку или запись BibTeX.',
  cite: 'Цитировать',
  citationAccessed: (day) => `дата обращения: ${day}`,
  citationPlain: 'Библиографическая ссылка',
  citationBibtex: 'BibTeX',
  citationBibtexEntry: 'запись BibTeX',
  copyCitation: (kind) => `Скопировать ${ACCUSATIVE[kind] ?? kind}`,
  copy: 'Копировать',
  copied: 'Скопировано',
  tableRegion: (caption) => `${caption} (прокручивается по горизонтали)`,
  tableRegionUnnamed: 'Таблица',
  tableOfColumns: (columns) => `Таблица: ${columns.join(', ')}`,
  allSources: {
    chart: {
      one: (count) => (count === '1' ? `${count} источник этого графика` : `Все ${count} источник этого графика`),
      few: (count) => `Все ${count} источника этого графика`,
      many: (count) => `Все ${count} источников этого графика`,
      other: (count) => `Все ${count} источника этого графика`,
    },
    map: {
      one: (count) => (count === '1' ? `${count} источник этой карты` : `Все ${count} источник этой карты`),
      few: (count) => `Все ${count} источника этой карты`,
      many: (count) => `Все ${count} источников этой карты`,
      other: (count) => `Все ${count} источника этой карты`,
    },
  },
  quoted: inQuotes,
  sourceLabel: 'Источник',
  sourcesTitle: 'Источники',
  sourcesInAll: {
    one: (count) => `Всего ${count} источник.`,
    few: (count) => `Всего ${count} источника.`,
    many: (count) => `Всего ${count} источников.`,
    other: (count) => `Всего ${count} источника.`,
  },
  sourcesArchived: 'Многие адреса ведут на архивные копии или зеркала исходного издания; они приведены в точности так, как мы их читали.',
  sourcesDescription:
    'Все источники, на которые ссылается этот разбор, пронумерованные в порядке первого упоминания в главах, с изданием, заголовком, датой и адресом.',
  printEdition: 'Версия для печати',
  printDescription:
    'Весь разбор одним документом для печати или сохранения в PDF: все главы по порядку и список источников один раз в конце.',
  printContents: 'Содержание',
  printSourcesNote: 'Числа в скобках в тексте отсылают к этому списку.',
  noAddress: 'Адрес не указан',
  copyMark: 'Копия',
  copyOf: (carries, publisher) => `${carries}; копия: ${publisher}`,
  copiesExplained:
    'Запись с пометкой «Копия» — это текст другого издания, названного первым, перепечатанный или сохранённый сайтом, названным после слова «копия»: такая запись надёжна лишь настолько, насколько надёжен оригинал, а при копировании текст мог измениться.',
  readOnline: 'Онлайн-версия:',
  print: {
    onlineAt: (what, address) => `${what}: в онлайн-версии по адресу ${address}`,
    onlineOnly: (what) => `${what}: в онлайн-версии этой главы`,
    dataFileAt: (address) => `; данные в виде файла: ${address}`,
    dataFileNamed: (name) => `; данные в виде файла ${name}`,
    repeatedFigure: (number, chapter) =>
      `Сравнение данных о жертвах 2021 и 2022 годов напечатано один раз — как рисунок ${number} в главе ${inQuotes(chapter)}.`,
    pageNumber: 'Стр. {page} из {pages}',
    chapterSourcesNote: 'Источники, на которые ссылается эта глава. Числа в скобках в тексте отсылают к этому списку.',
  },
  notFoundTitle: 'Страница не найдена',
  notFoundText: 'По этому адресу страницы нет. Возможно, её перенесли; список глав — ниже.',
  footerFacts: 'У каждого факта и каждой цифры на любой странице есть источник; где источники расходятся, приводится каждая версия.',
  footerPrint: 'Распечатать или сохранить весь разбор',
  footerAbout: 'О проекте',
  dataFiles: {
    title: 'Данные в виде файлов',
    footerLink: 'Файлы данных',
    description:
      'Данные о жертвах, хронология, места на карте и опубликованные длины границы в виде файлов CSV, JSON и GeoJSON; у каждой строки — её источники.',
    intro:
      'Файлы ниже собираются при сборке сайта из тех же данных, что графики, карты и хронология, поэтому числа, даты и источники в них всегда те же, что на страницах. Файлы одни для обеих версий сайта, и их текстовые поля (кто сообщил цифру, примечания, описания событий) написаны по-английски. Каждая строка называет свои источники по id, издателю и адресу; по id источник находится на странице «Источники».',
    sourceColumns:
      'Если у строки несколько источников, они перечислены в одном и том же порядке в столбцах source, source_publisher и source_url через «; »; у источника без веб-адреса его место в source_url остаётся пустым.',
    copyNamed: { lead: 'Копия чужого текста названа так: ', tail: ' (Reuters в копии Devdiscourse).' },
    dates:
      'Даты записаны как ГГГГ-ММ-ДД или как ГГГГ-ММ и ГГГГ, если источники не дают большего. Цифры приведены так, как они опубликованы, без округления.',
    filesLabel: 'Файлы',
    download: (name) => `Скачать файл ${inQuotes(name)}`,
    format: { csv: 'CSV (через запятую, UTF-8)', json: 'JSON', geojson: 'GeoJSON (RFC 7946)' },
    facts: {
      format: 'Формат',
      rows: 'Число строк',
      size: 'Размер',
      builtFrom: 'Собран из',
      licence: 'Лицензия',
    },
    size: (kilobytes) => `${kilobytes} КБ`,
    columnsCaption: (name) => `Что содержит каждый столбец файла ${name}`,
    propertiesCaption: (name) => `Что содержит каждый объект файла ${name}`,
    columnHeading: 'Столбец',
    propertyHeading: 'Свойство',
    meaningHeading: 'Что содержит',
    licence: {
      site: 'Собственные тексты и данные сайта распространяются по лицензии Creative Commons «Атрибуция» 4.0 (CC BY 4.0, https://creativecommons.org/licenses/by/4.0/): используйте их со ссылкой на этот сайт. Цифры, даты и координаты — это факты в том виде, в каком их опубликовали источники, названные в каждой строке: ссылайтесь и на эти источники, с их датами.',
      odbl: 'Страна каждого места определена по границам OpenStreetMap: © участники OpenStreetMap, по лицензии Open Database Licence (ODbL) 1.0, https://opendatacommons.org/licenses/odbl/. Координаты, взятые из справочника GeoNames (geonames-cities1000), распространяются по лицензии CC BY 4.0. Всё остальное — по лицензии CC BY 4.0, как и другие файлы.',
    },
    osmAttribution:
      '© участники OpenStreetMap (ODbL 1.0) — страна каждого места; GeoNames (CC BY 4.0) — координаты с источником geonames-cities1000',
    files: {
      casualties: {
        name: 'Сообщения о жертвах',
        about:
          'Все опубликованные цифры погибших, раненых и перемещённых в столкновениях 2021 и 2022 годов, по строке на каждую цифру в том виде, в каком о ней сообщили, в порядке сообщений. По нему построены график сравнения и графики потерь.',
        rows: {
          one: (count) => `${count} цифра`,
          few: (count) => `${count} цифры`,
          many: (count) => `${count} цифр`,
          other: (count) => `${count} цифры`,
        },
      },
      'chronology-csv': {
        name: 'Хронология (CSV)',
        about:
          'Все события хронологии, начиная с размежевания 1924 года, в порядке дат, каждое со своим предложением и разделом, где о нём рассказано.',
        rows: {
          one: (count) => `${count} событие`,
          few: (count) => `${count} события`,
          many: (count) => `${count} событий`,
          other: (count) => `${count} события`,
        },
      },
      'chronology-json': {
        name: 'Хронология (JSON)',
        about:
          'Те же события, что в CSV, одним объектом JSON: заголовок, лицензия и массив events, где у каждого события источники перечислены как объекты с полями id, publisher и url.',
        rows: {
          one: (count) => `${count} событие`,
          few: (count) => `${count} события`,
          many: (count) => `${count} событий`,
          other: (count) => `${count} события`,
        },
      },
      places: {
        name: 'Места и места столкновений',
        about:
          'Все места на карте границы и все места столкновений в виде GeoJSON FeatureCollection: точка (Point) с координатами [долгота, широта] в десятичных градусах (WGS 84), как они опубликованы, или без геометрии (null) для места столкновений, названного в сообщениях, положение которого не приводит ни один источник. id объекта — id места.',
        rows: {
          one: (count) => `${count} объект`,
          few: (count) => `${count} объекта`,
          many: (count) => `${count} объектов`,
          other: (count) => `${count} объекта`,
        },
      },
      'border-lengths': {
        name: 'Заявленные длины границы',
        about:
          'Все найденные опубликованные значения общей длины кыргызско-таджикской границы, по строке на каждое, с тем, что на тот момент называлось согласованным.',
        rows: {
          one: (count) => `${count} значение`,
          few: (count) => `${count} значения`,
          many: (count) => `${count} значений`,
          other: (count) => `${count} значения`,
        },
      },
    },
    columns: {
      casualties: {
        id: 'Постоянный id цифры.',
        event: 'К каким боям она относится: 2021 (апрель–май) или 2022 (сентябрь).',
        side: 'Чьи люди посчитаны: kyrgyzstan, tajikistan или both — для общего или независимого подсчёта.',
        measure: 'killed (погибшие), wounded (раненые) или displaced (перемещённые).',
        value: 'Число людей, как оно опубликовано.',
        qualifier:
          'Как источник оговорил число: at-least (не менее), more-than (более), about (около), almost (почти), up-to (до) или estimated (ориентировочно); пусто, если оговорки не было.',
        counts: 'all (все) или civilians, если посчитаны только мирные жители.',
        as_of: 'День, когда цифра была названа, с той точностью, какую позволяет источник.',
        time: 'Время суток, если источник его называет (ЧЧ:ММ по часам, которыми пользовался источник, или morning, afternoon, evening, night — утро, день, вечер, ночь).',
        as_of_label: 'Собственные слова источника о дате, где простая дата ввела бы в заблуждение или неизвестна.',
        reported_by: 'Кто назвал цифру и через кого она до нас дошла.',
        official: 'true, если её назвал государственный орган посчитанной стороны.',
        compared_as: 'latest-official — столбец графика сравнения, other-report — точка рядом с ним; пусто, если на нём не показана.',
        source: 'id источников (см. страницу «Источники»).',
        source_publisher: 'Издатель каждого источника.',
        source_url: 'Веб-адрес каждого источника.',
        note: 'Что нужно знать читателю, чтобы правильно понять число.',
      },
      chronology: {
        id: 'Постоянный id события.',
        date: 'Когда оно произошло, с той точностью, какую позволяют источники.',
        reported: 'Когда о нём сообщили, если источники называют только эту дату, а не день события.',
        order: 'Его место среди событий того же дня, начиная с 1; пусто, если событие в этот день одно.',
        kind: 'delimitation, talks, incident, clash, ceasefire, treaty или aftermath (делимитация, переговоры, инцидент, столкновение, прекращение огня, договор, последствия).',
        text: 'Что произошло, одним предложением; если это известно лишь со слов одной стороны, сказано чьих.',
        section: 'Раздел сайта, где об этом рассказано: путь и id заголовка.',
        source: 'id источников (см. страницу «Источники»).',
        source_publisher: 'Издатель каждого источника.',
        source_url: 'Веб-адрес каждого источника.',
        sources: 'Источники, каждый — объект с полями id, publisher и url (url опущен, если адреса нет).',
      },
      places: {
        name: 'Название в написании сайта.',
        kind: 'capital, city, town, village, exclave, reservoir, water-intake или clash-site (столица, город, посёлок, село, эксклав, водохранилище, водораспределительный пункт, место столкновений).',
        country:
          'Страна, в которой место лежит по границам OpenStreetMap на декабрь 2024 года (KG, TJ, UZ), или null, если спорной была сама его принадлежность.',
        disputed: 'true для места, сама принадлежность которого была спорной («Головной»).',
        approximate: 'true, если координаты указывают лишь место поблизости; null для места столкновений без координат.',
        map: 'Какая карта его показывает: region (Баткен – Исфара – Лейлек) или locator (Центральная Азия).',
        year: 'Места столкновений: год боёв.',
        event: 'Места столкновений: что там произошло.',
        note: 'Что читателю следует знать о месте или его координатах.',
        section: 'Раздел сайта о нём: путь и id заголовка.',
        position_sources: 'Источники координат, каждый с полями id, publisher и url.',
        event_sources: 'Места столкновений: источники того, что там произошло, каждый с полями id, publisher и url.',
      },
      'border-lengths': {
        id: 'Постоянный id значения.',
        km: 'Общая длина в километрах, точно как опубликована.',
        approximate: 'true, если источник сказал «около» или «примерно».',
        emphasis: 'common — для привычной цифры до 2025 года, treaty — для цифры, названной при договоре 2025 года; иначе пусто.',
        agreed: 'Что, по словам источника, было на тот момент согласовано, делимитировано или оставалось открытым.',
        said_by: 'Кто назвал цифру и когда.',
        source: 'id источников (см. страницу «Источники»).',
        source_publisher: 'Издатель каждого источника.',
        source_url: 'Веб-адрес каждого источника.',
      },
    },
  },
  changes: {
    title: 'Изменения и исправления',
    description:
      'Все исправления фактов на этом сайте, а также все новые страницы и разделы, начиная с последних: что было на странице, что там теперь, источник и день изменения.',
    intro:
      'Если факт на странице оказывается неверным, мы исправляем его открыто — здесь и в конце главы: что было на странице, что там теперь, на какой источник опирается исправление и в какой день оно появилось на сайте. Опечатки и стилистическая правка здесь не перечисляются. Новые страницы и разделы перечисляются тоже.',
    chapterHeading: 'Исправления',
    chapterIntro: 'Факты, исправленные на этой странице, начиная с последних. Все изменения на сайте перечислены на странице',
    printIntro:
      'Факты, исправленные на каждой странице с момента её первой публикации, по страницам, начиная с последних; в онлайн-списке изменений перечислены также новые разделы и страницы.',
    seeCorrections: (count) => `см. ${count}`,
    corrections: {
      one: (count) => `${count} исправление`,
      few: (count) => `${count} исправления`,
      many: (count) => `${count} исправлений`,
      other: (count) => `${count} исправления`,
    },
    dayHeading: (date) => date,
    kind: { correction: 'Исправление', addition: 'Новый раздел', page: 'Новая страница' },
    said: 'Было',
    says: 'Стало',
    added: 'Добавлено',
    finding: (check, finding) => `Проверка фактов от ${check}, пункт ${finding}`,
    where: (heading, page) => `${heading} (${page})`,
    chronologyRow: (date) => `событие ${date}`,
    pageOpening: 'начало страницы',
    feedLabel: 'Изменения и исправления (лента Atom)',
    feedIntro: 'Следите за изменениями в программе для чтения лент:',
  },
  names: {
    title: 'Имена и названия от А до Я',
    description:
      'Все места, люди, ведомства, соглашения и термины разбора — с написаниями, которые могут встретиться, русскими, кыргызскими и таджикскими формами там, где их приводит источник, и разделами, где о каждом рассказано.',
    intro:
      'Одно и то же имя может пройти в английский в нескольких написаниях и ещё иначе писаться по-русски, по-кыргызски и по-таджикски. Для каждого имени здесь указаны форма, которой пользуется этот сайт, другие написания из источников, что это или кто это, и ссылки на разделы, где об этом рассказано; у места на карте есть ссылка на его точку там.',
    formsNote:
      'Русские формы приведены так, как их пишут СМИ региона, каждая со ссылкой на страницу, где она найдена; пометка «не подтверждено» означает транслитерацию, для которой русскоязычный источник не найден. Кыргызские и таджикские формы приведены, только если их даёт источник.',
    lettersLabel: 'Имена по буквам',
    letterHeading: (letter) => letter,
    alphabet: { letter: /^\p{Script=Cyrillic}$/u, otherLabel: 'A–Z' },
    entryLink: (name) => `Ссылка на ${inQuotes(name)}`,
    kinds: { place: 'Место', person: 'Человек', institution: 'Ведомство', agreement: 'Соглашение', term: 'Термин' },
    countries: { KG: 'Кыргызстан', TJ: 'Таджикистан', UZ: 'Узбекистан' },
    disputed: 'принадлежность спорна',
    spellings: 'Другие написания',
    languages: { ru: 'По-русски', ky: 'По-кыргызски', tg: 'По-таджикски' },
    unverified: 'не подтверждено',
    toldIn: 'Где рассказано',
    onMap: 'Где это на карте',
    sectionLink: (heading, chapter) => `${heading} (${chapter})`,
    footerLink: 'Имена и названия от А до Я',
  },
  shareCardAlt: (title) => `Карточка с заголовком ${inQuotes(title)} из разбора «Кыргызско-таджикский пограничный конфликт»`,
  siteShareCardAlt:
    'Карточка с заголовком «Кыргызско-таджикский пограничный конфликт»: разбор о спорной границе, столкновениях 2021 и 2022 годов и мире, наступившем после них',
  chronology: {
    title: 'Хронология',
    description:
      'Что и когда происходило на кыргызско-таджикской границе — от советского национально-территориального размежевания 1924 года до договора 2025 года и после него: у каждого события есть источник и ссылка на раздел, где о нём рассказано.',
    intro:
      'Каждое событие ниже подробно, с заявлениями каждой из сторон, описано в разделе, куда ведёт его ссылка. Даты указаны настолько точно, насколько позволяют источники: месяц или год, если день неизвестен.',
    periodsLabel: 'Периоды',
    periods: {
      soviet: 'Советские границы',
      independence: 'Два государства и незавершённая граница',
      'clashes-2021': 'Апрельские столкновения',
      'clashes-2022': 'От перестрелок на границе до сентябрьских столкновений и прекращения огня',
      talks: 'Переговоры о линии границы',
      treaty: 'Договор и то, что было после',
    },
    periodHeading: (name, years) => `${name}, ${years}`,
    sectionLink: (heading, chapter) => `${heading} (${chapter})`,
    readMore: 'Читать:',
    reportedOn: 'Сообщение от',
    timelineTitle: 'От встречи в Самарканде в сентябре 2022 года до договора и последовавшего за ним переселения.',
    timelineCaption:
      'Каждая метка — событие, размещённое по дате на линии, идущей сверху вниз; полая метка означает, что известен только месяц. Где события теснятся, подписи раздвинуты и соединены со своими метками линиями. Каждая метка ведёт к разделу, где рассказано о событии. Все события начиная с 1924 года собраны в',
    timelineCaptionPrint:
      'На бумаге шкала напечатана списком тех же событий, у каждого — дата или месяц, если день неизвестен. Все события начиная с 1924 года собраны в',
    timelineSvgTitle: 'Хронология прекращения огня, переговоров и договора: с сентября 2022 по февраль 2026 года',
    timelineSvgDescription: {
      one: (count, from, to) =>
        count === '1'
          ? `${count} событие, ${from}, показанное меткой на вертикальной оси времени; метка — ссылка на раздел текста о нём. Это же событие приведено в таблице ниже.`
          : `${count} событие с ${from} по ${to}, показанные метками на вертикальной оси времени; каждая метка — ссылка на раздел текста о событии. Те же события приведены в таблице ниже.`,
      few: (count, from, to) =>
        `${count} события с ${from} по ${to}, показанные метками на вертикальной оси времени; каждая метка — ссылка на раздел текста о событии. Те же события приведены в таблице ниже.`,
      many: (count, from, to) =>
        `${count} событий с ${from} по ${to}, показанных метками на вертикальной оси времени; каждая метка — ссылка на раздел текста о событии. Те же события приведены в таблице ниже.`,
      other: (count, from, to) =>
        `${count} события с ${from} по ${to}, показанные метками на вертикальной оси времени; каждая метка — ссылка на раздел текста о событии. Те же события приведены в таблице ниже.`,
    },
    markLabel: (date, label, section) => `${date}: ${label}. Читать раздел ${inQuotes(section)}`,
    tableLabel: 'События в виде таблицы, с источниками',
    columns: { date: 'Дата', event: 'Что произошло', sources: 'Источники', section: 'Где рассказано' },
    fullChronology: 'хронологии',
  },
  borderMap: {
    title: 'Спорная кыргызско-таджикская граница в районе Баткена, Исфары и Лейлека: эксклавы и места столкновений 2021 и 2022 годов.',
    titleForYear: (year) =>
      `Где, по сообщениям, шли бои ${FIGHTING_WHEN[year]}: кыргызско-таджикская граница в районе Баткена, Исфары и Лейлека.`,
    svgTitle: (year) =>
      year
        ? `Карта мест столкновений ${year} года на кыргызско-таджикской границе`
        : 'Карта кыргызско-таджикской границы, эксклавов и мест столкновений',
    svgDescription: (places, sites, tableBelow) =>
      `Кыргызстан, Таджикистан и Узбекистан у южного края Ферганской долины. На карте: ${places}. Места столкновений, каждое — ссылка на раздел текста о нём: ${sites}. ${tableBelow ? 'Те же места перечислены в таблице под картой.' : 'Их координаты и источники приведены под полной картой в главе о границе.'}`,
    countries: { KG: 'КЫРГЫЗСТАН', TJ: 'ТАДЖИКИСТАН', UZ: 'УЗБЕКИСТАН' },
    countryNames: { KG: 'Кыргызстан', TJ: 'Таджикистан', UZ: 'Узбекистан' },
    approximateLabel: (name) => `${name} (прибл.)`,
    kilometres: (km) => kilometres(formatNumber(km, FORMAT_LOCALE, 2)),
    fighting: (year) => FIGHTING[year],
    clashSite: (year) => `Место столкновений, ${FIGHTING[year]}`,
    markerName: (name, year, approximate, number) =>
      `${number === undefined ? '' : `${number}. `}${name}: место столкновений, ${FIGHTING[year]}${approximate ? ', приблизительное положение' : ''}`,
    legendLabel: 'Условные обозначения',
    legendKyrgyzTajikBorder: 'Кыргызско-таджикская граница, фактическая (OpenStreetMap, декабрь 2024 года)',
    legendOtherBorder: 'Другая межгосударственная граница',
    legendTown: 'Город или село',
    legendExclavePoint: 'Эксклав, слишком мелкий для этого масштаба',
    legendDisputed: 'Спорный объект, не отнесённый ни к одной стране',
    legendInset: 'Район, показанный на врезке',
    legendApproximate: 'Приблизительное положение',
    legendJoined: 'Место столкновений обоих лет, тесное для двух значков: слева — 2021, справа — 2022 год',
    siteKeyLabel: 'Места столкновений по их номерам на карте',
    locatorLabel: 'Положение карты в Центральной Азии; отмечены Бишкек, Душанбе, Самарканд и Ош',
    credit: 'Границы © участники OpenStreetMap (ODbL): фактические линии на декабрь 2024 года, до договора 2025 года.',
    creditLocator: 'Обзорная карта: Natural Earth.',
    creditDisputed: 'Водораспределительный пункт «Головной», из-за принадлежности которого и шёл спор, не отнесён ни к одной стране.',
    creditLink: 'Что показывают картографические данные',
    westernQalachaNote:
      'Западная Калача перешла к Кыргызстану по урегулированию 2025 года — только по словам Камчыбека Ташиева, тогдашнего главы ГКНБ Кыргызстана; данные о границах старше и показывают её ещё таджикской.',
    insetTitle: 'Врезка: Исфара, Ворух, Кок-Таш и Ак-Сай',
    insetSvgTitle: 'Детальная карта района Воруха, Кок-Таша и Ак-Сая',
    compactTitle:
      'Где шли бои: кыргызско-таджикская граница в районе Баткена и Исфары, её эксклавы и места столкновений 2021 и 2022 годов.',
    fullMapLink: 'Полная карта — с врезкой Воруха и источником положения каждого места',
    placesTableLink: 'Координаты и источник каждого места — в таблице под полной картой',
    unplacedSummary: {
      one: (count) => `Ещё ${count} место, названное в сообщениях, но не показанное на карте`,
      few: (count) => `Ещё ${count} места, названных в сообщениях, но не показанных на карте`,
      many: (count) => `Ещё ${count} мест, названных в сообщениях, но не показанных на карте`,
      other: (count) => `Ещё ${count} места, названных в сообщениях, но не показанных на карте`,
    },
    unplacedNote: 'Также названы в сообщениях, но их положение нигде не опубликовано, поэтому на карте их нет:',
    tableLabel: 'Места на карте, с координатами и источниками',
    tableCaption: 'Места на карте: опубликованное положение и откуда оно взято',
    columnPlace: 'Место',
    columnKind: 'Что это',
    columnPosition: 'Широта, долгота',
    position: (latitude, longitude) => `${latitude}; ${longitude}`,
    columnSource: 'Источник положения',
    columnText: 'В тексте',
    notOnMap: 'нет на карте: положение не опубликовано',
    approximate: 'приблизительно',
    kinds: {
      capital: 'столица',
      city: 'город',
      town: 'город',
      village: 'село',
      exclave: 'эксклав',
      reservoir: 'водохранилище',
      'water-intake': 'водораспределительный пункт',
      'clash-site': 'место столкновений',
    },
    readSection: 'Читать',
    detailsHint: 'Наведите курсор на метку или выберите её клавиатурой, чтобы узнать, что там произошло.',
  },
  borderLengths: {
    title: 'Какова длина границы? Все опубликованные цифры, по точке на каждую.',
    caption:
      'Одинаковые или почти одинаковые значения поставлены друг над другом. Наведите курсор на точку или выберите её клавиатурой, чтобы узнать, кто назвал цифру и что было согласовано на тот момент.',
    captionPrint:
      'Одинаковые или почти одинаковые значения поставлены друг над другом. Кто назвал каждую цифру и что было согласовано на тот момент, указано в таблице онлайн-версии.',
    svgTitle: 'Опубликованные значения длины кыргызско-таджикской границы',
    svgDescription: {
      one: (count) =>
        count === '1'
          ? `Точечная диаграмма: ${count} опубликованное значение на шкале километров примерно от 940 до 1010 км.`
          : `Точечная диаграмма: ${count} опубликованное значение на шкале километров примерно от 940 до 1010 км. Большинство значений — от 970 до 972 км, обычная цифра до 2025 года; на момент договора в марте 2025 года действовала цифра ГКНБ Кыргызстана — 1006,84 км.`,
      few: (count) =>
        `Точечная диаграмма: ${count} опубликованных значения на шкале километров примерно от 940 до 1010 км. Большинство значений — от 970 до 972 км, обычная цифра до 2025 года; на момент договора в марте 2025 года действовала цифра ГКНБ Кыргызстана — 1006,84 км.`,
      many: (count) =>
        `Точечная диаграмма: ${count} опубликованных значений на шкале километров примерно от 940 до 1010 км. Большинство значений — от 970 до 972 км, обычная цифра до 2025 года; на момент договора в марте 2025 года действовала цифра ГКНБ Кыргызстана — 1006,84 км.`,
      other: (count) =>
        `Точечная диаграмма: ${count} опубликованного значения на шкале километров примерно от 940 до 1010 км. Большинство значений — от 970 до 972 км, обычная цифра до 2025 года; на момент договора в марте 2025 года действовала цифра ГКНБ Кыргызстана — 1006,84 км.`,
    },
    length: (km) => kilometres(km),
    about: 'около',
    axisLabel: 'Общая длина, км',
    callout: {
      common: ['Около 970 км:', 'обычно', 'до 2025 года'],
      treaty: ['1006,84 км:', 'ГКНБ, договор 2025 года'],
    },
    legend: { filled: 'Цифра, выделенная выше', hollow: 'Любая другая опубликованная цифра' },
    dotLabel: (length, saidBy, agreed, sources) => `${length}: ${saidBy}. Согласовано на тот момент: ${agreed}. ${sources}`,
    tableLabel: 'Все опубликованные значения длины в виде таблицы, с источниками',
    columns: ['Общая длина', 'Согласованная или делимитированная на тот момент часть', 'Кто назвал цифру и когда', 'Источник'],
  },
  casualties: {
    side: { kyrgyzstan: 'Кыргызстан', tajikistan: 'Таджикистан', both: 'Обе стороны' },
    measure: { killed: 'погибших', wounded: 'раненых', displaced: 'перемещённых' },
    measureHeading: { killed: 'Погибшие', wounded: 'Раненые', displaced: 'Перемещённые' },
    qualifier: QUALIFIER,
    qualifierSign: { 'at-least': '≥', 'more-than': '>', about: '≈', almost: '≈', 'up-to': '≤', estimated: '≈' },
    timeOfDay: { morning: 'утро', afternoon: 'день', evening: 'вечер', night: 'ночь' },
    civilianWords: ['мирный', 'мирного', 'мирных'],
    count: ({ value, measure, qualifier, counts }) =>
      `${hedged(value, qualifier)} ${counted(COUNTED[measure], value, qualifier)}${counts === 'civilians' ? ` ${counted(COUNTED.civilians, value, qualifier)}` : ''}`,
    civilianCount: ({ value, qualifier }) => `${hedged(value, qualifier)} ${counted(COUNTED.civilians, value, qualifier)}`,
    markLabel: (side, event, count, reportedBy, when, official) =>
      `${side}, ${event}: ${count}, ${reportedBy}, ${when}${official ? '' : ' (неофициальные данные)'}`,
    otherReports: 'Другие сообщения',
    laterOrUndated: ['Позже или', 'без даты'],
    comparisonTitle: 'Погибшие и раненые в столкновениях 2021 и 2022 годов: последние официальные данные каждой стороны.',
    comparisonCaption:
      'Где другие сообщения дают иное число, линия показывает разброс, а полая точка — каждое сообщение. Столбцы Таджикистана заштрихованы.',
    comparisonPanel: (measure) => `${measure} в 2021 и 2022 годах, по сторонам`,
    comparisonPanelDescription: (measure) =>
      `Горизонтальные столбцы: последнее официальное число ${measure} в 2021 и в 2022 году, для Кыргызстана и для Таджикистана; другие сообщения о том же показателе — точки на линии рядом со столбцом.`,
    timelineTitle: (event) => `Как сообщалось о жертвах ${event} года: погибшие и раненые по дням сообщений.`,
    timelineCaption:
      'Закрашенные метки — официальные данные, соединённые ступенчатой линией: число оставалось в силе до следующего сообщения. Полые метки — другие сообщения. Кыргызстан: кружки, сплошная линия; Таджикистан: квадраты, пунктирная линия. Сообщения одного дня распределены по нему — по времени суток, где оно известно, иначе по возрастанию. В последнем столбце — сообщения без точной даты или сделанные более чем через 30 дней после первого.',
    howWeCount: 'Как мы считаем',
    countsBelow: 'Все показанные здесь цифры с источниками приведены в таблицах ниже',
    countsOnline: 'Все показанные здесь цифры с источниками приведены в таблицах онлайн-версии.',
    countOf: { kyrgyzstan: 'данные Кыргызстана', tajikistan: 'данные Таджикистана' },
    timelinePanel: (measure, event) => `${measure} в ${event} году по дням сообщений`,
    timelinePanelDescription: (measure, event, from, to) =>
      `Ступенчатая диаграмма числа ${measure} в ${event} году по сообщениям с ${from} по ${to}: по линии на каждую сторону и столбец для более поздних сообщений и сообщений без даты.`,
    tableLabel: 'Цифры в виде таблицы, с источниками',
    columns: {
      side: 'Сторона',
      event: 'Год',
      figure: 'Цифра',
      reportedBy: 'Кто сообщил',
      asOf: 'На дату',
      official: 'Официальные данные',
      role: 'Показано как',
      source: 'Источник',
    },
    yes: 'да',
    no: 'нет',
    roleLatest: 'столбец: последние официальные данные',
    roleOther: 'точка: другое сообщение',
    download: 'Скачать все данные о жертвах (CSV)',
  },
};
