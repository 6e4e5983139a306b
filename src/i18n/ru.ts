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
import type { Words } from './index';

/** The month of each clash year's fighting, as a label writes it (nominative). */
const FIGHTING: Record<ClashYear, string> = { 2021: 'апрель 2021 года', 2022: 'сентябрь 2022 года' };
/** The same month as the time something happened: «в апреле 2021 года». */
const FIGHTING_WHEN: Record<ClashYear, string> = { 2021: 'в апреле 2021 года', 2022: 'в сентябре 2022 года' };

/** "Civilians" after a number, in the genitive plural that most numbers take: «13 мирных жителей». */
const CIVILIANS = 'мирных жителей';

/**
 * The forms a counted word takes besides the genitive plural the dictionary gives: after a number
 * ending in 1 (but not 11) the nominative singular («21 погибший»), after a hedge that governs the
 * genitive the genitive singular («более 21 погибшего»), after 2–4 the form «2 мирных жителя».
 */
const COUNTED_FORMS: Readonly<Record<string, { one: string; oneGenitive: string; few: string }>> = {
  погибших: { one: 'погибший', oneGenitive: 'погибшего', few: 'погибших' },
  раненых: { one: 'раненый', oneGenitive: 'раненого', few: 'раненых' },
  перемещённых: { one: 'перемещённый', oneGenitive: 'перемещённого', few: 'перемещённых' },
  [CIVILIANS]: { one: 'мирный житель', oneGenitive: 'мирного жителя', few: 'мирных жителя' },
};

/** The hedges after which a number and its noun stand in the genitive: «более», «не менее», «около», «до». */
const GENITIVE_HEDGES = ['не менее', 'более', 'около', 'до'];

/** A counted word in the form the number at the end of `value` asks for. */
function counted(word: string, value: string): string {
  const forms = COUNTED_FORMS[word];
  const digits = /(\d[\d\u00A0\u202F ]*)$/.exec(value)?.[1];
  if (!forms || digits === undefined) return word;
  const category = new Intl.PluralRules('ru').select(Number(digits.replace(/\D/g, '')));
  const genitive = GENITIVE_HEDGES.some((hedge) => value.startsWith(`${hedge} `));
  if (category === 'one') return genitive ? forms.oneGenitive : forms.one;
  if (category === 'few' && !genitive) return forms.few;
  return word;
}

/** «Рисунок 2» as the middle of a sentence writes it: «ссылка на рисунок 2». */
function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/** The kinds of citation a copy button copies, in the accusative the verb «скопировать» takes. */
const ACCUSATIVE: Readonly<Record<string, string>> = { 'библиографическая ссылка': 'библиографическую ссылку' };

/** A number followed by a unit, kept on one line: «970 км». */
const kilometres = (km: string | number) => `${km}\u00A0км`;

