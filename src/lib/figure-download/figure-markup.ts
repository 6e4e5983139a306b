/**
 * The parts of a rendered figure (the HTML its component writes, src/components/figures/) that a
 * downloaded copy of it draws: its SVG panels, its map legend, its title and its source line. Read
 * from the markup with a small scanner rather than a DOM: the markup is the site's own (Astro
 * quotes every attribute and escapes `<`, `>` and quotes inside them), so start and end tags can
 * be found by name, and the download is drawn from exactly the SVG the page shows.
 */

/** One element found in the markup: its start tag and its whole markup, end tag included. */
export interface FoundElement {
  startTag: string;
  markup: string;
}

/** A start or end tag of `tag`; attribute values are quoted, so a `>` inside one is skipped. */
function tagPattern(tag: string): RegExp {
  return new RegExp(`<(/?)${tag}(?=[\\s>/])(?:"[^"]*"|'[^']*'|[^'">])*>`, 'g');
}

/**
 * Every outermost `tag` element whose start tag passes `accept`, in document order; elements of
 * the same name nested inside one are counted so that its end is the matching end tag.
 */
export function elementsOf(html: string, tag: string, accept: (startTag: string) => boolean = () => true): FoundElement[] {
  const found: FoundElement[] = [];
  const pattern = tagPattern(tag);
  let open: { start: number; startTag: string; depth: number } | undefined;
  for (const match of html.matchAll(pattern)) {
    const isEnd = match[1] === '/';
    const selfClosing = !isEnd && match[0].endsWith('/>');
    if (!open) {
      if (isEnd || !accept(match[0])) continue;
      if (selfClosing) found.push({ startTag: match[0], markup: match[0] });
      else open = { start: match.index, startTag: match[0], depth: 1 };
      continue;
    }
    if (selfClosing) continue;
    open.depth += isEnd ? -1 : 1;
    if (open.depth === 0) {
      found.push({ startTag: open.startTag, markup: html.slice(open.start, match.index + match[0].length) });
      open = undefined;
    }
  }
  if (open) throw new Error(`<${tag}> opened and never closed: ${open.startTag.slice(0, 80)}`);
  return found;
}

/** The value of an attribute in a start tag, entities left as written; undefined when absent. */
export function attributeOf(startTag: string, name: string): string | undefined {
  return new RegExp(`\\s${name}="([^"]*)"`).exec(startTag)?.[1];
}

/** Whether a start tag's class list has `className`. */
export function hasClass(startTag: string, className: string): boolean {
  return (attributeOf(startTag, 'class') ?? '').split(/\s+/).includes(className);
}

const NAMED_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** The text of some markup: tags dropped, entities decoded, white space collapsed. */
export function textOf(markup: string): string {
  return markup
    .replace(/<[^>]*>/g, '')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, name: string) => {
      if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(parseInt(name.slice(2), 16));
      if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)));
      return NAMED_ENTITIES[name] ?? entity;
    })
    .replace(/\s+/g, ' ')
    .trim();
}

const XML_ENTITIES = new Set(['amp', 'lt', 'gt', 'quot', 'apos']);

/**
 * HTML markup of SVG elements as XML, which an SVG file must be: an attribute written without a
 * value (HTML's `<path d>` for an empty one) gets an empty value, and a named entity XML does not
 * know is written as a number.
 */
export function asXml(markup: string): string {
  return markup
    .replace(/<([a-zA-Z][\w:-]*)((?:"[^"]*"|'[^']*'|[^'">])*?)(\/?)>/g, (_, name: string, attributes: string, slash: string) => {
      const fixed = attributes.replace(
        /(\s+)([^\s=/>"']+)(\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>"']+))?/g,
        (whole, space: string, attr: string, value?: string) => (value ? whole : `${space}${attr}=""`),
      );
      return `<${name}${fixed}${slash}>`;
    })
    .replace(/&([a-z]+);/gi, (entity, name: string) => {
      if (XML_ENTITIES.has(name)) return entity;
      const char = NAMED_ENTITIES[name];
      return char ? `&#${char.codePointAt(0)};` : entity;
    });
}

/** A panel of the figure: one of its SVGs, and the size its viewBox draws it at. */
export interface FigurePanel {
  /** What the panel is, from its class: a chart, the main map, the detail map, the locator. */
  role: 'chart' | 'map' | 'inset' | 'locator';
  markup: string;
  width: number;
  height: number;
}

interface LegendEntry {
  /** The swatch's `<svg>`, as the page draws it. */
  swatch: FigurePanel;
  label: string;
}

/** What a downloaded figure is drawn from. */
export interface FigureParts {
  /** The classes of the element holding the panels (`chart-panels …`, `border-map …`): the figure's CSS keys on them. */
  graphicClass: string;
  panels: FigurePanel[];
  /** The title of the detail map, shown above it. */
  insetTitle?: string;
  legend: LegendEntry[];
  /** The caption's first sentence, without the figure's number. */
  title: string;
  /** The caption's source line: its label and the names of the sources shown there. */
  sourcesLabel: string;
  sources: string[];
  /** How many more sources the caption folds away. */
  moreSources: number;
}

