/**
 * The sources a printed page shows numbers for: read from the page's rendered text, the links
 * of its citations and figure source lines (`…#source-<id>`), leaving out what is not printed
 * (elements marked `data-off-paper`: figures' data tables, reference tables). A chapter's own
 * source list, at its end on paper, is made from this, so it lists exactly the numbers a reader
 * of the paper meets. Pure: HTML in, ids out.
 */

/** The attribute that marks an element left off paper (print.css hides it). */
const OFF_PAPER = 'data-off-paper';

/** The HTML with every element marked `data-off-paper` removed, nested ones included. */
export function withoutOffPaper(html: string): string {
  let out = '';
  let from = 0;
  const opening = new RegExp(`<([a-z][a-z0-9-]*)\\b[^>]*\\s${OFF_PAPER}(?=[\\s=>/])[^>]*>`, 'gi');
  for (let match = opening.exec(html); match; match = opening.exec(html)) {
    out += html.slice(from, match.index);
    const tag = match[1]!.toLowerCase();
    const tags = new RegExp(`<(/?)${tag}\\b[^>]*>`, 'gi');
    tags.lastIndex = match.index + match[0].length;
    let depth = 1;
    let end = html.length;
    for (let t = tags.exec(html); t; t = tags.exec(html)) {
      depth += t[1] ? -1 : 1;
      if (depth === 0) {
        end = t.index + t[0].length;
        break;
      }
    }
    from = end;
    opening.lastIndex = end;
  }
  return out + html.slice(from);
}

/** The ids of the sources the HTML links to, in order of first link. */
export function linkedSourceIds(html: string): string[] {
  const ids = new Set<string>();
  for (const [, id] of html.matchAll(/href="[^"]*#source-([^"]+)"/g)) ids.add(decodeURIComponent(id!));
  return [...ids];
}

/** The ids of the sources the printed part of the HTML links to, in order of first link. */
export function printedSourceIds(html: string): string[] {
  return linkedSourceIds(withoutOffPaper(html));
}

/**
 * The `value` each item of a numbered list must carry to show its own number: none where the
 * browser's count already gives it. Items left off paper are not displayed in print, so the
 * browser does not count them there: they always carry their number and do not advance the count.
 */
export function listItemValues(items: readonly { number: number; offPaper: boolean }[]): (number | undefined)[] {
  let counted = 0;
  return items.map(({ number, offPaper }) => {
    if (offPaper) return number;
    const value = number === counted + 1 ? undefined : number;
    counted = number;
    return value;
  });
}
