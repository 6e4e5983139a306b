import { describe, expect, it } from 'vitest';
import { lightTokens, mixOklab, resolveValue, standaloneCss } from './standalone-css';

const TOKENS_CSS = `
/* a comment with --color-fake: #000; */
@theme {
  --font-sans: system-ui, sans-serif;
  --color-paper: #fbfaf7;
  --color-ink: #1d1b18;
}
@layer base {
  :root {
    --color-map-fill: color-mix(in oklab, var(--color-ink) 30%, transparent);
  }
  @media screen and (prefers-color-scheme: dark) {
    :root { --color-paper: #15171a; --color-ink: #e9e6df; }
  }
}`;

describe('lightTokens', () => {
  it('reads the custom properties declared outside media queries: the light palette, not the dark', () => {
    const tokens = lightTokens(TOKENS_CSS);
    expect(tokens.get('--color-paper')).toBe('#fbfaf7');
    expect(tokens.get('--color-ink')).toBe('#1d1b18');
    expect(tokens.get('--font-sans')).toBe('system-ui, sans-serif');
    expect(tokens.has('--color-fake')).toBe(false);
  });
});

describe('mixOklab', () => {
  it('gives either colour at 100% and 0%', () => {
    expect(mixOklab('#b2182b', 100, '#fbfaf7')).toBe('#b2182b');
    expect(mixOklab('#b2182b', 0, '#fbfaf7')).toBe('#fbfaf7');
  });
  it('mixes black and white to the middle grey of oklab, not of sRGB', () => {
    // Oklab's L 0.5 is sRGB #636363; an sRGB average would be #808080.
    expect(mixOklab('#000000', 50, '#ffffff')).toBe('#636363');
  });
  it('mixes with transparent by scaling the alpha and keeping the colour', () => {
    expect(mixOklab('#1d1b18', 30, 'transparent')).toBe('rgba(29, 27, 24, 0.3)');
  });
  it('refuses a colour it cannot read rather than guess', () => {
    expect(() => mixOklab('rebeccapurple', 50, '#fff')).toThrow(/cannot read/);
  });
});

describe('resolveValue', () => {
  const tokens = lightTokens(TOKENS_CSS);
  it('replaces custom properties, through one another, and works out color-mix', () => {
    expect(resolveValue('var(--color-ink)', tokens)).toBe('#1d1b18');
    expect(resolveValue('var(--color-map-fill)', tokens)).toBe('rgba(29, 27, 24, 0.3)');
    expect(resolveValue('1px solid var(--color-paper)', tokens)).toBe('1px solid #fbfaf7');
  });
  it('takes a fallback for an unknown name, and gives up on an unknown name without one', () => {
    expect(resolveValue('var(--marker-x, 50%)', tokens)).toBe('50%');
    expect(resolveValue('var(--nowhere)', tokens)).toBeUndefined();
  });
});

describe('standaloneCss', () => {
  const tokens = lightTokens(TOKENS_CSS);
  const css = `
.chart { font-family: var(--font-sans); position: relative; display: grid; overflow: visible; }
.chart text { fill: var(--color-ink); font-size: 12px; }
.hidden { display: none; }
.chart [data-row]:hover, .chart__bar:focus-visible { stroke: var(--color-ink); }
.a:hover, .b { stroke: var(--color-paper); }
.gone { fill: var(--nowhere); }
@media print { .chart text { fill: black; } }
@container map (max-width: 479px) { .layout { display: inline; } }`;
  const out = standaloneCss(css, tokens);
  it('keeps the properties that paint SVG, with the light palette written in', () => {
    expect(out).toContain('.chart{font-family:system-ui, sans-serif;overflow:visible}');
    expect(out).toContain('.chart text{fill:#1d1b18;font-size:12px}');
    expect(out).toContain('.hidden{display:none}');
  });
  it('leaves out layout, interaction, queries and declarations it cannot resolve', () => {
    expect(out).not.toMatch(/position|grid|:hover|:focus|black|inline|\.gone|var\(/);
    expect(out).toContain('.b{stroke:#fbfaf7}');
  });
});
