/**
 * The figures of the print edition. Each chapter numbers its figures 1, 2, 3… (see
 * figure-numbers.ts), so the print edition, which holds every chapter, numbers them again across
 * the whole document; a figure that several chapters include with the same content (the casualty
 * comparison) prints once, and its later places point to it. Read from the chapters' MDX, so the
 * numbers are known before anything is rendered, whatever order components render in.
 */
import { headingId, jsxElement, literalValue, parseMdx, textOf, walk, type AttributeValue } from '../site/mdx-tree';

/** A figure component placed in a chapter's MDX. */
export interface PlacedFigure {
  chapterId: string;
  /** The figure's anchor (its `id`, or the component's default). */
  id: string;
  /** The number the chapter gives it. */
  number: number;
  /** Component name and the attributes that change what it draws: the same key, the same figure. */
  contentKey: string;
  /** The component that draws it (`BorderMap`), as the chapter's MDX names it. */
  component: string;
  /** The props the chapter gives it, as values: what a page of its own renders it with again. */
  props: Record<string, string | number | boolean>;
  /** The heading the figure is placed under: its id and its text; undefined before the first heading. */
  section?: { id: string; text: string };
}

/** Attributes that only name or number a figure, without changing what it shows. */
const PRESENTATION_ATTRIBUTES = new Set(['id', 'number']);

/**
 * Components whose `compact` only tightens the same content (the casualty comparison); a compact
 * border map leaves out the inset and the places, so it is a figure of its own.
 */
const COMPACT_IS_SIZE = new Set(['CasualtyComparison']);

/** Anchors of figures placed without an `id`, by component (see each component's `id` prop). */
const DEFAULT_IDS: Record<string, (attributes: Map<string, string>) => string> = {
  CasualtyComparison: () => 'figure-casualties',
  TollTimeline: (attributes) => `figure-toll-${attributes.get('event')}`,
  BorderLengths: () => 'figure-border-lengths',
  ChronologyTimeline: () => 'figure-chronology',
};

/** An attribute's value as the content key writes it: a string as is, an expression as written, a bare name as `true`. */
function written(value: AttributeValue): string {
  if (value === true) return 'true';
  return typeof value === 'string' ? value : value.expression;
}

/** Every figure component (one with a `number`) in a chapter's MDX, in order. */
export function figuresIn(chapterId: string, mdx: string): PlacedFigure[] {
  const figures: PlacedFigure[] = [];
  let section: PlacedFigure['section'];
  for (const { node } of walk(parseMdx(mdx))) {
    const sectionId = node.type === 'heading' ? headingId(node) : undefined;
    if (sectionId !== undefined) section = { id: sectionId, text: textOf(node).trim() };
    const element = jsxElement(node);
    if (!element) continue;
    const { name } = element;
    const attributes = new Map([...element.attributes].map(([key, value]) => [key, written(value)]));
    const number = attributes.get('number');
    if (number === undefined) continue;
    const id = attributes.get('id') ?? DEFAULT_IDS[name]?.(attributes);
    if (id === undefined) throw new Error(`${chapterId}: <${name} number={${number}}> needs an id`);
    const drawn = [...attributes]
      .filter(([key]) => !PRESENTATION_ATTRIBUTES.has(key) && !(key === 'compact' && COMPACT_IS_SIZE.has(name)))
      .sort(([a], [b]) => a.localeCompare(b));
    const props = Object.fromEntries([...element.attributes].map(([key, value]) => [key, value === true ? true : literalValue(value)!]));
    figures.push({
      chapterId,
      id,
      number: Number(number),
      contentKey: `${name} ${drawn.map(([k, v]) => `${k}=${v}`).join(' ')}`.trim(),
      component: name,
      props,
      ...(section ? { section } : {}),
    });
  }
  return figures;
}

export interface PrintFigures {
  /** The number each printed figure carries in the print edition, by anchor. */
  numbers: Map<string, number>;
  /** For a figure printed only once: each later place's anchor, and the anchor of the one printed. */
  repeats: Map<string, string>;
  /** The chapter each figure is placed in, by anchor. */
  chapterOf: Map<string, string>;
}

/** Numbers the figures 1, 2, 3… across the chapters given in reading order, each content once. */
export function printFigures(chapters: ReadonlyArray<{ id: string; body: string }>): PrintFigures {
  const numbers = new Map<string, number>();
  const repeats = new Map<string, string>();
  const chapterOf = new Map<string, string>();
  const firstByContent = new Map<string, string>();
  for (const chapter of chapters) {
    for (const figure of figuresIn(chapter.id, chapter.body)) {
      chapterOf.set(figure.id, chapter.id);
      const first = firstByContent.get(figure.contentKey);
      if (first !== undefined) {
        repeats.set(figure.id, first);
        continue;
      }
      firstByContent.set(figure.contentKey, figure.id);
      numbers.set(figure.id, numbers.size + 1);
    }
  }
  return { numbers, repeats, chapterOf };
}

/** The print edition's number for a figure anchor: its own, or that of the figure it repeats. */
export function printNumberOf(figures: PrintFigures, id: string): number | undefined {
  return figures.numbers.get(figures.repeats.get(id) ?? id);
}

/**
 * A chapter's link that names a figure ("Figure 2", «рисунке 2»), as the print edition prints it:
 * with the figure's number there. Only the digits change, so a reference declined to fit its
 * sentence keeps its case. Undefined when the link's text is not a reference to a figure, which
 * `reference` (the dictionary's `figureReference`, matching the whole text) decides.
 */
export function renumberedReference(text: string, reference: RegExp, printNumber: number): string | undefined {
  return reference.test(text) ? text.replace(/\d+/, String(printNumber)) : undefined;
}
