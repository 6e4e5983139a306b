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
  },
} as const;

export type Locale = keyof typeof ui;
export const t = ui.en;
