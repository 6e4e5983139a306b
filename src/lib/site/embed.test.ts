import { describe, expect, it } from 'vitest';
import { EMBED_SANDBOX, HEIGHT_MESSAGE, NO_SCRIPT_FRAME, embedFrame, figureOembed, hostOrigin, hostScript } from './embed';

describe('embedFrame', () => {
  const frame = embedFrame({
    src: 'https://example.org/figures/figure-map/embed/',
    title: 'Figure 1: the “border” & <map>',
    width: 800.4,
    height: 611.6,
  });

  it('is a lazy, sandboxed frame with a title and a referrer policy', () => {
    expect(frame).toMatch(/^<iframe src="https:\/\/example\.org\/figures\/figure-map\/embed\/" /);
    expect(frame).toContain('title="Figure 1: the “border” &amp; &lt;map>"');
    expect(frame).toContain('loading="lazy"');
    expect(frame).toContain(`sandbox="${EMBED_SANDBOX}"`);
    expect(frame).toContain('referrerpolicy="strict-origin-when-cross-origin"');
  });

  it('keeps the figure’s aspect ratio at the host’s full width, so it needs no script', () => {
    expect(frame).toContain('style="width: 100%; aspect-ratio: 800 / 612; border: 0"');
  });

  it('refuses a figure without a size', () => {
    expect(() => embedFrame({ src: 'https://example.org/', title: 't', width: 0, height: 10 })).toThrow(/positive width and height/);
  });
});

describe('hostScript', () => {
  it('takes heights only from the site’s origin and only its own message', () => {
    const script = hostScript('https://example.org');
    expect(script).toContain('event.origin !== "https://example.org"');
    expect(script).toContain(`event.data.type !== "${HEIGHT_MESSAGE}"`);
    expect(script).toContain('frame.contentWindow === event.source');
  });

  it('refuses an origin with a path', () => {
    expect(() => hostScript('https://example.org/sub/')).toThrow(/scheme and host only/);
  });
});

describe('hostOrigin', () => {
  it('prefers the browser’s list of ancestors, then the referrer’s origin', () => {
    expect(hostOrigin(['https://news.example'], 'https://other.example/a')).toBe('https://news.example');
    expect(hostOrigin(undefined, 'https://news.example/story?id=1')).toBe('https://news.example');
  });

  it('gives nothing to post to when neither says, or the host has no origin', () => {
    expect(hostOrigin(undefined, '')).toBeUndefined();
    expect(hostOrigin(['null'], '')).toBeUndefined();
    expect(hostOrigin([], 'not a url')).toBeUndefined();
  });
});

describe('figureOembed', () => {
  const frame = { src: 'https://example.org/figures/figure-map/embed/', title: 'Figure 1, from “The site”', ...NO_SCRIPT_FRAME };

  it('is an oEmbed 1.0 rich response whose html is the snippet the figure’s page offers', () => {
    const response = figureOembed({ title: 'Figure 1', providerName: 'The site', providerUrl: 'https://example.org/', frame });
    expect(response).toEqual({
      version: '1.0',
      type: 'rich',
      title: 'Figure 1',
      provider_name: 'The site',
      provider_url: 'https://example.org/',
      html: embedFrame(frame),
      width: 640,
      height: 800,
    });
  });
  it('gives a width and height in the frame’s no-script shape', () => {
    const { width, height } = figureOembed({ title: 'F', providerName: 'S', frame });
    expect(width / height).toBe(NO_SCRIPT_FRAME.width / NO_SCRIPT_FRAME.height);
  });
  it('leaves provider_url out when the site’s address is not known', () => {
    expect(figureOembed({ title: 'F', providerName: 'S', providerUrl: undefined, frame })).not.toHaveProperty('provider_url');
  });
});
