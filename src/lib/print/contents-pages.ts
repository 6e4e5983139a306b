/**
 * The page numbers of the print edition's contents. Chromium ignores CSS `target-counter()`, so
 * the build prints /print/ once, reads on which PDF page each contents link lands (its named
 * destination) and writes the numbers into the built page (src/build/integrations/
 * print-page-numbers.ts). The contents hold an empty slot for each number, `<span
 * data-page-of="id">`, whose width print.css reserves, so filling it cannot move a line. Pure:
 * HTML in, HTML out.
 */

/** A contents slot: its opening tag (with the target's id), the number it holds, its closing tag. */
const SLOT = /(<span\b[^>]*?\bdata-page-of="([^"]*)"[^>]*>)([^<]*)(<\/span>)/g;

/** The ids the contents give page numbers for, in document order. */
export function contentsTargets(html: string): string[] {
  return [...html.matchAll(SLOT)].map((match) => match[2]!);
}

/** The page numbers the contents show, by target id (empty slots left out). */
export function contentsPages(html: string): Map<string, number> {
  return new Map(
    [...html.matchAll(SLOT)].flatMap((match) => (/^\d+$/.test(match[3]!.trim()) ? [[match[2]!, Number(match[3]!.trim())] as const] : [])),
  );
}

/**
 * The page with each slot holding the page its target starts on; a target missing from `pages`
 * gets an empty slot, so the page never shows a number it does not know.
 */
export function withContentsPages(html: string, pages: ReadonlyMap<string, number>): string {
  return html.replace(SLOT, (_, open: string, id: string, _old: string, close: string) => `${open}${pages.get(id) ?? ''}${close}`);
}

/** The targets whose number in the contents differs from the page they are found on, as "id: shown → found". */
export function contentsMismatches(shown: ReadonlyMap<string, number>, found: ReadonlyMap<string, number>): string[] {
  return [...shown].flatMap(([id, page]) => (found.get(id) === page ? [] : [`${id}: ${page} → ${found.get(id) ?? 'not found'}`]));
}
