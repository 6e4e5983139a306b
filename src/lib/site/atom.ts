/**
 * An Atom feed (RFC 4287) as a string: the corrections log as /changes.xml, so that a journalist
 * who cited a page learns when it changed. Pure: the caller gives absolute addresses and dates.
 */

interface AtomEntry {
  /** A permanent, absolute IRI: the entry's address on /changes/. */
  id: string;
  title: string;
  /** `YYYY-MM-DD`: the day it changed. */
  updated: string;
  /** The absolute address of the section it is about. */
  link: string;
  /** Plain text: what the page said and says now. */
  content: string;
}

export interface AtomFeed {
  /** A permanent, absolute IRI: the feed's own address. */
  id: string;
  title: string;
  subtitle: string;
  /** The feed's address (rel="self") and the page it mirrors (rel="alternate"). */
  self: string;
  alternate: string;
  author: string;
  /** BCP 47 language of the text. */
  lang: string;
  /** Newest first. */
  entries: readonly AtomEntry[];
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

function escape(text: string): string {
  return text.replace(/[&<>"]/g, (c) => ESCAPES[c]!);
}

/** A day as an RFC 3339 timestamp, midnight UTC: what Atom's date elements require. */
function timestamp(day: string): string {
  return `${day}T00:00:00Z`;
}

/** The feed as an XML document; its `updated` is its newest entry's. */
export function atomFeed(feed: AtomFeed): string {
  const updated = feed.entries.reduce((latest, e) => (e.updated > latest ? e.updated : latest), '1970-01-01');
  const entries = feed.entries.map((e) =>
    [
      '  <entry>',
      `    <id>${escape(e.id)}</id>`,
      `    <title>${escape(e.title)}</title>`,
      `    <updated>${timestamp(e.updated)}</updated>`,
      `    <link rel="alternate" type="text/html" href="${escape(e.link)}"/>`,
      `    <content type="text">${escape(e.content)}</content>`,
      '  </entry>',
    ].join('\n'),
  );
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${escape(feed.lang)}">`,
    `  <id>${escape(feed.id)}</id>`,
    `  <title>${escape(feed.title)}</title>`,
    `  <subtitle>${escape(feed.subtitle)}</subtitle>`,
    `  <updated>${timestamp(updated)}</updated>`,
    `  <link rel="self" type="application/atom+xml" href="${escape(feed.self)}"/>`,
    `  <link rel="alternate" type="text/html" href="${escape(feed.alternate)}"/>`,
    `  <author><name>${escape(feed.author)}</name></author>`,
    ...entries,
    '</feed>',
    '',
  ].join('\n');
}
