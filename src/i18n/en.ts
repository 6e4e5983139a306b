/**
 * Every fixed word of the interface in English. A second language is a sibling file with the
 * same shape (see ./index.ts), not a hunt through components.
 */
import type { ClashYear } from '../schemas/fields';
import type { Qualifier } from '../schemas/casualties';
import type { CountedFigure } from '../lib/casualties/labels';
import { formatNumber, hedgedNumber } from '../lib/site/format';
import type { PluralForms } from '../lib/site/plural';
import type { Alphabet } from '../lib/names/a-z';

/** The BCP 47 tag Intl formats this language's dates and numbers with. */
const FORMAT_LOCALE = 'en-GB';

/** When each clash year's fighting was, as the text names it. */
const FIGHTING: Record<ClashYear, string> = { 2021: 'April 2021', 2022: 'September 2022' };

/** What a casualty figure counts, and how its source hedged it, as a count writes them. */
const MEASURE = { killed: 'killed', wounded: 'wounded', displaced: 'displaced' } as const;
const QUALIFIER = {
  'at-least': 'at least',
  'more-than': 'more than',
  about: 'about',
  almost: 'almost',
  'up-to': 'up to',
  estimated: 'an estimated',
} as const;

/**
 * A casualty number as its source hedged it: "more than 50", "137,000". The published number is
 * never rounded, so a fraction (none is published) would keep its digits. The hedge keeps to its
 * number as one unbreakable run (hedgedNumber).
 */
const hedged = (value: number, qualifier: Qualifier | undefined) =>
  hedgedNumber(qualifier && QUALIFIER[qualifier], formatNumber(value, FORMAT_LOCALE, 2));

