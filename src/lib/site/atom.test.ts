import { describe, expect, it } from 'vitest';
import { atomFeed } from './atom';

const feed = {
  id: 'https://example.org/changes.xml',
  title: 'Changes & corrections',
  subtitle: 'Every correction',
  self: 'https://example.org/changes.xml',
  alternate: 'https://example.org/changes/',
  author: 'The explainer',
  lang: 'en-GB',
  entries: [
    {
      id: 'https://example.org/changes/#correction-m2',
      title: 'Correction: <In brief> (2022 clashes)',
      updated: '2026-12-06',
      link: 'https://example.org/clashes-2022/#brief-2022',
      content: 'It said: "24 dead". It now says: "2 dead & 55 wounded".',
    },
    {
      id: 'https://example.org/changes/#correction-x',
      title: 'New page: Chronology',
      updated: '2026-12-01',
      link: 'https://example.org/chronology/',
      content: 'Added: a page.',
    },
  ],
};

describe('atomFeed', () => {
  const xml = atomFeed(feed);
  it('writes the elements Atom requires of a feed and of each entry', () => {
    for (const element of [
      '<id>https://example.org/changes.xml</id>',
      '<title>Changes &amp; corrections</title>',
      '<author><name>The explainer</name></author>',
    ])
      expect(xml).toContain(element);
    expect(xml.match(/<entry>/g)).toHaveLength(2);
    expect(xml.match(/<entry>[\s\S]*?<id>[\s\S]*?<title>[\s\S]*?<updated>[\s\S]*?<\/entry>/g)).toHaveLength(2);
  });
  it('dates the feed by its newest entry, in RFC 3339', () => {
    expect(xml).toContain('<updated>2026-12-06T00:00:00Z</updated>\n  <link rel="self"');
    expect(xml).toContain('<updated>2026-12-01T00:00:00Z</updated>');
  });
  it('escapes what XML would read as markup', () => {
    expect(xml).toContain('<title>Correction: &lt;In brief&gt; (2022 clashes)</title>');
    expect(xml).toContain('It said: &quot;24 dead&quot;. It now says: &quot;2 dead &amp; 55 wounded&quot;.');
  });
});
