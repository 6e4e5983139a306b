/**
 * The one reader of the chapters' MDX and of rendered HTML: Sätteri, the parser that builds the
 * site, parses both into syntax trees, and the checks and helpers read those trees rather than
 * the text. So a tag split over lines, an attribute in single quotes or an entity in a heading is
 * read the way the build reads it, and character references are decoded once, by the parser.
 */
import { htmlToHast, mdxToMdast } from 'satteri';

/**
 * A node of either tree, as far as these helpers read it: mdast (`heading`, `table`,
 * `mdxJsxFlowElement`…) and hast (`element`, `text`…) nodes share this shape.
 */
export interface TreeNode {
  type: string;
  /** A JSX element's name (`Cite`); undefined for a fragment. */
  name?: string | null;
  /** An HTML element's tag name. */
  tagName?: string;
  /** A text's or an expression's value. */
  value?: unknown;
  depth?: number;
  attributes?: ReadonlyArray<{ type: string; name?: string; value?: unknown }>;
  properties?: Record<string, unknown>;
  data?: { hProperties?: Record<string, unknown> };
  children?: readonly TreeNode[];
  /** Where the node is written in the source, for a change made to the text at a node's place. */
  position?: { start: { offset?: number } };
}

/** An attribute's value as written: a string (`source="a b"`), an `{expression}`'s source text, or `true` for a bare name. */
export type AttributeValue = string | { expression: string } | true;

export interface JsxElement {
  name: string;
  attributes: ReadonlyMap<string, AttributeValue>;
  node: TreeNode;
}

/**
 * Trees already parsed, by source text. Every figure of the print edition numbers the figures of
 * all chapters, and several checks read the same chapter, so a chapter is parsed once per build
 * rather than once per reader. The trees are only read, never changed.
 */
const parsedMdx = new Map<string, TreeNode>();
const PARSED_MDX_KEPT = 64;

/** A chapter's syntax tree; `## Title {#id}` gives the heading its id, as the build does. */
export function parseMdx(mdx: string): TreeNode {
  let tree = parsedMdx.get(mdx);
  if (!tree) {
    tree = mdxToMdast(mdx, { features: { headingAttributes: true } }) as unknown as TreeNode;
    if (parsedMdx.size >= PARSED_MDX_KEPT) parsedMdx.delete(parsedMdx.keys().next().value!);
    parsedMdx.set(mdx, tree);
  }
  return tree;
}

/** A fragment of rendered HTML as a tree, its character references decoded. */
export function parseHtml(html: string): TreeNode {
  return htmlToHast(html, { fragment: true }) as unknown as TreeNode;
}

/** Every node of a tree in document order, each with its ancestors (nearest last). */
export function* walk(node: TreeNode, ancestors: readonly TreeNode[] = []): Generator<{ node: TreeNode; ancestors: readonly TreeNode[] }> {
  yield { node, ancestors };
  const inside = [...ancestors, node];
  for (const child of node.children ?? []) yield* walk(child, inside);
}

function isJsx(node: TreeNode): boolean {
  return node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';
}

function attributesOf(node: TreeNode): Map<string, AttributeValue> {
  const attributes = new Map<string, AttributeValue>();
  for (const attribute of node.attributes ?? []) {
    if (attribute.type !== 'mdxJsxAttribute' || !attribute.name) continue;
    const { value } = attribute;
    if (value === null || value === undefined) attributes.set(attribute.name, true);
    else if (typeof value === 'string') attributes.set(attribute.name, value);
    else attributes.set(attribute.name, { expression: String((value as { value?: unknown }).value ?? '') });
  }
  return attributes;
}

/** The JSX element a node is, with its attributes; undefined for any other node. */
export function jsxElement(node: TreeNode): JsxElement | undefined {
  return isJsx(node) && node.name ? { name: node.name, attributes: attributesOf(node), node } : undefined;
}

/** Every JSX element under a node (`<Cite source="…" />`, `<TollTimeline number={2} />`), in document order; only those named `name` if given. */
export function jsxElements(tree: TreeNode, name?: string): JsxElement[] {
  const found: JsxElement[] = [];
  for (const { node } of walk(tree)) {
    const element = jsxElement(node);
    if (element && (name === undefined || element.name === name)) found.push(element);
  }
  return found;
}

/** A string attribute's value, or an expression's value when it is a number or a quoted string. */
export function literalValue(value: AttributeValue | undefined): string | number | undefined {
  if (value === undefined || value === true) return undefined;
  if (typeof value === 'string') return value;
  const text = value.expression.trim();
  if (/^-?\d+(?:\.\d+)?$/.test(text)) return Number(text);
  const quoted = /^(["'])(.*)\1$/.exec(text);
  return quoted ? quoted[2] : text;
}

/** The text of a node: its own and its descendants' text, entities already decoded by the parser. */
export function textOf(node: TreeNode): string {
  if (node.type === 'text' || node.type === 'inlineCode') return typeof node.value === 'string' ? node.value : '';
  return (node.children ?? []).map(textOf).join('');
}

/** The id a heading was given (`## Title {#id}` in MDX, `id="…"` in HTML); undefined when none. */
export function headingId(node: TreeNode): string | undefined {
  const id = node.type === 'heading' ? node.data?.hProperties?.['id'] : node.properties?.['id'];
  return typeof id === 'string' ? id : undefined;
}

/** True for an HTML element with this tag name. */
export function isElement(node: TreeNode, tagName: string): boolean {
  return node.type === 'element' && node.tagName === tagName;
}

/** Every HTML element with this tag name under a node, in document order. */
export function elementsNamed(tree: TreeNode, tagName: string): TreeNode[] {
  return [...walk(tree)].map(({ node }) => node).filter((node) => isElement(node, tagName));
}

/** A text as HTML shows it: every run of HTML white space (not the no-break space) made one space, none at the ends. */
export function collapsedText(node: TreeNode): string {
  return textOf(node)
    .replace(/[ \t\n\r\f]+/g, ' ')
    .trim();
}