export const ru: Words = {
  formatLocale: 'ru-RU',
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
  sectionLink: (heading) => `Ссылка на раздел «${heading}»`,
  copyLink: (heading) => `Скопировать ссылку на раздел «${heading}»`,
  linkCopied: 'Ссылка скопирована',
  copyLinkHint: 'Скопировать ссылку',
  figureName: (number) => `Рисунок ${number}`,
  figureReference: /^Рисунок \d+$/,
  figureSourcesLabel: 'Источники:',
  figureDataLabel: 'Цифры в виде таблицы',
  figureLink: (figure) => `Ссылка на ${lowerFirst(figure)}`,
  copyFigureLink: (figure) => `Скопировать ссылку на ${lowerFirst(figure)}`,
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
  quoted: (text) => `«${text}»`,
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
      `Сравнение данных о жертвах 2021 и 2022 годов напечатано один раз — как рисунок ${number} в главе «${chapter}».`,
    pageNumber: 'Стр. {page} из {pages}',
    chapterSourcesNote: 'Источники, на которые ссылается эта глава. Числа в скобках в тексте отсылают к этому списку.',
  },
  notFoundTitle: 'Страница не найдена',
  notFoundText: 'По этому адресу страницы нет. Возможно, её перенесли; список глав — ниже.',
  footerFacts: 'У каждого факта и каждой цифры на любой странице есть источник; где источники расходятся, приводится каждая версия.',
  footerPrint: 'Распечатать или сохранить весь разбор',
  footerAbout: 'О проекте',
  changes: {
    title: 'Изменения и исправления',
    description:
      'Все исправления фактов на этом сайте, а также все новые страницы и разделы, начиная с последних: что было на странице, что там теперь, источник и день изменения.',
    intro:
      'Если факт на странице оказывается неверным, мы исправляем его открыто — здесь и в конце главы: что было на странице, что там теперь, на какой источник опирается исправление и в какой день оно появилось на сайте. Опечатки и стилистическая правка здесь не перечисляются. Новые страницы и разделы перечисляются тоже.',
    chapterHeading: 'Исправления',
    chapterIntro: 'Факты, исправленные на этой странице, начиная с последних. Все изменения на сайте перечислены на странице',
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
  shareCardAlt: (title) => `Карточка с заголовком «${title}» из разбора «Кыргызско-таджикский пограничный конфликт»`,
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
      'clashes-2021': 'Столкновения в апреле 2021 года',
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
      'Каждая метка — событие, размещённое по дате на линии, идущей сверху вниз; полая метка означает, что известен только месяц. Где события теснятся, подписи раздвинуты и соединены со своими метками линиями. Все события начиная с 1924 года собраны в',
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
    markLabel: (date, label, section) => `${date}: ${label}. Читать раздел «${section}»`,
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
    kilometres: (km) => kilometres(km),
    fighting: (year) => FIGHTING[year].charAt(0).toUpperCase() + FIGHTING[year].slice(1),
    clashSite: (year) => `Место столкновений, ${FIGHTING[year]}`,
    markerName: (name, year, approximate) =>
      `${name}: место столкновений, ${FIGHTING[year]}${approximate ? ', приблизительное положение' : ''}`,
    legendLabel: 'Условные обозначения',
    legendKyrgyzTajikBorder: 'Кыргызско-таджикская граница, фактическая (OpenStreetMap, декабрь 2024 года)',
    legendOtherBorder: 'Другая межгосударственная граница',
    legendTown: 'Город или село',
    legendExclavePoint: 'Эксклав, слишком мелкий для этого масштаба',
    legendDisputed: 'Спорный объект, не отнесённый ни к одной из стран',
    legendInset: 'Район, показанный на врезке',
    legendApproximate: 'Приблизительное положение',
    locatorLabel: 'Положение карты в Центральной Азии; отмечены Бишкек, Душанбе, Самарканд и Ош',
    credit: 'Границы © участники OpenStreetMap (ODbL): фактические линии по состоянию на декабрь 2024 года, до договора 2025 года.',
    creditLocator: 'Обзорная карта: Natural Earth.',
    creditDisputed:
      'Водораспределительный пункт «Головной», принадлежность которого и была предметом спора, не отнесён ни к одной из стран.',
    creditLink: 'Что показывают картографические данные',
    westernQalachaNote:
      'Западная Калача перешла к Кыргызстану по урегулированию 2025 года — по словам только Камчыбека Ташиева, тогдашнего главы ГКНБ Кыргызстана; данные о границах старше и всё ещё показывают её в составе Таджикистана.',
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
      common: ['Около 970 км:', 'обычно до 2025 года'],
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
    qualifier: {
      'at-least': 'не менее',
      'more-than': 'более',
      about: 'около',
      almost: 'почти',
      'up-to': 'до',
      estimated: 'ориентировочно',
    },
    qualifierSign: { 'at-least': '≥', 'more-than': '>', about: '≈', almost: '≈', 'up-to': '≤', estimated: '≈' },
    timeOfDay: { morning: 'утро', afternoon: 'день', evening: 'вечер', night: 'ночь' },
    civilians: CIVILIANS,
    civilianWords: ['мирный', 'мирного', 'мирных'],
    count: (value, measure, whom) => `${value} ${counted(measure, value)}${whom ? ` ${counted(whom, value)}` : ''}`,
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
