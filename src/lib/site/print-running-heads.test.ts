import { describe, expect, it } from 'vitest';
import { cssString, printRunningHeadsCss } from './print-running-heads';

describe('cssString', () => {
  it('escapes quotes and backslashes and removes line breaks', () => {
    expect(cssString('The "border"\\ line\nbreak')).toBe('"The \\"border\\"\\\\ line break"');
  });
});

describe('printRunningHeadsCss', () => {
  it('gives each printed page a named page with its title and address', () => {
    const css = printRunningHeadsCss([{ name: 'border', title: 'The border', address: 'example.org/border/' }]);
    expect(css).toContain('@page border { @top-left { content: "The border"; } @top-right { content: "example.org/border/"; } }');
    expect(css).toContain('[data-print-page="border"] { page: border; }');
  });

  it('prints no address when the address of the site is not known', () => {
    const css = printRunningHeadsCss([{ name: 'border', title: 'The border', address: undefined }]);
    expect(css).toContain('@top-right { content: none; }');
  });
});
