import { describe, expect, it } from 'vitest';
import {
  balancedWrap,
  CARD_HEIGHT,
  CARD_WIDTH,
  chapterCard,
  displayAddress,
  escapeXml,
  fitText,
  layoutShareCard,
  shareCardSvg,
  siteCard,
  TEXT_AREA,
  truncateToWidth,
  wrapWords,
  type Measure,
} from './share-card';

/** A stand-in for the font: every character half an em wide, a little wider when semibold. */
const measure: Measure = (text, { size, weight }) => [...text].length * size * (weight === 600 ? 0.55 : 0.5);
const chars = (text: string) => [...text].length;

describe('wrapWords', () => {
  it('fills each line with as many words as fit, keeping every word in order', () => {
    const lines = wrapWords('the quick brown fox jumps over the lazy dog', 15, chars);
    expect(lines).toEqual(['the quick brown', 'fox jumps over', 'the lazy dog']);
    expect(lines.join(' ')).toBe('the quick brown fox jumps over the lazy dog');
  });
  it('gives a word too wide for the line a line of its own instead of splitting it', () => {
    expect(wrapWords('a Mountainous b', 5, chars)).toEqual(['a', 'Mountainous', 'b']);
  });
  it('treats runs of spaces and line breaks as one space and returns nothing for blank text', () => {
    expect(wrapWords('  one \n two  ', 20, chars)).toEqual(['one two']);
    expect(wrapWords('   ', 20, chars)).toEqual([]);
  });
});

describe('balancedWrap', () => {
  it('does not leave one short word alone on the last line when the lines can be evened out', () => {
    const text = 'The Samarkand ceasefire and after';
    expect(wrapWords(text, 29, chars)).toEqual(['The Samarkand ceasefire and', 'after']);
    expect(balancedWrap(text, 29, chars)).toEqual(['The Samarkand', 'ceasefire and after']);
  });
  it('never needs more lines than greedy breaking, nor a line wider than allowed', () => {
    const text = 'The border: a line drawn in Soviet times and disputed for decades';
    for (const width of [20, 30, 45, 70]) {
      const balanced = balancedWrap(text, width, chars);
      expect(balanced.length).toBe(wrapWords(text, width, chars).length);
      expect(Math.max(...balanced.map(chars))).toBeLessThanOrEqual(width);
      expect(balanced.join(' ')).toBe(text);
    }
  });
});

describe('truncateToWidth', () => {
  it('leaves text that fits alone', () => {
    expect(truncateToWidth('short', 10, chars)).toBe('short');
  });
  it('drops whole words from the end, and trailing punctuation, before adding an ellipsis', () => {
    expect(truncateToWidth('Kyrgyzstan, Tajikistan and Uzbekistan', 24, chars)).toBe('Kyrgyzstan, Tajikistan…');
  });
  it('cuts a single long word letter by letter', () => {
    expect(truncateToWidth('Kyrgyzstan', 6, chars)).toBe('Kyrgy…');
  });
});

describe('fitText', () => {
  const options = { sizes: [100, 80, 60], weight: 400, maxWidth: 1000, maxHeight: 400, maxLines: 3, lineHeight: 1 } as const;

  it('uses the largest size at which the whole text fits', () => {
    const fitted = fitText('a'.repeat(20), measure, options);
    expect(fitted).toMatchObject({ size: 100, lines: ['a'.repeat(20)], complete: true });
  });
  it('steps down a size when the text needs more lines than the box holds', () => {
    // At 100px a line holds 20 characters, so 70 need 4 lines; at 80px, 25 a line: 3 lines.
    const text = Array.from({ length: 14 }, () => 'word').join(' ');
    const fitted = fitText(text, measure, options);
    expect(fitted.size).toBe(80);
    expect(fitted.lines.length).toBeLessThanOrEqual(3);
    expect(fitted.complete).toBe(true);
  });
  it('counts the height of the box as well as the number of lines', () => {
    const fitted = fitText(Array.from({ length: 10 }, () => 'word').join(' '), measure, { ...options, maxHeight: 150 });
    expect(fitted.lines.length * fitted.leading).toBeLessThanOrEqual(150);
  });
  it('cuts the text short with an ellipsis at the smallest size when nothing else fits', () => {
    const text = Array.from({ length: 60 }, (_, i) => `word${i}`).join(' ');
    const fitted = fitText(text, measure, options);
    expect(fitted.size).toBe(60);
    expect(fitted.complete).toBe(false);
    expect(fitted.lines).toHaveLength(3);
    expect(fitted.lines.at(-1)).toMatch(/…$/);
    for (const line of fitted.lines) expect(measure(line, { size: 60, weight: 400 })).toBeLessThanOrEqual(1000);
  });
});

