import { describe, expect, it } from 'vitest';
import {
  absoluteUrl,
  chapterPath,
  isExternal,
  localeOfPath,
  localizedPath,
  pathInLocale,
  unlocalizedPath,
  PLACEHOLDER_SITE,
  printHref,
  publishedSite,
  publishedUrl,
  shareImagePath,
  sourceHref,
  withBase,
  figureDownloadPath,
  figureOembedPath,
} from './routes';

const chapters = ['overview', 'border', 'clashes-2022', 'about'];

describe('chapterPath', () => {
  it('puts the overview at the root and every other chapter under its own name', () => {
    expect(chapterPath('overview')).toBe('/');
    expect(chapterPath('clashes-2022')).toBe('/clashes-2022/');
  });
});

describe('sourceHref', () => {
  it('links a source to its entry on /sources/, under the base', () => {
    expect(sourceHref('hrw-2023-05-02', '/')).toBe('/sources/#source-hrw-2023-05-02');
    expect(sourceHref('hrw-2023-05-02', '/sub/')).toBe('/sub/sources/#source-hrw-2023-05-02');
  });
  it("links inside the print edition, which ends with the sources, by the source's number", () => {
    expect(sourceHref('hrw-2023-05-02', '/sub/', 142)).toBe('#s142');
  });
});

describe('withBase', () => {
  it('leaves paths alone when the site is served from the root', () => {
    expect(withBase('/border/', '/')).toBe('/border/');
  });
  it('prefixes root-relative paths with a sub-path, with or without its trailing slash', () => {
    expect(withBase('/border/#vorukh', '/batken-explainer/')).toBe('/batken-explainer/border/#vorukh');
    expect(withBase('/', '/batken-explainer')).toBe('/batken-explainer/');
  });
  it('does not touch fragments or external addresses', () => {
    expect(withBase('#vorukh', '/sub/')).toBe('#vorukh');
    expect(withBase('https://hrw.org/', '/sub/')).toBe('https://hrw.org/');
  });
});

describe('isExternal', () => {
  it('tells addresses with a scheme or a protocol-relative host from site paths', () => {
    expect(isExternal('https://24.kg/english/')).toBe(true);
    expect(isExternal('//example.org/')).toBe(true);
    expect(isExternal('mailto:desk@example.org')).toBe(true);
    expect(isExternal('/border/')).toBe(false);
    expect(isExternal('#golovnoi')).toBe(false);
  });
});

describe('printHref', () => {
  it('turns a link to a section of another chapter into a link inside the print edition', () => {
    expect(printHref('/clashes-2022/#casualties-2022', chapters)).toBe('#casualties-2022');
  });
  it('turns a link to the top of a chapter into a link to its section of the document', () => {
    expect(printHref('/border/', chapters)).toBe('#chapter-border');
    expect(printHref('/', chapters)).toBe('#chapter-overview');
  });
  it('sends links to the sources page to the sources at the end of the document', () => {
    expect(printHref('/sources/', chapters)).toBe('#sources');
  });
  it('sends links to the chronology to its section of the document', () => {
    expect(printHref('/chronology/', chapters)).toBe('#chronology');
  });
  it('sends links to the print edition itself to its title page', () => {
    expect(printHref('/print/', chapters)).toBe('#print-edition');
  });
  it('leaves external links and unknown paths as they are', () => {
    expect(printHref('https://www.hrw.org/', chapters)).toBe('https://www.hrw.org/');
    expect(printHref('/data/casualties.csv', chapters)).toBe('/data/casualties.csv');
  });
});

describe('absoluteUrl', () => {
  it('joins the site, the sub-path and a root-relative path', () => {
    expect(absoluteUrl('/border/', '/', 'https://example.org')).toBe('https://example.org/border/');
    expect(absoluteUrl('/og/border.png', '/batken-explainer/', 'https://example.org/')).toBe(
      'https://example.org/batken-explainer/og/border.png',
    );
    expect(absoluteUrl('/', '/batken-explainer/', new URL('https://example.org'))).toBe('https://example.org/batken-explainer/');
  });
  it('refuses a relative path, which would resolve against the wrong folder', () => {
    expect(() => absoluteUrl('border/', '/', 'https://example.org')).toThrow(/root-relative/);
  });
});

describe('shareImagePath', () => {
  it('names each card after its chapter, under /og/', () => {
    expect(shareImagePath('clashes-2022')).toBe('/og/clashes-2022.png');
  });
});

describe('publishedSite', () => {
  it('knows no address when the build fell back to the placeholder', () => {
    expect(publishedSite(new URL(PLACEHOLDER_SITE))).toBeUndefined();
    expect(publishedSite(undefined)).toBeUndefined();
    expect(publishedUrl('/border/', '/', PLACEHOLDER_SITE)).toBeUndefined();
  });

  it('gives the published address when SITE_URL was set', () => {
    expect(publishedSite('https://border.example.org/')?.href).toBe('https://border.example.org/');
    expect(publishedUrl('/border/', '/sub/', 'https://border.example.org')).toBe('https://border.example.org/sub/border/');
  });
});

describe('the languages in a path', () => {
  it('reads the language from the first segment, English when there is none', () => {
    expect(localeOfPath('/ru/border/#vorukh')).toBe('ru');
    expect(localeOfPath('/ru/')).toBe('ru');
    expect(localeOfPath('/ru')).toBe('ru');
    expect(localeOfPath('/border/')).toBe('en');
    expect(localeOfPath('/rules/')).toBe('en');
    expect(localeOfPath('/')).toBe('en');
  });
  it('puts a page, but not a file, under the language prefix', () => {
    expect(localizedPath('/sources/#source-x', 'ru')).toBe('/ru/sources/#source-x');
    expect(localizedPath('/', 'ru')).toBe('/ru/');
    expect(localizedPath('/border/?x=1', 'ru')).toBe('/ru/border/?x=1');
    expect(localizedPath('/data/casualties.csv', 'ru')).toBe('/data/casualties.csv');
    expect(localizedPath('/border/', 'en')).toBe('/border/');
  });
  it('leaves a path that already names a language, and any link not root-relative', () => {
    expect(localizedPath('/ru/about/#names', 'ru')).toBe('/ru/about/#names');
    expect(localizedPath('/ru/about/', 'en')).toBe('/ru/about/');
    expect(localizedPath('#vorukh', 'ru')).toBe('#vorukh');
    expect(localizedPath('https://example.org/', 'ru')).toBe('https://example.org/');
  });
  it('finds the same page in the other language', () => {
    expect(pathInLocale('/ru/border/', 'en')).toBe('/border/');
    expect(pathInLocale('/ru/', 'en')).toBe('/');
    expect(pathInLocale('/figures/figure-map/', 'ru')).toBe('/ru/figures/figure-map/');
    expect(unlocalizedPath('/ru/clashes-2022/')).toBe('/clashes-2022/');
  });
  it('finds a Russian chapter inside the print edition', () => {
    expect(printHref('/ru/border/', ['border'])).toBe('#chapter-border');
  });
});

describe('figureDownloadPath and figureOembedPath', () => {
  it('name a figure’s files after it, beside its page', () => {
    expect(figureDownloadPath('figure-map', 'png')).toBe('/figures/figure-map/figure-map.png');
    expect(figureDownloadPath('figure-map', 'svg')).toBe('/figures/figure-map/figure-map.svg');
    expect(figureOembedPath('figure-map')).toBe('/figures/figure-map/oembed.json');
  });
});