function viewBoxSize(startTag: string): { width: number; height: number } {
  const viewBox = attributeOf(startTag, 'viewBox');
  const numbers = viewBox
    ?.trim()
    .split(/[\s,]+/)
    .map(Number);
  if (!numbers || numbers.length !== 4 || numbers.some((n) => !Number.isFinite(n)) || numbers[2]! <= 0 || numbers[3]! <= 0)
    throw new Error(`a figure's <svg> needs a viewBox with a positive size, not ${JSON.stringify(viewBox)}`);
  return { width: numbers[2]!, height: numbers[3]! };
}

function panelRole(startTag: string): FigurePanel['role'] | undefined {
  if (hasClass(startTag, 'chart')) return 'chart';
  if (hasClass(startTag, 'border-map__svg--main')) return 'map';
  if (hasClass(startTag, 'border-map__svg--inset')) return 'inset';
  if (hasClass(startTag, 'border-map__locator')) return 'locator';
  return undefined;
}

/**
 * The map's second layout of symbols and labels, for phones, is hidden by the page's CSS at any
 * width a download is drawn at; the download leaves it out rather than hide it.
 */
function withoutNarrowLayout(svg: string): string {
  const narrow = elementsOf(svg, 'g', (tag) => hasClass(tag, 'border-map__layout--narrow'));
  return narrow.reduce((markup, group) => markup.replace(group.markup, ''), svg);
}

/** The source names in a caption's source line: the `[12]` each carries is a number on this site's list, meaningless in a copy. */
function sourceNames(paragraph: string): string[] {
  return elementsOf(paragraph, 'a').map((link) => textOf(link.markup).replace(/^\[\d+\]\s*/, ''));
}

/** The parts of the figure `figureId` from the markup of its `<figure>`, as the figure's page renders it. */
export function figureParts(html: string, figureId: string): FigureParts {
  const [figure] = elementsOf(html, 'figure', (tag) => attributeOf(tag, 'id') === figureId);
  if (!figure) throw new Error(`no <figure id="${figureId}"> in the rendered figure`);
  const [graphic] = elementsOf(figure.markup, 'div', (tag) => hasClass(tag, 'figure__graphic'));
  const [caption] = elementsOf(figure.markup, 'figcaption');
  if (!graphic || !caption) throw new Error(`<figure id="${figureId}"> has no graphic or no caption`);
  const holder = /^<div[^>]*>\s*<([a-z-]+)((?:"[^"]*"|[^">])*)>/.exec(graphic.markup);
  const graphicClass = holder ? (attributeOf(holder[2]!, 'class') ?? '') : '';

  const panels = elementsOf(graphic.markup, 'svg').flatMap(({ startTag, markup }) => {
    const role = panelRole(startTag);
    return role ? [{ role, markup: asXml(withoutNarrowLayout(markup)), ...viewBoxSize(startTag) }] : [];
  });
  if (panels.length === 0) throw new Error(`<figure id="${figureId}"> draws no chart or map <svg>`);

  const [legendList] = elementsOf(graphic.markup, 'ul', (tag) => hasClass(tag, 'border-map__legend'));
  const legend = legendList
    ? elementsOf(legendList.markup, 'li').map((item) => {
        const [swatch] = elementsOf(item.markup, 'svg');
        if (!swatch) throw new Error(`<figure id="${figureId}">: a legend entry has no swatch`);
        return {
          swatch: { role: 'locator' as const, markup: asXml(swatch.markup), ...viewBoxSize(swatch.startTag) },
          label: textOf(item.markup),
        };
      })
    : [];
  const [insetTitle] = elementsOf(graphic.markup, 'p', (tag) => hasClass(tag, 'border-map__inset-title'));

  const [titleSpan] = elementsOf(caption.markup, 'span', (tag) => attributeOf(tag, 'id') === `${figureId}-title`);
  if (!titleSpan) throw new Error(`<figure id="${figureId}"> has no title (#${figureId}-title)`);
  const [number] = elementsOf(titleSpan.markup, 'span', (tag) => hasClass(tag, 'figure__number'));
  const title = textOf(number ? titleSpan.markup.replace(number.markup, '') : titleSpan.markup);

  const [sourceLine] = elementsOf(caption.markup, 'p', (tag) => hasClass(tag, 'figure__sources'));
  const [label] = sourceLine ? elementsOf(sourceLine.markup, 'span', (tag) => hasClass(tag, 'figure__sources-label')) : [];
  const [folded] = elementsOf(caption.markup, 'details', (tag) => hasClass(tag, 'figure__more-sources'));
  const foldedLine = folded && elementsOf(folded.markup, 'p', (tag) => hasClass(tag, 'figure__sources'))[0];

  return {
    graphicClass,
    panels,
    ...(insetTitle ? { insetTitle: textOf(insetTitle.markup) } : {}),
    legend,
    title,
    sourcesLabel: label ? textOf(label.markup) : '',
    sources: sourceLine ? sourceNames(sourceLine.markup) : [],
    moreSources: foldedLine ? sourceNames(foldedLine.markup).length : 0,
  };
}
