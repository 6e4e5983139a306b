/**
 * Citations: chapters cite sources by id (`<Cite source="a b" />`); the sources page numbers
 * the cited ones in reading order. Pure functions over the chapters' MDX, read as a syntax tree.
 */
import { jsxElements, literalValue, parseMdx, type TreeNode } from './mdx-tree';

/** The ids cited under a node of a chapter's tree, in the order they appear, repeats included. */
export function citedIdsIn(tree: TreeNode): string[] {
  return jsxElements(tree, 'Cite').flatMap((cite) => splitSourceList(String(literalValue(cite.attributes.get('source')) ?? '')));
}

/** The ids a chapter cites, in the order they appear, repeats included. */
export function extractCitedIds(mdx: string): string[] {
  return citedIdsIn(parseMdx(mdx));
}

/**
 * The chapter's MDX with a figure's sources written in as a citation where the figure first
 * stands (`<Cite source="a b" /><BorderLengths …`), for a figure drawn from data whose sources
 * the text does not cite itself; the MDX unchanged if the chapter has no such figure.
 */
export function withFigureCitations(mdx: string, component: string, ids: readonly string[]): string {
  const at = jsxElements(parseMdx(mdx), component)[0]?.node.position?.start.offset;
  if (ids.length === 0 || at === undefined) return mdx;
  return `${mdx.slice(0, at)}<Cite source="${ids.join(' ')}" />${mdx.slice(at)}`;
}

/**
 * The one reader of a source list, the ids separated by spaces that `<Cite source>`, a figure's
 * `sources` and the map's `source`/`eventSource` fields hold (schema: `sourceIdList`). A comma is
 * not a separator: `"a,b"` stays one id, which no source has, so the build names it.
 */
export function splitSourceList(value: string): string[] {
  return value.split(/\s+/).filter(Boolean);
}

export interface CitingDocument {
  /** Where the citations are written, for error messages (`content/chapters/border.mdx`). */
  file: string;
  /** The source ids it cites, in order (for a chapter, `extractCitedIds(mdx)`). */
  ids: readonly string[];
}

/** Raised when a chapter cites an id that `content/sources.yaml` does not hold. */
export class UnknownSourceError extends Error {
  constructor(readonly problems: Array<{ file: string; id: string }>) {
    super(
      'Unknown source id(s) cited:\n' +
        problems.map((p) => `  ${p.file}: cites "${p.id}" — no source with id "${p.id}" in content/sources.yaml`).join('\n'),
    );
    this.name = 'UnknownSourceError';
  }
}

/**
 * Numbers the cited sources 1, 2, 3… in order of first citation across the documents, given in
 * reading order: the chapters, then data files whose figures cite sources the text may not.
 * Throws `UnknownSourceError` naming every file and id that does not resolve.
 */
export function numberCitations(documents: readonly CitingDocument[], knownIds: ReadonlySet<string>): Map<string, number> {
  const numbers = new Map<string, number>();
  const problems: Array<{ file: string; id: string }> = [];
  for (const { file, ids } of documents) {
    for (const id of ids) {
      if (!knownIds.has(id)) {
        if (!problems.some((p) => p.file === file && p.id === id)) problems.push({ file, id });
      } else if (!numbers.has(id)) {
        numbers.set(id, numbers.size + 1);
      }
    }
  }
  if (problems.length > 0) throw new UnknownSourceError(problems);
  return numbers;
}
