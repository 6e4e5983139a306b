/**
 * The figures' own stylesheets made fit for an SVG file that stands alone: the page colours the
 * figures through classes and custom properties (src/styles/tokens.css), which a downloaded file,
 * an image viewer or resvg never sees. So the custom properties are resolved to the light
 * palette's values, `color-mix()` is worked out (resvg reads no CSS colour functions but `rgb()`),
 * and what cannot apply to a picture is left out: media and container queries (the light palette
 * is the one outside them), and rules for hover, focus and targets.
 */

/** Removes each `@…{…}` block whose prelude matches, braces counted. */
function withoutBlocks(css: string, prelude: RegExp): string {
  let out = '';
  let at = 0;
  for (;;) {
    const start = css.slice(at).search(prelude);
    if (start < 0) return out + css.slice(at);
    const open = css.indexOf('{', at + start);
    if (open < 0) return out + css.slice(at);
    let depth = 1;
    let end = open + 1;
    for (; end < css.length && depth > 0; end++) {
      if (css[end] === '{') depth++;
      else if (css[end] === '}') depth--;
    }
    out += css.slice(at, at + start);
    at = end;
  }
}

function withoutComments(css: string): string {
  return css.replace(/\/\*[\s\S]*?\*\//g, '');
}

/**
 * The light palette: every custom property declared in tokens.css outside a media query (the
 * dark palette is inside one), by name with its dashes (`--color-ink`), values as written.
 */
export function lightTokens(tokensCss: string): Map<string, string> {
  const css = withoutBlocks(withoutComments(tokensCss), /@media\b/);
  return new Map([...css.matchAll(/(--[\w-]+)\s*:\s*([^;{}]+);/g)].map((m) => [m[1]!, m[2]!.trim()]));
}

type Rgba = [number, number, number, number];

function parseColour(value: string): Rgba | undefined {
  const v = value.trim().toLowerCase();
  if (v === 'transparent') return [0, 0, 0, 0];
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/.exec(v)?.[1];
  if (!hex) return undefined;
  const full = hex.length === 3 ? [...hex].map((c) => c + c).join('') : hex;
  return [0, 2, 4].map((i) => parseInt(full.slice(i, i + 2), 16) / 255).concat(1) as Rgba;
}

const toLinear = (c: number): number => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
const fromLinear = (c: number): number => (c <= 0.0031308 ? 12.92 * c : 1.055 * c ** (1 / 2.4) - 0.055);

function toOklab([r, g, b]: Rgba): [number, number, number] {
  const [lr, lg, lb] = [r, g, b].map(toLinear) as [number, number, number];
  const l = Math.cbrt(0.4122214708 * lr + 0.5363325363 * lg + 0.0514459929 * lb);
  const m = Math.cbrt(0.2119034982 * lr + 0.6806995451 * lg + 0.1073969566 * lb);
  const s = Math.cbrt(0.0883024619 * lr + 0.2817188376 * lg + 0.6299787005 * lb);
  return [
    0.2104542553 * l + 0.793617785 * m - 0.0040720468 * s,
    1.9779984951 * l - 2.428592205 * m + 0.4505937099 * s,
    0.0259040371 * l + 0.7827717662 * m - 0.808675766 * s,
  ];
}

function fromOklab([L, a, b]: [number, number, number]): [number, number, number] {
  const l = (L + 0.3963377774 * a + 0.2158037573 * b) ** 3;
  const m = (L - 0.1055613458 * a - 0.0638541728 * b) ** 3;
  const s = (L - 0.0894841775 * a - 1.291485548 * b) ** 3;
  return [
    4.0767416621 * l - 3.3077115913 * m + 0.2309699292 * s,
    -1.2684380046 * l + 2.6097574011 * m - 0.3413193965 * s,
    -0.0041960863 * l - 0.7034186147 * m + 1.707614701 * s,
  ].map((c) => Math.min(1, Math.max(0, fromLinear(c)))) as [number, number, number];
}

function cssColour([r, g, b, a]: Rgba): string {
  const [R, G, B] = [r, g, b].map((c) => Math.round(c * 255));
  if (a >= 1) return `#${[R, G, B].map((c) => c!.toString(16).padStart(2, '0')).join('')}`;
  return `rgba(${R}, ${G}, ${B}, ${Number(a.toFixed(3))})`;
}

/**
 * `color-mix(in oklab, A p%, B)` as CSS Color 5 defines it (premultiplied by alpha, so mixing
 * with `transparent` keeps A's hue and scales its alpha), as `#rrggbb` or `rgba()`.
 */
export function mixOklab(first: string, percent: number, second: string): string {
  const a = parseColour(first);
  const b = parseColour(second);
  if (!a || !b) throw new Error(`color-mix of colours the downloads cannot read: ${first}, ${second}`);
  const p = percent / 100;
  const alpha = a[3] * p + b[3] * (1 - p);
  if (alpha === 0) return cssColour([0, 0, 0, 0]);
  const [la, lb] = [toOklab(a), toOklab(b)];
  const mixed = [0, 1, 2].map((i) => (la[i]! * a[3] * p + lb[i]! * b[3] * (1 - p)) / alpha) as [number, number, number];
  return cssColour([...fromOklab(mixed), alpha]);
}

/** A value with every `var()` replaced from `tokens` and every `color-mix(in oklab, …)` worked out; undefined when a name is unknown. */
export function resolveValue(value: string, tokens: ReadonlyMap<string, string>, depth = 0): string | undefined {
  if (depth > 8) throw new Error(`custom properties refer to each other in a loop: ${value}`);
  let unknown = false;
  const substituted = value.replace(/var\(\s*(--[\w-]+)\s*(?:,\s*([^()]*))?\)/g, (_, name: string, fallback?: string) => {
    const found = tokens.get(name) ?? fallback;
    const resolved = found === undefined ? undefined : resolveValue(found, tokens, depth + 1);
    if (resolved === undefined) unknown = true;
    return resolved ?? '';
  });
  if (unknown) return undefined;
  return substituted.replace(
    /color-mix\(\s*in oklab\s*,\s*([^,()]+?)\s+([\d.]+)%\s*,\s*([^,()]+?)\s*\)/g,
    (_, first: string, p: string, second: string) => mixOklab(first, Number(p), second),
  );
}

/** The properties that paint SVG (`display` only to hide); the rest of the figures' CSS lays out HTML around them. */
const SVG_PROPERTIES =
  /^(fill|stroke|font|paint-order|display|visibility|opacity|overflow|letter-spacing|text-anchor|dominant-baseline)(-|$)/;

/**
 * The rules of `css` a standalone SVG can use, values resolved from `tokens`. Declarations of
 * properties that do not paint SVG, or whose custom property is unknown, are dropped, and so are
 * rules that end up empty.
 */
export function standaloneCss(css: string, tokens: ReadonlyMap<string, string>): string {
  const flat = withoutBlocks(withoutComments(css), /@(media|container|supports|layer)\b/);
  const rules: string[] = [];
  for (const [, selectorList, body] of flat.matchAll(/([^{}]+)\{([^{}]*)\}/g)) {
    // Hover, focus, :target and the like never apply to a picture; resvg would also reject them.
    const selectors = selectorList!
      .split(',')
      .map((s) => s.trim())
      .filter((s) => s && !s.includes(':'));
    if (selectors.length === 0) continue;
    const declarations = body!
      .split(';')
      .map((d) => d.trim())
      .filter(Boolean)
      .flatMap((declaration) => {
        const colon = declaration.indexOf(':');
        const property = declaration.slice(0, colon).trim();
        const value = resolveValue(declaration.slice(colon + 1).trim(), tokens);
        return colon > 0 && SVG_PROPERTIES.test(property) && value !== undefined && (property !== 'display' || value === 'none')
          ? [`${property}:${value}`]
          : [];
      });
    if (declarations.length > 0) rules.push(`${selectors.join(',')}{${declarations.join(';')}}`);
  }
  return rules.join('\n');
}
