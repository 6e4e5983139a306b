/**
 * The share card: the 1200 by 630 picture a link preview shows beside a page's title. Pure
 * functions from words to SVG; text is measured by a function passed in, so the layout can be
 * tested without a font and drawn at build time with the real one (src/build/share-card-render.ts).
 */

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

/** The site's light-mode colours (src/styles/global.css); the PNG palette is built from them. */
export const CARD_COLOURS = {
  paper: '#fbfaf7',
  ink: '#1d1b18',
  muted: '#57534c',
  rule: '#d9d4ca',
  accent: '#8c1c13',
} as const;

/** The two instances of the text face the card uses. */
export type CardWeight = 400 | 600;

interface TextStyle {
  /** Font size in pixels. */
  size: number;
  weight: CardWeight;
}

/** The advance width of a run of text in pixels, set in the card's face at the given style. */
export type Measure = (text: string, style: TextStyle) => number;

export interface ShareCard {
  /** A small line above the title (the site's name on a chapter's card); none on the site's own. */
  kicker?: string;
  /** The big words: a chapter's title, or the site's name. */
  title: string;
  /** A sentence under the title, in smaller type. */
  dek?: string;
  /** Where the site lives, shown at the foot (e.g. `example.org/explainer`). */
  address: string;
}

/**
 * Greedy line breaking at spaces: each line takes as many words as fit in `maxWidth`. A word
 * wider than `maxWidth` gets a line of its own (and is reported by `fits` in `fitText`).
 */