export const en = {
  /** The BCP 47 tag Intl formats this language's dates and numbers with. */
  formatLocale: FORMAT_LOCALE,
  /** The language's own name, as the switch to it is labelled on the other language's pages. */
  languageName: 'English',
  siteName: 'The Kyrgyz–Tajik border conflict',
  siteShortName: 'Kyrgyz–Tajik border',
  siteTagline: 'An explainer of the contested border, the 2021 and 2022 clashes and the peace that followed',
  skipToContent: 'Skip to the text',
  chapters: 'Chapters',
  mainNavigation: 'Chapters of the explainer',
  onThisPage: 'On this page',
  previous: 'Previous',
  next: 'Next',
  chapterNavigation: 'Previous and next chapter',
  lastUpdated: 'Last updated',
  sectionLink: (heading: string) => `Link to the section “${heading}”`,
  copyLink: (heading: string) => `Copy the link to the section “${heading}”`,
  linkCopied: 'Link copied',
  /** The copy button's tooltip. */
  copyLinkHint: 'Copy link',
  /** A figure's name, in its caption and wherever the text or the interface refers to it. */
  figureName: (number: number) => `Figure ${number}`,
  /**
   * A link in a chapter whose whole text names a figure, in any form the language declines the
   * name into; the print edition changes only its digits to the figure's number there.
   */
  figureReference: /^Figure \d+$/,
  figureSourcesLabel: 'Sources:',
  /** The disclosure holding a figure's data, unless the figure names its own. */
  figureDataLabel: 'The figures as a table',
  figureLink: (figure: string) => `Link to ${figure}`,
  copyFigureLink: (figure: string) => `Copy the link to ${figure}`,
  /** A figure's page of its own (/figures/<id>/): its title, description and the line back to where it is placed. */
  figurePage: {
    title: (figure: string, chapter: string) => `${figure} of “${chapter}”`,
    description: (figure: string, chapter: string) =>
      `${figure} of the chapter “${chapter}” on a page of its own, with its caption and its sources.`,
    placedIn: 'Placed in the chapter',
    section: 'section',
  },
  /** A figure shown on another site, in a frame: the code its page offers, and the frame's credit line. */
  embed: {
    link: 'Embed',
    heading: 'Embed this figure on another site',
    intro:
      'Paste this code into a web page to show the figure with its caption, its sources and a link back here. The frame shows the figure as it is here, with any later correction.',
    resize: 'Optional: with these lines on the same page, the frame takes the exact height of the figure, whatever the width of the page.',
    copyFrame: 'Copy the embed code',
    copyResize: 'Copy the resizing script',
    copyHint: 'Copy code',
    copied: 'Code copied',
    frameTitle: (figure: string, site: string) => `${figure}, from “${site}”`,
    credit: (site: string) => `From “${site}”: every source, the data and any correction`,
  },
  /** A figure's files to download, linked from its page, and the words drawn into them. */
  figureDownload: {
    intro: 'Each file has the figure’s title, its sources and a credit drawn in.',
    png: 'Download PNG',
    pngNote: 'twice the size shown, for slides and documents',
    svg: 'Download SVG',
    svgNote: 'to scale and edit',
    /** The sources a caption folds away, in the file's source line. */
    moreSources: (count: number) => `and ${count} more`,
    /** The file's credit: the site's name, and the figure's address once the site's is known. */
    credit: (site: string, address: string | undefined) => (address ? `${site} · ${address}` : site),
  },
  /** On a tapped citation's preview: the link to its entry on the sources page. */
  fullEntry: 'Full entry in Sources',
  /** On /sources/: the places in the chapters that cite an entry. */
  citedIn: 'Cited in',
  citeThisChapter: 'Cite this chapter',
  citeThisChapterIntro: 'To cite this chapter, copy the reference or the BibTeX entry.',
  /** The same box on paper, where nothing can be copied. */
  citeThisChapterIntroPrint: 'To cite this chapter, give the reference or the BibTeX entry.',
  /** Beside "Last updated" at the top of a chapter: a link to "Cite this chapter". */
  cite: 'Cite',
  /** In a reference, after the chapter's address. */
  citationAccessed: (day: string) => `accessed ${day}`,
  citationPlain: 'Reference',
  citationBibtex: 'BibTeX',
  citationBibtexEntry: 'BibTeX entry',
  copyCitation: (kind: string) => `Copy the ${kind}`,
  copy: 'Copy',
  copied: 'Copied',
  /** A wide table's scroll region on a narrow screen. */
  tableRegion: (caption: string) => `${caption} (scrolls sideways)`,
  tableRegionUnnamed: 'Table',
  /** A table without a caption, named by its column headings: "Table: Date, Killed, Source". */
  tableOfColumns: (columns: readonly string[]) => `Table: ${columns.join(', ')}`,
  /** The disclosure holding a figure's sources beyond the first few. */
  allSources: {
    chart: { one: (count) => `The ${count} source for this chart`, other: (count) => `All ${count} sources for this chart` },
    map: { one: (count) => `The ${count} source for this map`, other: (count) => `All ${count} sources for this map` },
  } satisfies Record<string, PluralForms>,
  /** Typographic quotation marks round a title or a heading. */
  quoted: (text: string) => `“${text}”`,
  sourceLabel: 'Source',
  sourcesTitle: 'Sources',
  /** On /sources/, after the description. */
  sourcesInAll: { one: (count) => `${count} source in all.`, other: (count) => `${count} sources in all.` } satisfies PluralForms,
  sourcesArchived: 'Many addresses are archived copies or mirrors of the original outlet, given exactly as they were read.',
  sourcesDescription:
    'Every source this explainer cites, numbered in the order the chapters first cite them, with publisher, title, date and address.',
  printEdition: 'Print edition',
  printDescription:
    'The whole explainer as one document, made for printing or saving as PDF: every chapter in order and the sources once at the end.',
  printContents: 'Contents',
  printSourcesNote: 'Numbers in brackets in the text refer to this list.',
  noAddress: 'No address recorded',
  /** The mark on a source that republishes another publisher's text, and how the entry then reads. */
  copyMark: 'Copy',
  copyOf: (carries: string, publisher: string) => `${carries}, via ${publisher}`,
  copiesExplained:
    'An entry marked “Copy” is another publisher’s text, named first, as republished or mirrored by the site named after “via”: it is only as good as the original, and the copy may have changed it.',
  readOnline: 'Read online at',
  /** Words of the printed page only: what replaces reference tables, and the chapter's sources. */
  print: {
    onlineAt: (what: string, address: string) => `${what}: online at ${address}`,
    onlineOnly: (what: string) => `${what}: in the online edition of this chapter`,
    dataFileAt: (address: string) => `; the data as a file at ${address}`,
    dataFileNamed: (name: string) => `; the data as the file ${name}`,
    repeatedFigure: (number: number, chapter: string) =>
      `The comparison of the 2021 and 2022 casualty figures is printed once, as Figure ${number} in “${chapter}”.`,
    /** The foot of every printed page; `{page}` and `{pages}` stand for the page's number and the document's length. */
    pageNumber: 'page {page} of {pages}',
    chapterSourcesNote: 'The sources this chapter cites. Numbers in brackets in the text refer to this list.',
  },
  notFoundTitle: 'Page not found',
  notFoundText: 'There is no page at this address. It may have moved; the chapters are listed below.',
  footerFacts: 'Facts and figures are sourced on every page; where sources disagree, each version is given.',
  footerPrint: 'Print or save the whole explainer',
  footerAbout: 'About',
  /** /data/: the content files as CSV, JSON and GeoJSON, and the page that lists them. */
  dataFiles: {
    title: 'The data as files',
    footerLink: 'Data files',
    description:
      'The casualty figures, the chronology, the places on the map and the published border lengths as CSV, JSON and GeoJSON files, each row with its sources.',
    intro:
      'The files below are made from the same data as the charts, maps and chronology when the site is built, so they always say what the pages say. Every row names its sources by id, publisher and address; the id leads to the entry on the sources page.',
    sourceColumns:
      'A row with several sources lists them in the same order in source, source_publisher and source_url, separated by “; ”; a source with no web address leaves its place in source_url empty.',
    /** Around the way the files name a copy ("Reuters, via Devdiscourse"), shown as code. */
    copyNamed: { lead: 'A copy of another publisher’s text is named as ', tail: '.' },
    dates: 'Dates are written YYYY-MM-DD, or YYYY-MM or YYYY where the sources give no more. Figures are as published, never rounded.',
    /** The list of files at the top of /data/. */
    filesLabel: 'The files',
    download: (name: string) => `Download ${name}`,
    format: { csv: 'CSV (comma-separated, UTF-8)', json: 'JSON', geojson: 'GeoJSON (RFC 7946)' },
    facts: {
      format: 'Format',
      rows: 'Rows',
      size: 'Size',
      builtFrom: 'Built from',
      licence: 'Licence',
    },
    /** "17 KB": the file's size as built. */
    size: (kilobytes: string) => `${kilobytes} KB`,
    columnsCaption: (name: string) => `What each column of ${name} holds`,
    propertiesCaption: (name: string) => `What each feature of ${name} holds`,
    columnHeading: 'Column',
    propertyHeading: 'Property',
    meaningHeading: 'What it holds',
    licence: {
      site: 'The site’s own text and data are under the Creative Commons Attribution 4.0 licence (CC BY 4.0, https://creativecommons.org/licenses/by/4.0/): reuse them with credit to this site. The figures, dates and positions are facts as the sources named in each row published them: cite those sources, with their dates, as well.',
      odbl: 'The country of each place is read from OpenStreetMap’s boundaries: © OpenStreetMap contributors, available under the Open Database Licence (ODbL) 1.0, https://opendatacommons.org/licenses/odbl/. A position whose source is the GeoNames gazetteer (geonames-cities1000) is under CC BY 4.0. The rest is under CC BY 4.0, as the other files are.',
    },
    /** The GeoJSON file's `attribution` member. */
    osmAttribution:
      '© OpenStreetMap contributors (ODbL 1.0), for each place’s country; GeoNames (CC BY 4.0), for the positions sourced to geonames-cities1000',
    /** Each file's name, what it holds, and its row count as a phrase: "154 figures". */
    files: {
      casualties: {
        name: 'Casualty reports',
        about:
          'Every reported figure of the killed, wounded and displaced in the 2021 and 2022 clashes, one row per figure as it was reported, in the order of the reports. The comparison and toll charts are drawn from it.',
        rows: { one: (count) => `${count} figure`, other: (count) => `${count} figures` } satisfies PluralForms,
      },
      'chronology-csv': {
        name: 'The chronology (CSV)',
        about:
          'Every event of the chronology, from the 1924 delimitation on, in date order, each with its sentence and the section that tells it.',
        rows: { one: (count) => `${count} event`, other: (count) => `${count} events` } satisfies PluralForms,
      },
      'chronology-json': {
        name: 'The chronology (JSON)',
        about:
          'The same events as the CSV, as one JSON object: a title, the licence, and an events array whose every event lists its sources as objects with id, publisher and url.',
        rows: { one: (count) => `${count} event`, other: (count) => `${count} events` } satisfies PluralForms,
      },
      places: {
        name: 'Places and clash sites',
        about:
          'Every place on the border map and every clash site, as a GeoJSON FeatureCollection: a Point at [longitude, latitude] in decimal degrees (WGS 84), as published, or no geometry (null) for a clash site named in the reports whose position no source gives. The feature’s id is the place’s id.',
        rows: { one: (count) => `${count} feature`, other: (count) => `${count} features` } satisfies PluralForms,
      },
      'border-lengths': {
        name: 'Border-length claims',
        about:
          'Every published total length of the Kyrgyz–Tajik border found, one row per claim, with what was said to be agreed at the time.',
        rows: { one: (count) => `${count} claim`, other: (count) => `${count} claims` } satisfies PluralForms,
      },
    },
    /** What each column or property holds, with its unit. */
    columns: {
      casualties: {
        id: 'Stable id of the figure.',
        event: 'The fighting it is about: 2021 (April–May) or 2022 (September).',
        side: 'Whose people are counted: kyrgyzstan, tajikistan, or both for a combined or independent count.',
        measure: 'killed, wounded or displaced.',
        value: 'The number of people, as published.',
        qualifier: 'How the source hedged the number: at-least, more-than, about, almost, up-to or estimated; empty if it did not.',
        counts: 'all, or civilians when only civilians were counted.',
        as_of: 'The day the figure was given, as precisely as the source allows.',
        time: 'Time of day where the source gives one (HH:MM on the clock the source used, or morning, afternoon, evening, night).',
        as_of_label: 'The source’s own words for the date, where a plain date would mislead or none is known.',
        reported_by: 'Who gave the figure, and through whom it reached us.',
        official: 'true when a government body of the side counted gave it.',
        compared_as: 'latest-official for the bar of the comparison chart, other-report for a dot beside it; empty if not drawn there.',
        source: 'Source ids (see the sources page).',
        source_publisher: 'Each source’s publisher.',
        source_url: 'Each source’s web address.',
        note: 'What a reader needs to read the number right.',
      },
      chronology: {
        id: 'Stable id of the event.',
        date: 'When it happened, as precisely as the sources allow.',
        reported: 'When a report of it was published, where the sources give only that and not the day it happened.',
        order: 'Its place among the events of the same day, 1 first; empty where the day has one event.',
        kind: 'delimitation, talks, incident, clash, ceasefire, treaty or aftermath.',
        text: 'What happened, in one sentence, attributed where it rests on one side’s word.',
        section: 'The section of the site that tells it, as a path and heading id.',
        source: 'Source ids (see the sources page).',
        source_publisher: 'Each source’s publisher.',
        source_url: 'Each source’s web address.',
        sources: 'The sources, each an object with id, publisher and url (url left out where there is none).',
      },
      places: {
        name: 'The name as the site spells it.',
        kind: 'capital, city, town, village, exclave, reservoir, water-intake or clash-site.',
        country:
          'The country it lies in on OpenStreetMap’s boundaries of December 2024 (KG, TJ, UZ), or null where its ownership was the dispute itself.',
        disputed: 'true for a place whose ownership was the dispute itself (Golovnoi).',
        approximate: 'true when the position is only near the place; null for a clash site with no position.',
        map: 'Which map draws it: region (Batken–Isfara–Leilek) or locator (Central Asia).',
        year: 'Clash sites: the year of the fighting.',
        event: 'Clash sites: what happened there.',
        note: 'What a reader should know about the place or its position.',
        section: 'The section of the site about it, as a path and heading id.',
        position_sources: 'The sources of the position, each with id, publisher and url.',
        event_sources: 'Clash sites: the sources of what happened there, each with id, publisher and url.',
      },
      'border-lengths': {
        id: 'Stable id of the claim.',
        km: 'The total length in kilometres, exactly as published.',
        approximate: 'true where the source said “about” or “around”.',
        emphasis: 'common for the usual figure before 2025, treaty for the one given at the 2025 treaty; empty otherwise.',
        agreed: 'What the source said was agreed, delimited or still open at the time.',
        said_by: 'Who gave the figure, and when.',
        source: 'Source ids (see the sources page).',
        source_publisher: 'Each source’s publisher.',
        source_url: 'Each source’s web address.',
      },
    },
  },
  /** The corrections log: each chapter's list, /changes/ and its Atom feed. */
  changes: {
    title: 'Changes and corrections',
    description:
      'Every correction of a fact on this site, and every new page or section, newest first: what the page said, what it says now, the source, and the day it changed.',
    intro:
      'When a fact on a page proves wrong we correct it in the open, here and at the end of the chapter: what the page said, what it says now, the source it rests on, and the day the correction reached the site. Typos and rewording are not listed. New pages and sections are listed too.',
    /** The heading of a chapter's own list, and of each day on /changes/. */
    chapterHeading: 'Corrections',
    chapterIntro: 'Facts corrected on this page, newest first. Every change to the site is listed in',
    /** The print edition's corrections, after its sources. */
    printIntro:
      'Facts corrected on each page since it was first published, page by page, newest first; the online list of changes also gives new sections and pages.',
    /** The link from "Last updated" to the chapter's corrections. */
    seeCorrections: (count: string) => `see ${count}`,
    corrections: { one: (count) => `${count} correction`, other: (count) => `${count} corrections` } satisfies PluralForms,
    /** A day's heading on /changes/: "6 December 2026". */
    dayHeading: (date: string) => date,
    kind: { correction: 'Correction', addition: 'New section', page: 'New page' },
    said: 'It said',
    says: 'It now says',
    added: 'Added',
    /** Which fact-check found it: "Fact-check of 5 December 2026, finding M2". */
    finding: (check: string, finding: string) => `Fact-check of ${check}, finding ${finding}`,
    /** Where a change is: "Casualties, as reported over time (2022 clashes)". */
    where: (heading: string, page: string) => `${heading} (${page})`,
    /** A chronology row as a place: "the event of 16 September 2022". */
    chronologyRow: (date: string) => `the event of ${date}`,
    /** The opening of a page, before its first heading. */
    pageOpening: 'the opening',
    feedLabel: 'Changes and corrections (Atom feed)',
    feedIntro: 'Follow the changes with a feed reader:',
  },
  /** /names/: every name the explainer uses, A–Z. */
  names: {
    title: 'Names and places, A–Z',
    description:
      'Every place, person, institution, agreement and term in the explainer, with the spellings you may meet, the Russian, Kyrgyz and Tajik forms where a source gives them, and the sections that tell each.',
    intro:
      'One name can reach English in several spellings and be written differently again in Russian, Kyrgyz and Tajik. Each entry gives the form this site uses, other spellings found in the sources, what or who it is, and links to the sections that tell it; a place on the map links to its spot there.',
    formsNote:
      'Russian forms are as the region’s media write them, each linked to the page it was found on; “unverified” marks a transliteration for which no Russian source was found. Kyrgyz and Tajik forms are given only where a source gives them.',
    lettersLabel: 'Names by letter',
    /** The heading of a letter's group. */
    letterHeading: (letter: string) => letter,
    /** The page's alphabet; a name in the other edition's alphabet is filed after the page's
        letters, under `otherLabel`, which names that alphabet. */
    alphabet: { letter: /^\p{Script=Latin}$/u, otherLabel: 'А–Я' } satisfies Alphabet,
    entryLink: (name: string) => `Link to “${name}”`,
    kinds: { place: 'Place', person: 'Person', institution: 'Institution', agreement: 'Agreement', term: 'Term' },
    /** Where a place lies on the map's boundaries. */
    countries: { KG: 'Kyrgyzstan', TJ: 'Tajikistan', UZ: 'Uzbekistan' },
    disputed: 'ownership disputed',
    spellings: 'Also written',
    languages: { ru: 'Russian', ky: 'Kyrgyz', tg: 'Tajik' },
    unverified: 'unverified',
    /** Before the links to the sections that tell it. */
    toldIn: 'Told in',
    /** The link from a place to its spot on the full map. */
    onMap: 'Where it is on the map',
    /** A section as a link: "Vorukh (The border)". */
    sectionLink: (heading: string, chapter: string) => `${heading} (${chapter})`,
    /** Beside the footer's other links. */
    footerLink: 'Names and places, A–Z',
  },
  /** The share card's text alternative (og:image:alt), for a chapter's card and for the site's own. */
  shareCardAlt: (title: string) => `Title card: “${title}”, from the explainer “The Kyrgyz–Tajik border conflict”`,
  siteShareCardAlt:
    'Title card: “The Kyrgyz–Tajik border conflict”, an explainer of the contested border, the 2021 and 2022 clashes and the peace that followed',
  chronology: {
    title: 'Chronology',
    description:
      'What happened when on the Kyrgyz–Tajik border, from the Soviet delimitation of 1924 to the treaty of 2025 and after: every event sourced and linked to the section that tells it.',
    intro:
      'Every event below is told in full, with what each side said, in the section its link leads to. Dates are as precise as the sources allow: a month or a year where no day is known.',
    periodsLabel: 'Periods',
    periods: {
      soviet: 'Soviet lines',
      independence: 'Two states, an unfinished border',
      'clashes-2021': 'The April clashes',
      'clashes-2022': 'From border shootings to the September clashes and the ceasefire',
      talks: 'Talks on the line',
      treaty: 'The treaty and after',
    },
    /** The heading of a period: "Soviet lines, 1924–1989". */
    periodHeading: (name: string, years: string) => `${name}, ${years}`,
    /** The link from an event to the section that tells it: "The build-up in 2022 (2022 clashes)". */
    sectionLink: (heading: string, chapter: string) => `${heading} (${chapter})`,
    readMore: 'Read:',
    /** Before the date of the report, for an event whose own day the sources do not give: "Reported on 14 November 2022." */
    reportedOn: 'Reported on',
    timelineTitle: 'From the Samarkand meeting of September 2022 to the treaty and the resettlement that followed it.',
    timelineCaption:
      'Each mark is an event, placed by date on a line that runs downwards; a hollow mark is known only to the month. Labels are pushed apart where events crowd together and joined to their marks. Each mark leads to the section that tells it. Every event since 1924 is in',
    /** The caption on paper, where the timeline prints as a dated list of the same events. */
    timelineCaptionPrint:
      'On paper the timeline is this list of its events, each with its date, or its month where no day is known. Every event since 1924 is in',
    timelineSvgTitle: 'Timeline of the ceasefire, the talks and the treaty, September 2022 to February 2026',
    timelineSvgDescription: {
      one: (count, from) =>
        `${count} event on ${from}, drawn as a mark on a vertical time line, a link to the section of the text about it. The same event is listed in the table below.`,
      other: (count, from, to) =>
        `${count} events from ${from} to ${to}, drawn as marks on a vertical time line, each a link to the section of the text about it. The same events are listed in the table below.`,
    } satisfies PluralForms<[from: string, to: string]>,
    markLabel: (date: string, label: string, section: string) => `${date} ${label}. Read “${section}”`,
    tableLabel: 'The events as a table, with sources',
    columns: { date: 'Date', event: 'What happened', sources: 'Sources', section: 'Told in' },
    fullChronology: 'the chronology',
  },
  borderMap: {
    title: 'The contested Kyrgyz–Tajik border round Batken, Isfara and Leilek, with the exclaves and the clash sites of 2021 and 2022.',
    titleForYear: (year: ClashYear) =>
      `Where the fighting of ${FIGHTING[year]} was reported, on the Kyrgyz–Tajik border round Batken, Isfara and Leilek.`,
    svgTitle: (year?: ClashYear) =>
      year
        ? `Map of the ${year} clash sites on the Kyrgyz–Tajik border`
        : 'Map of the Kyrgyz–Tajik border, its exclaves and the clash sites',
    svgDescription: (places: string, sites: string, tableBelow: boolean) =>
      `Kyrgyzstan, Tajikistan and Uzbekistan round the Fergana valley's southern edge. Places shown: ${places}. Clash sites, each a link to the section of the text about it: ${sites}. ${tableBelow ? 'The same places are listed in the table below the map.' : 'Their coordinates and sources are listed under the full map, in the chapter The border.'}`,
    countries: { KG: 'KYRGYZSTAN', TJ: 'TAJIKISTAN', UZ: 'UZBEKISTAN' },
    countryNames: { KG: 'Kyrgyzstan', TJ: 'Tajikistan', UZ: 'Uzbekistan' },
    approximateLabel: (name: string) => `${name} (approx.)`,
    /** The scale bar's length: "10 km". */
    kilometres: (km: number) => `${formatNumber(km, FORMAT_LOCALE, 2)} km`,
    /** When a year's fighting was, as running text writes it (a list of clash sites starts it with a capital). */
    fighting: (year: ClashYear) => FIGHTING[year],
    clashSite: (year: ClashYear) => `Clash site, ${FIGHTING[year]}`,
    markerName: (name: string, year: ClashYear, approximate: boolean, number?: number) =>
      `${number === undefined ? '' : `${number}. `}${name}: clash site, ${FIGHTING[year]}${approximate ? ', approximate position' : ''}`,
    legendLabel: 'Key to the map',
    legendKyrgyzTajikBorder: 'Kyrgyz–Tajik border, de facto (OpenStreetMap, December 2024)',
    legendOtherBorder: 'Other international border',
    legendTown: 'Town or village',
    legendExclavePoint: 'Exclave too small to see at this scale',
    legendDisputed: 'Disputed site, shown in neither country',
    legendInset: 'Area of the detail map',
    legendApproximate: 'Approximate position',
    legendJoined: 'Clash site of both years, where the place is too small for two symbols: April 2021 left, September 2022 right',
    siteKeyLabel: 'The clash sites by their numbers on the map',
    locatorLabel: 'Where the map lies in Central Asia, with Bishkek, Dushanbe, Samarkand and Osh',
    credit: 'Boundaries © OpenStreetMap contributors (ODbL): de facto lines as mapped in December 2024, before the 2025 treaty.',
    creditLocator: 'Locator: Natural Earth.',
    creditDisputed: 'Golovnoi, whose ownership was the dispute, is drawn in neither country.',
    creditLink: 'What the map data shows',
    westernQalachaNote:
      'Western Qalacha passed to Kyrgyzstan under the 2025 settlement, according only to Kamchybek Tashiev, then Kyrgyzstan’s security chief; the boundary data is older and still shows it as Tajik.',
    insetTitle: 'Detail: Isfara, Vorukh, Kok-Tash and Ak-Sai',
    insetSvgTitle: 'Detail map of the area round Vorukh, Kok-Tash and Ak-Sai',
    compactTitle:
      'Where the fighting was: the Kyrgyz–Tajik border round Batken and Isfara, its exclaves and the clash sites of 2021 and 2022.',
    fullMapLink: 'The full map, with a detail of Vorukh and every place’s source',
    placesTableLink: 'Every place’s coordinates and source are in the table under the full map',
    unplacedSummary: {
      one: (count) => `${count} more place named in the reports, not on the map`,
      other: (count) => `${count} more places named in the reports, not on the map`,
    } satisfies PluralForms,
    unplacedNote: 'Also named in the reports, but with no published position, so not on the map:',
    tableLabel: 'The places on the map, with coordinates and sources',
    tableCaption: 'Places on the map: position as published and where it comes from',
    columnPlace: 'Place',
    columnKind: 'What it is',
    columnPosition: 'Latitude, longitude',
    /** A place's position in the table, its numbers already written as the language writes them. */
    position: (latitude: string, longitude: string) => `${latitude}, ${longitude}`,
    columnSource: 'Position from',
    columnText: 'In the text',
    notOnMap: 'not on the map: no published position',
    approximate: 'approximate',
    kinds: {
      capital: 'capital',
      city: 'city',
      town: 'town',
      village: 'village',
      exclave: 'exclave',
      reservoir: 'reservoir',
      'water-intake': 'water intake',
      'clash-site': 'clash site',
    },
    readSection: 'Read',
    detailsHint: 'Hover over or focus a marker for what happened there.',
  },
  borderLengths: {
    title: 'How long is the border? Every published total, one dot per claim.',
    caption:
      'Claims of the same or nearly the same length are stacked. Hover over or focus a dot for who gave it and what was agreed at the time.',
    /** The caption on paper, where nothing can be hovered: the table it points to stays online. */
    captionPrint:
      'Claims of the same or nearly the same length are stacked. Who gave each, and what was agreed at the time, is in the table of the online edition.',
    svgTitle: 'Published lengths of the Kyrgyz–Tajik border',
    svgDescription: {
      one: (count) => `Dot plot of ${count} published total on a kilometre axis from about 940 to 1,010 km.`,
      other: (count) =>
        `Dot plot of ${count} published totals on a kilometre axis from about 940 to 1,010 km. Most cluster at 970 to 972 km, the usual figure before 2025; the Kyrgyz GKNB's 1,006.84 km was in force at the March 2025 treaty.`,
    } satisfies PluralForms,
    /** A length on the chart: "970 km", "about 970 km". */
    length: (km: string) => `${km} km`,
    about: 'about',
    axisLabel: 'Total length, km',
    /** Each call-out's lines, as many as the language needs: the layout fails the build when the usual figure's are too wide for the room left of its dots. */
    callout: {
      common: ['About 970 km:', 'usual before 2025'] as readonly string[],
      treaty: ['1,006.84 km:', 'GKNB, 2025 treaty'] as readonly string[],
    },
    /** The key under the axis: what a filled and a hollow dot are. */
    legend: { filled: 'A figure called out above', hollow: 'Any other published total' },
    dotLabel: (length: string, saidBy: string, agreed: string, sources: string) =>
      `${length}: ${saidBy}. Agreed at the time: ${agreed}. ${sources}`,
    tableLabel: 'Every published length as a table, with sources',
    columns: ['Total length', 'Part agreed or delimited at the time', 'Who said it, and when', 'Source'],
  },
  casualties: {
    side: { kyrgyzstan: 'Kyrgyzstan', tajikistan: 'Tajikistan', both: 'Both sides' },
    measure: MEASURE,
    measureHeading: { killed: 'Killed', wounded: 'Wounded', displaced: 'Displaced' },
    qualifier: QUALIFIER,
    /** One-character forms for labels inside a chart, where the words do not fit. */
    qualifierSign: { 'at-least': '≥', 'more-than': '>', about: '≈', almost: '≈', 'up-to': '≤', estimated: '≈' },
    timeOfDay: { morning: 'morning', afternoon: 'afternoon', evening: 'evening', night: 'night' },
    /**
     * Every form the chapters' count tables write "civilians" in, after a number ("1 civilian", "49 civilians"):
     * as many as the language has (Russian three), so not a fixed-length list.
     */
    civilianWords: ['civilian', 'civilians'] as readonly string[],
    /** A figure as a count: "62 killed", "more than 50 civilians killed"; the phrase writes the number itself. */
    count: ({ value, measure, qualifier, counts }: CountedFigure) =>
      `${hedged(value, qualifier)}${counts === 'civilians' ? ' civilians' : ''} ${MEASURE[measure]}`,
    /** A count of civilians beside a bar that says what is counted: "more than 50 civilians". */
    civilianCount: ({ value, qualifier }: Pick<CountedFigure, 'value' | 'qualifier'>) => `${hedged(value, qualifier)} civilians`,
    /** What a screen reader reads for one mark: "Kyrgyzstan, 2022: 62 killed, Kyrgyz Health Ministry, via Sputnik, 24 September 2022". */
    markLabel: (side: string, event: number, count: string, reportedBy: string, when: string, official: boolean) =>
      `${side}, ${event}: ${count}, ${reportedBy}, ${when}${official ? '' : ' (not an official count)'}`,
    otherReports: 'Other reports',
    laterOrUndated: ['Later or', 'undated'],
    comparisonTitle: 'Killed and wounded in the 2021 and 2022 clashes: the latest official figure of each side.',
    comparisonCaption:
      'Where other reports give a different number, a line marks the spread and a hollow dot each report. Tajikistan’s bars are hatched.',
    comparisonPanel: (measure: string) => `${measure} in 2021 and 2022, by side`,
    comparisonPanelDescription: (measure: string) =>
      `Horizontal bars of the latest official number ${measure} in 2021 and in 2022, for Kyrgyzstan and for Tajikistan; other reports of the same count are dots on a line beside the bar.`,
    timelineTitle: (event: number) => `How the ${event} toll was reported: killed and wounded by day of report.`,
    timelineCaption:
      'Filled marks are official counts, joined by a step line: the count stood until the next report. Hollow marks are other reports. Kyrgyzstan: circles, solid line; Tajikistan: squares, dashed line. Reports of the same day are spread across it, by time of day where known, otherwise in rising order. The last column holds reports without an exact date or made more than 30 days after the first.',
    /** The caption's link to /about/#how-we-count, which says why each bar is the latest official count. */
    howWeCount: 'How we count',
    countsBelow: 'Every count drawn here is in the tables that follow, with its source',
    /** On paper, where the tables are left online. */
    countsOnline: 'Every count drawn here is in the tables of the online edition, with its source.',
    countOf: { kyrgyzstan: 'Kyrgyzstan’s count', tajikistan: 'Tajikistan’s count' },
    timelinePanel: (measure: string, event: number) => `${measure} in ${event}, as reported day by day`,
    timelinePanelDescription: (measure: string, event: number, from: string, to: string) =>
      `Step chart of the number ${measure} in ${event} as reported from ${from} to ${to}, one line per side, with a column for later or undated reports.`,
    tableLabel: 'The figures as a table, with sources',
    columns: {
      side: 'Side',
      event: 'Year',
      figure: 'Figure',
      reportedBy: 'Reported by',
      asOf: 'As of',
      official: 'Official',
      role: 'Shown as',
      source: 'Source',
    },
    yes: 'yes',
    no: 'no',
    roleLatest: 'bar: latest official figure',
    roleOther: 'dot: other report',
    download: 'Download all casualty figures (CSV)',
  },
} as const;
