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
  },
} as const;

export type Locale = keyof typeof ui;
export const t = ui.en;
