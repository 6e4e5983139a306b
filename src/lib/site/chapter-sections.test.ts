import { describe, expect, it } from 'vitest';
import { H2_OPENING, wrapSections } from './chapter-sections';

const h2 = (id: string) => `${H2_OPENING}><h2 id="${id}">${id}</h2><a href="#${id}">#</a></div>`;
const h3 = (id: string) => `<div class="section-heading section-heading--h3"><h3 id="${id}">${id}</h3></div>`;

describe('wrapSections', () => {
  it('puts each h2 and the blocks after it in a section, leaving the opening text outside', () => {
    const html = `<p>Opening.</p>${h2('a')}<p>One.</p>${h3('a1')}<p>Two.</p>${h2('b')}<div class="table-scroll"><table></table></div>`;
    expect(wrapSections(html)).toBe(
      `<p>Opening.</p><section class="chapter-section">${h2('a')}<p>One.</p>${h3('a1')}<p>Two.</p></section><section class="chapter-section">${h2('b')}<div class="table-scroll"><table></table></div></section>`,
    );
  });
  it('wraps from the first block when the chapter opens with an h2', () => {
    expect(wrapSections(`${h2('a')}<p>One.</p>`)).toBe(`<section class="chapter-section">${h2('a')}<p>One.</p></section>`);
  });
  it('leaves a chapter without h2 headings as it is', () => {
    const html = `<p>Only.</p>${h3('x')}<p>Text.</p>`;
    expect(wrapSections(html)).toBe(html);
  });
  it('does not cut at an h2 nested inside another block, which would leave broken markup', () => {
    const html = `<p>Opening.</p><details><summary>More</summary>${h2('inner')}<p>Inside.</p></details>${h2('outer')}<p>After.</p>`;
    expect(wrapSections(html)).toBe(
      `<p>Opening.</p><details><summary>More</summary>${h2('inner')}<p>Inside.</p></details><section class="chapter-section">${h2('outer')}<p>After.</p></section>`,
    );
  });
  it('knows a heading in a table cell or a list item for nested, as the browser parses it', () => {
    const html = `<ul><li>${h2('in-list')}</li></ul>${h2('outer')}<p>After.</p>`;
    expect(wrapSections(html)).toBe(
      `<ul><li>${h2('in-list')}</li></ul><section class="chapter-section">${h2('outer')}<p>After.</p></section>`,
    );
  });
  it('stops rather than cut in the wrong place when the text holds an opening that is no heading', () => {
    expect(() => wrapSections(`<!-- ${H2_OPENING}> -->${h2('a')}`)).toThrow(/1 h2 headings but 2 openings/);
  });
});