export function wrapWords(text: string, maxWidth: number, width: (text: string) => number): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && width(candidate) > maxWidth) {
      lines.push(line);
      line = word;
    } else {
      line = candidate;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/**
 * The same number of lines as greedy breaking at `maxWidth`, but as even as they can be: the
 * narrowest width that still needs no more lines. Avoids a lone word on the last line.
 */
export function balancedWrap(text: string, maxWidth: number, width: (text: string) => number): string[] {
  const greedy = wrapWords(text, maxWidth, width);
  if (greedy.length < 2) return greedy;
  let low = 0;
  let high = maxWidth;
  let best = greedy;
  for (let i = 0; i < 24 && high - low > 0.5; i++) {
    const mid = (low + high) / 2;
    const lines = wrapWords(text, mid, width);
    if (lines.length <= greedy.length && lines.every((l) => width(l) <= mid)) {
      best = lines;
      high = mid;
    } else {
      low = mid;
    }
  }
  return best;
}

/** Shortens text from the end, word by word (or letter by letter for one long word), until it and an ellipsis fit. */
export function truncateToWidth(text: string, maxWidth: number, width: (text: string) => number): string {
  if (width(text) <= maxWidth) return text;
  let kept = text.trim();
  while (kept.length > 0) {
    const space = kept.lastIndexOf(' ');
    kept = space > 0 ? kept.slice(0, space) : [...kept].slice(0, -1).join('');
    kept = kept.replace(/[\s,;:–—-]+$/u, '');
    if (width(`${kept}…`) <= maxWidth) return `${kept}…`;
  }
  return '…';
}

export interface FitOptions {
  /** Sizes to try, largest first. */
  sizes: readonly number[];
  weight: CardWeight;
  maxWidth: number;
  maxHeight: number;
  maxLines: number;
  /** Line height as a multiple of the size. */
  lineHeight: number;
}

export interface FittedText {
  size: number;
  lines: string[];
  /** Distance between baselines, in pixels. */
  leading: number;
  /** False when even the smallest size did not hold the whole text and the last line was cut short. */
  complete: boolean;
}

/**
 * The largest size at which `text`, broken into balanced lines, fits the box in at most
 * `maxLines` lines; if none does, the smallest size with the text cut short by an ellipsis.
 */
export function fitText(text: string, measure: Measure, options: FitOptions): FittedText {
  const { sizes, weight, maxWidth, maxHeight, maxLines, lineHeight } = options;
  if (sizes.length === 0) throw new Error('fitText needs at least one size');
  for (const size of sizes) {
    const width = (s: string) => measure(s, { size, weight });
    const leading = size * lineHeight;
    const limit = Math.min(maxLines, Math.floor(maxHeight / leading));
    const lines = balancedWrap(text, maxWidth, width);
    if (lines.length <= limit && lines.every((line) => width(line) <= maxWidth)) return { size, lines, leading, complete: true };
  }
  const size = sizes[sizes.length - 1]!;
  const width = (s: string) => measure(s, { size, weight });
  const leading = size * lineHeight;
  const limit = Math.max(1, Math.min(maxLines, Math.floor(maxHeight / leading)));
  const lines = wrapWords(text, maxWidth, width).slice(0, limit);
  const cut = lines.map((line) => truncateToWidth(line, maxWidth, width));
  const last = cut.length - 1;
  if (!cut[last]!.endsWith('…')) cut[last] = truncateToWidth(`${cut[last]} …`, maxWidth, width);
  return { size, lines: cut, leading, complete: false };
}

/** Escapes text for an SVG text node or attribute. */
export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** The family name the card's SVG asks for; the renderer loads this face and no other. */
export const CARD_FONT_FAMILY = 'Source Serif 4 Variable';

const MARGIN = 80;
const TEXT_WIDTH = CARD_WIDTH - 2 * MARGIN;
const BAND = 14;
const KICKER = { size: 30, weight: 600, baseline: 122 } as const;
const TITLE = { sizes: [96, 88, 80, 72, 64, 58, 52, 46], weight: 600, lineHeight: 1.14, maxLines: 4 } as const;
const DEK = { sizes: [36, 32], weight: 400, lineHeight: 1.32, maxLines: 3, gap: 28 } as const;
const FOOT = { rule: 520, badge: 44, baseline: 584, size: 28 } as const;
/** Where the title block may start (below the kicker) and must end (above the footer rule). */
const BODY = { top: 168, topWithoutKicker: 96, bottom: FOOT.rule - 36 } as const;
/** Of a line's size, how far below the top of its line box the first baseline sits. */
const ASCENT = 0.92;

/** The box the kicker, title and dek must stay inside: the margins, and above the footer rule. */
export const TEXT_AREA = { left: MARGIN, right: MARGIN + TEXT_WIDTH, top: BODY.topWithoutKicker, bottom: BODY.bottom } as const;

function textLine(text: string, x: number, y: number, style: TextStyle, fill: string): string {
  return `<text x="${x}" y="${y.toFixed(1)}" font-size="${style.size}" font-weight="${style.weight}" fill="${fill}">${escapeXml(text)}</text>`;
}

/** The layout decided for a card: what went where, for tests and for the SVG. */
export interface CardLayout {
  title: FittedText;
  dek?: FittedText;
  /** Baseline of each title line. */
  titleBaselines: number[];
  dekBaselines: number[];
}

export function layoutShareCard(card: ShareCard, measure: Measure): CardLayout {
  const top = card.kicker ? BODY.top : BODY.topWithoutKicker;
  const height = BODY.bottom - top;
  // The dek is set first at its size; the title takes the room that is left.
  const dek = card.dek ? fitText(card.dek, measure, { ...DEK, maxWidth: TEXT_WIDTH, maxHeight: height / 2 }) : undefined;
  const dekHeight = dek ? DEK.gap + dek.lines.length * dek.leading : 0;
  const title = fitText(card.title, measure, { ...TITLE, maxWidth: TEXT_WIDTH, maxHeight: height - dekHeight });
  const titleBaselines = title.lines.map((_, i) => top + title.size * ASCENT + i * title.leading);
  const titleBottom = top + title.lines.length * title.leading;
  const dekBaselines = dek ? dek.lines.map((_, i) => titleBottom + DEK.gap + dek.size * ASCENT + i * dek.leading) : [];
  return { title, ...(dek ? { dek } : {}), titleBaselines, dekBaselines };
}

/**
 * The card as an SVG document: a band of the accent colour along the top, the kicker, the
 * title, the dek, and at the foot a rule, the site's mark (the favicon's dashed border) and
 * its address. Shapes sit on whole pixels so that only text edges need blended colours.
 */
export function shareCardSvg(card: ShareCard, measure: Measure): string {
  const layout = layoutShareCard(card, measure);
  const c = CARD_COLOURS;
  const parts: string[] = [
    `<rect width="${CARD_WIDTH}" height="${CARD_HEIGHT}" fill="${c.paper}"/>`,
    `<rect width="${CARD_WIDTH}" height="${BAND}" fill="${c.accent}"/>`,
  ];
  if (card.kicker) {
    const kicker = truncateToWidth(card.kicker, TEXT_WIDTH, (s) => measure(s, KICKER));
    parts.push(textLine(kicker, MARGIN, KICKER.baseline, KICKER, c.accent));
  }
  layout.title.lines.forEach((line, i) =>
    parts.push(textLine(line, MARGIN, layout.titleBaselines[i]!, { size: layout.title.size, weight: TITLE.weight }, c.ink)),
  );
  layout.dek?.lines.forEach((line, i) =>
    parts.push(textLine(line, MARGIN, layout.dekBaselines[i]!, { size: layout.dek!.size, weight: DEK.weight }, c.muted)),
  );
  const badgeTop = FOOT.baseline - 34;
  const scale = FOOT.badge / 32;
  const addressX = MARGIN + FOOT.badge + 20;
  const address = truncateToWidth(card.address, CARD_WIDTH - MARGIN - addressX, (s) => measure(s, { size: FOOT.size, weight: 400 }));
  parts.push(
    `<rect x="${MARGIN}" y="${FOOT.rule}" width="${TEXT_WIDTH}" height="2" fill="${c.rule}"/>`,
    `<g transform="translate(${MARGIN} ${badgeTop}) scale(${scale})"><rect width="32" height="32" rx="6" fill="${c.accent}"/>` +
      `<path d="M6 22c4-8 8-2 11-9s6-4 9-7" fill="none" stroke="${c.paper}" stroke-width="3" stroke-linecap="round" stroke-dasharray="4 3"/></g>`,
    textLine(address, addressX, FOOT.baseline, { size: FOOT.size, weight: 400 }, c.muted),
  );
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${CARD_WIDTH}" height="${CARD_HEIGHT}" viewBox="0 0 ${CARD_WIDTH} ${CARD_HEIGHT}" font-family="${CARD_FONT_FAMILY}">` +
    parts.join('') +
    '</svg>'
  );
}

/** The site's address as a card shows it: no scheme, no trailing slash (`example.org/explainer`). */
export function displayAddress(url: string): string {
  const { host, pathname } = new URL(url);
  return `${host}${pathname}`.replace(/\/+$/, '');
}

/** A chapter's card: the site's name above the chapter's title. */
export function chapterCard(title: string, siteName: string, address: string): ShareCard {
  return { kicker: siteName, title, address };
}

/** The card of the pages that are not chapters: the site's name and tagline. */
export function siteCard(siteName: string, tagline: string, address: string): ShareCard {
  return { title: siteName, dek: tagline, address };
}
