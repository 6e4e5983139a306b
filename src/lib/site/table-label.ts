/**
 * The accessible name of a table's scroll region: the table's caption if it has one, otherwise
 * its column headings ("Table: Length, Agreed part, Who says so, Source"), so a screen-reader
 * user landing on the scrollable box hears what it holds. Pure: takes the table's inner HTML.
 */
const text = (html: string) =>
  html
    .replace(/<[^>]*>/g, '')
    .replace(/&amp;/g, '&')
    .replace(/&#(?:39|x27);|&apos;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&[a-z#0-9]+;/gi, ' ')
    .replace(/\s+/g, ' ')
    .trim();

export function tableName(innerHtml: string): string | undefined {
  const caption = /<caption\b[^>]*>([\s\S]*?)<\/caption>/.exec(innerHtml);
  if (caption?.[1] && text(caption[1])) return text(caption[1]);
  const head = /<thead\b[^>]*>([\s\S]*?)<\/thead>/.exec(innerHtml)?.[1] ?? '';
  const columns = [...head.matchAll(/<th\b[^>]*>([\s\S]*?)<\/th>/g)].map((m) => text(m[1] ?? '')).filter(Boolean);
  return columns.length > 0 ? `Table: ${columns.join(', ')}` : undefined;
}
