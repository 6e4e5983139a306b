/**
 * Every fixed word of the interface, so that a second language (Russian is the likely next one)
 * is a new entry here rather than a hunt through components.
 */
export const ui = {
  en: {
    locale: 'en-GB',
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
    sourceLabel: 'Source',
    sourcesTitle: 'Sources',
    sourcesDescription: 'Every source this explainer cites, numbered in the order the chapters first cite them, with publisher, title, date and address.',
    printEdition: 'Print edition',
    printDescription: 'The whole explainer as one document, made for printing or saving as PDF: every chapter in order and the sources once at the end.',
    printContents: 'Contents',
    printSourcesNote: 'Numbers in brackets in the text refer to this list.',
    noAddress: 'No address recorded',
    readOnline: 'Read online at',
    /** Words of the printed page only: what replaces reference tables, and the chapter's sources. */
    print: {
      onlineAt: (what: string, address: string) => `${what}: online at ${address}`,
      onlineOnly: (what: string) => `${what}: in the online edition of this chapter`,
      dataFileAt: (address: string) => `; the data as a file at ${address}`,
      dataFileNamed: (name: string) => `; the data as the file ${name}`,
      repeatedFigure: (number: number, chapter: string) => `The comparison of the 2021 and 2022 casualty figures is printed once, as Figure ${number} in “${chapter}”.`,
      figureReference: /^Figure \d+$/,
      figure: (number: number) => `Figure ${number}`,
      chapterSourcesNote: 'The sources this chapter cites. Numbers in brackets in the text refer to this list.',
    },
    notFoundTitle: 'Page not found',
    notFoundText: 'There is no page at this address. It may have moved; the chapters are listed below.',
    footerFacts: 'Facts and figures are sourced on every page; where sources disagree, each version is given.',
    footerPrint: 'Print or save the whole explainer',
    /** The share card's text alternative (og:image:alt), for a chapter's card and for the site's own. */
    shareCardAlt: (title: string) => `Title card: “${title}”, from the explainer “The Kyrgyz–Tajik border conflict”`,
    siteShareCardAlt: 'Title card: “The Kyrgyz–Tajik border conflict”, an explainer of the contested border, the 2021 and 2022 clashes and the peace that followed',
    borderMap: {
      title: 'The contested Kyrgyz–Tajik border round Batken, Isfara and Leilek, with the exclaves and the clash sites of 2021 and 2022.',
      titleForYear: (year: number) =>
        year === 2021
          ? 'Where the fighting of April 2021 was reported, on the Kyrgyz–Tajik border round Batken, Isfara and Leilek.'
          : `Where the fighting of September ${year} was reported, on the Kyrgyz–Tajik border round Batken, Isfara and Leilek.`,
      svgTitle: (year?: number) => (year ? `Map of the ${year} clash sites on the Kyrgyz–Tajik border` : 'Map of the Kyrgyz–Tajik border, its exclaves and the clash sites'),
      svgDescription: (places: string, sites: string) =>
        `Kyrgyzstan, Tajikistan and Uzbekistan round the Fergana valley's southern edge. Places shown: ${places}. Clash sites, each a link to the section of the text about it: ${sites}. The same places are listed in the table below the map.`,
      countries: { KG: 'KYRGYZSTAN', TJ: 'TAJIKISTAN', UZ: 'UZBEKISTAN' },
      countryNames: { KG: 'Kyrgyzstan', TJ: 'Tajikistan', UZ: 'Uzbekistan' },
      approximateLabel: (name: string) => `${name} (approx.)`,
      movedIn2025: 'to Kyrgyzstan in 2025',
      westernQalachaShort: ['W. Qalacha', '(to Kyrgyzstan', 'in 2025)'],
      kilometres: (km: number) => `${km} km`,
      fighting: (year: number) => (year === 2021 ? 'April 2021' : `September ${year}`),
      clashSite: (year: number) => (year === 2021 ? 'Clash site, April 2021' : `Clash site, September ${year}`),
      markerName: (name: string, year: number, approximate: boolean) =>
        `${name}: ${year === 2021 ? 'clash site, April 2021' : `clash site, September ${year}`}${approximate ? ', approximate position' : ''}`,
      legendLabel: 'Key to the map',
      legendKyrgyzTajikBorder: 'Kyrgyz–Tajik border, as Natural Earth draws it',
      legendOtherBorder: 'Other international border',
      legendTown: 'Town or village',
      legendExclavePoint: 'Exclave too small for the boundary data',
      legendApproximate: 'Approximate position',
      locatorLabel: 'Where the map lies in Central Asia, with Bishkek, Dushanbe, Samarkand and Osh',
      credit: 'Boundaries: Natural Earth (de facto lines), which predate the 2025 treaty; positions marked approximate are approximate.',
      creditLink: 'What the map data shows',
      westernQalachaNote: 'Western Qalacha passed to Kyrgyzstan under the 2025 settlement, according to Kyrgyz security chief Kamchybek Tashiev; the boundary data, older and too coarse for it, has no polygon for it.',
      unplacedNote: 'Also named in the reports, but with no published position, so not on the map:',
      tableLabel: 'The places on the map, with coordinates and sources',
      tableCaption: 'Places on the map: position as published and where it comes from',
      columnPlace: 'Place',
      columnKind: 'What it is',
      columnPosition: 'Latitude, longitude',
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
    casualties: {
      side: { kyrgyzstan: 'Kyrgyzstan', tajikistan: 'Tajikistan', both: 'Both sides' },
      measure: { killed: 'killed', wounded: 'wounded', displaced: 'displaced' },
      measureHeading: { killed: 'Killed', wounded: 'Wounded', displaced: 'Displaced' },
      qualifier: { 'at-least': 'at least', 'more-than': 'more than', about: 'about', almost: 'almost', 'up-to': 'up to', estimated: 'an estimated' },
      /** One-character forms for labels inside a chart, where the words do not fit. */
      qualifierSign: { 'at-least': '≥', 'more-than': '>', about: '≈', almost: '≈', 'up-to': '≤', estimated: '≈' },
      timeOfDay: { morning: 'morning', afternoon: 'afternoon', evening: 'evening', night: 'night' },
      civilians: 'civilians',
      /** "62 killed", "more than 50 civilians killed" (`whom` when only some were counted). */
      count: (value: string, measure: string, whom?: string) => `${value}${whom ? ` ${whom}` : ''} ${measure}`,
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
      timelinePanel: (measure: string, event: number) => `${measure} in ${event}, as reported day by day`,
      timelinePanelDescription: (measure: string, event: number, from: string, to: string) =>
        `Step chart of the number ${measure} in ${event} as reported from ${from} to ${to}, one line per side, with a column for later or undated reports.`,
      tableLabel: 'The figures as a table, with sources',
      columns: { side: 'Side', event: 'Year', figure: 'Figure', reportedBy: 'Reported by', asOf: 'As of', official: 'Official', role: 'Shown as', source: 'Source' },
      yes: 'yes',
      no: 'no',
      roleLatest: 'bar: latest official figure',
      roleOther: 'dot: other report',
      download: 'Download all casualty figures (CSV)',
    },
  },
} as const;

export type Locale = keyof typeof ui;
export const t = ui.en;