describe('layoutShareCard', () => {
  const titles = [
    'The Samarkand ceasefire and after',
    'The border: a line drawn in Soviet times and disputed for decades',
    'The 2021 clashes: four days at Golovnoi and Kok-Tash',
    'A title far longer than any chapter has, which goes on and on about the border, the enclaves, the water, the roads, the clashes and the treaty, and then some more words',
  ];
  for (const title of titles) {
    it(`keeps “${title.slice(0, 30)}…” inside the margins and above the footer`, () => {
      const layout = layoutShareCard(chapterCard(title, 'The Kyrgyz–Tajik border conflict', 'example.org'), measure);
      expect(layout.title.lines.length).toBeGreaterThan(0);
      for (const line of layout.title.lines)
        expect(TEXT_AREA.left + measure(line, { size: layout.title.size, weight: 600 })).toBeLessThanOrEqual(TEXT_AREA.right);
      const lastBaseline = layout.titleBaselines.at(-1)!;
      // Descenders reach about a quarter of the size below the baseline.
      expect(lastBaseline + layout.title.size * 0.25).toBeLessThanOrEqual(TEXT_AREA.bottom);
    });
  }

  it('sets a short title larger than a long one', () => {
    const short = layoutShareCard(chapterCard(titles[0]!, 'Site', 'example.org'), measure);
    const long = layoutShareCard(chapterCard(titles[1]!, 'Site', 'example.org'), measure);
    expect(short.title.size).toBeGreaterThan(long.title.size);
  });

  it('puts the site card’s tagline below its title, inside the same box', () => {
    const layout = layoutShareCard(
      siteCard(
        'The Kyrgyz–Tajik border conflict',
        'An explainer of the contested border, the 2021 and 2022 clashes and the peace that followed',
        'example.org',
      ),
      measure,
    );
    expect(layout.dek?.lines.length).toBeGreaterThan(0);
    expect(layout.dekBaselines[0]!).toBeGreaterThan(layout.titleBaselines.at(-1)!);
    expect(layout.dekBaselines.at(-1)! + layout.dek!.size * 0.25).toBeLessThanOrEqual(TEXT_AREA.bottom);
  });
});

describe('shareCardSvg', () => {
  const svg = shareCardSvg(
    chapterCard('Water & roads: <the> “enclaves”', 'The Kyrgyz–Tajik border conflict', 'example.org/explainer'),
    measure,
  );

  it('is a 1200 by 630 SVG document', () => {
    expect(svg).toMatch(new RegExp(`^<svg xmlns="http://www.w3.org/2000/svg" width="${CARD_WIDTH}" height="${CARD_HEIGHT}"`));
    expect(svg.endsWith('</svg>')).toBe(true);
  });
  it('shows the site’s name, the title and the address, escaped for XML', () => {
    const texts = [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);
    expect(texts[0]).toBe('The Kyrgyz–Tajik border conflict');
    expect(texts.join(' ')).toContain('Water &amp; roads: &lt;the&gt; “enclaves”');
    expect(texts.at(-1)).toBe('example.org/explainer');
  });
  it('places every line of text inside the picture', () => {
    const positions = [...svg.matchAll(/<text x="([\d.]+)" y="([\d.]+)"/g)];
    expect(positions.length).toBeGreaterThan(0);
    for (const [, x, y] of positions) {
      expect(Number(x)).toBeGreaterThanOrEqual(TEXT_AREA.left);
      expect(Number(y)).toBeGreaterThan(0);
      expect(Number(y)).toBeLessThan(CARD_HEIGHT);
    }
  });
});

describe('escapeXml', () => {
  it('escapes the characters that would end a text node or an attribute', () => {
    expect(escapeXml('a & b < c > "d"')).toBe('a &amp; b &lt; c &gt; &quot;d&quot;');
  });
});

describe('displayAddress', () => {
  it('drops the scheme and the trailing slash, keeping a sub-path', () => {
    expect(displayAddress('https://border-explainer.example/')).toBe('border-explainer.example');
    expect(displayAddress('https://example.org/batken-explainer/')).toBe('example.org/batken-explainer');
  });
});
