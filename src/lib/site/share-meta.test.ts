import { describe, expect, it } from 'vitest';
import { ogLocale, robotsTxt, shareMetaTags, type MetaTag, type ShareMetaInput } from './share-meta';

const input: ShareMetaInput = {
  title: 'The September 2022 clashes',
  description: 'How the fighting unfolded.',
  url: 'https://example.org/sub/clashes-2022/',
  type: 'article',
  siteName: 'The Kyrgyz–Tajik border conflict',
  locale: 'en-GB',
  image: { url: 'https://example.org/sub/og/clashes-2022.png', width: 1200, height: 630, alt: 'Title card' },
  modified: new Date('2026-11-27T00:00:00Z'),
};

function content(tags: MetaTag[], key: string): string | undefined {
  return tags.find((tag) => ('property' in tag ? tag.property : tag.name) === key)?.content;
}

describe('ogLocale', () => {
  it('writes a language tag the way Open Graph spells locales', () => {
    expect(ogLocale('en-GB')).toBe('en_GB');
    expect(ogLocale('ru')).toBe('ru');
    expect(ogLocale('ru-kg')).toBe('ru_KG');
  });
});

describe('shareMetaTags', () => {
  const tags = shareMetaTags(input);

  it('gives Open Graph everything a link preview needs', () => {
    expect(content(tags, 'og:type')).toBe('article');
    expect(content(tags, 'og:site_name')).toBe('The Kyrgyz–Tajik border conflict');
    expect(content(tags, 'og:locale')).toBe('en_GB');
    expect(content(tags, 'og:title')).toBe('The September 2022 clashes');
    expect(content(tags, 'og:description')).toBe('How the fighting unfolded.');
    expect(content(tags, 'og:url')).toBe('https://example.org/sub/clashes-2022/');
    expect(content(tags, 'og:image')).toBe('https://example.org/sub/og/clashes-2022.png');
    expect(content(tags, 'og:image:width')).toBe('1200');
    expect(content(tags, 'og:image:height')).toBe('630');
    expect(content(tags, 'og:image:alt')).toBe('Title card');
    expect(content(tags, 'article:modified_time')).toBe('2026-11-27T00:00:00.000Z');
  });
  it('asks for the large-image Twitter card with the same words and picture', () => {
    expect(content(tags, 'twitter:card')).toBe('summary_large_image');
    expect(content(tags, 'twitter:title')).toBe(input.title);
    expect(content(tags, 'twitter:description')).toBe(input.description);
    expect(content(tags, 'twitter:image')).toBe(input.image.url);
    expect(content(tags, 'twitter:image:alt')).toBe('Title card');
  });
  it('uses property for Open Graph tags and name for Twitter’s', () => {
    expect(tags.length).toBeGreaterThan(0);
    for (const tag of tags) {
      const key = 'property' in tag ? tag.property : tag.name;
      expect('property' in tag).toBe(!key.startsWith('twitter:'));
    }
  });
  it('leaves out og:url when the page has no address of its own, and the modified time on a website page', () => {
    const { url: _url, ...rest } = input;
    const notFound = shareMetaTags({ ...rest, type: 'website' });
    expect(content(notFound, 'og:url')).toBeUndefined();
    expect(content(notFound, 'article:modified_time')).toBeUndefined();
    expect(content(notFound, 'og:image')).toBe(input.image.url);
  });
  it('refuses relative URLs, which link previews cannot follow', () => {
    expect(() => shareMetaTags({ ...input, url: '/clashes-2022/' })).toThrow(/absolute page URL/);
    expect(() => shareMetaTags({ ...input, image: { ...input.image, url: 'og/x.png' } })).toThrow(/absolute image URL/);
  });
});

describe('robotsTxt', () => {
  it('lets every crawler in and names the sitemap', () => {
    expect(robotsTxt('https://example.org/sub/sitemap-index.xml')).toBe(
      'User-agent: *\nAllow: /\n\nSitemap: https://example.org/sub/sitemap-index.xml\n',
    );
  });
  it('names no sitemap without an absolute address for it', () => {
    expect(robotsTxt()).not.toMatch(/Sitemap/);
    expect(() => robotsTxt('/sitemap-index.xml')).toThrow(/absolute/);
  });
});
