import { describe, expect, it } from 'vitest';
import { cssWordsStylesheet } from './css-words';

describe('cssWordsStylesheet', () => {
  it('sets the citation label for each language, matched by the page’s lang', () => {
    expect(cssWordsStylesheet({ en: { sourceLabel: 'Source' }, fr: { sourceLabel: 'Source "s"' } })).toBe(
      ':root:lang(en) { --cite-label: "Source "; }\n:root:lang(fr) { --cite-label: "Source \\"s\\" "; }\n',
    );
  });
});
