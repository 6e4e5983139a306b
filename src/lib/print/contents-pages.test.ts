import { describe, expect, it } from 'vitest';
import { contentsMismatches, contentsPages, contentsTargets, withContentsPages } from './contents-pages';

const html =
  '<ol><li><span class="print-contents__entry"><a href="#chapter-border">The border</a>' +
  '<span class="print-contents__page" data-page-of="chapter-border"></span></span></li>' +
  '<li><span class="print-contents__entry"><a href="#sources">Sources</a>' +
  '<span class="print-contents__page" data-page-of="sources"></span></span></li></ol>';

describe('contentsTargets', () => {
  it('lists the ids the contents number, in document order', () => {
    expect(contentsTargets(html)).toEqual(['chapter-border', 'sources']);
  });
});

describe('withContentsPages', () => {
  it('writes each page number into its slot and nothing else', () => {
    const filled = withContentsPages(
      html,
      new Map([
        ['chapter-border', 6],
        ['sources', 48],
      ]),
    );
    expect(filled).toBe(
      html.replace('"chapter-border"></span>', '"chapter-border">6</span>').replace('"sources"></span>', '"sources">48</span>'),
    );
    expect(contentsPages(filled)).toEqual(
      new Map([
        ['chapter-border', 6],
        ['sources', 48],
      ]),
    );
  });
  it('replaces numbers written before, and empties a slot whose page is not known', () => {
    const filled = withContentsPages(html, new Map([['chapter-border', 6]]));
    const again = withContentsPages(filled, new Map([['sources', 50]]));
    expect(contentsPages(again)).toEqual(new Map([['sources', 50]]));
    expect(again).toContain('data-page-of="chapter-border"></span>');
  });
});

describe('contentsMismatches', () => {
  it('names every number that is not the page its target was found on', () => {
    expect(
      contentsMismatches(
        new Map([
          ['a', 2],
          ['b', 5],
          ['c', 9],
        ]),
        new Map([
          ['a', 2],
          ['b', 6],
        ]),
      ),
    ).toEqual(['b: 5 → 6', 'c: 9 → not found']);
  });
});
