import { describe, expect, it } from 'vitest';
import { cssString, pageNumberContent, printRunningHeadsCss } from './print-running-heads';

const words = { pageNumber: 'page {page} of {pages}' };

describe('cssString', () => {
  it('escapes quotes and backslashes and removes line breaks', () => {
    expect(cssString('The "border"\\ line\nbreak')).toBe('"The \\"border\\"\\\\ line break"');
  });
});

describe('printRunningHeadsCss', () => {
  it('gives each printed page a named page with its title and address', () => {
    const css = printRunningHeadsCss([{ name: 'border', title: 'The border', address: 'example.org/border/' }], words);
    expect(css).toContain('@page border { @top-left { content: "The border"; } @top-right { content: "example.org/border/"; } }');
    expect(css).toContain('[data-print-page="border"] { page: border; }');
  });

  it('prints no address when the address of the site is not known', () => {
    const css = printRunningHeadsCss([{ name: 'border', title: 'The border', address: undefined }], words);
    expect(css).toContain('@top-right { content: none; }');
  });
});

describe('pageNumberContent', () => {
  it('prints the phrase with the page counters in place of {page} and {pages}', () => {
    expect(pageNumberContent('page {page} of {pages}')).toBe('"page " counter(page) " of " counter(pages)');
    expect(pageNumberContent('{page}/{pages}')).toBe('counter(page) "/" counter(pages)');
  });
});

describe('printRunningHeadsCss, page foot', () => {
  it('numbers every printed page in the words given', () => {
    expect(printRunningHeadsCss([], words)).toBe('@page { @bottom-right { content: "page " counter(page) " of " counter(pages); } }\n');
  });
});
