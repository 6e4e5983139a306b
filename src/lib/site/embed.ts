/**
 * A figure embedded on another site: the `<iframe>` snippet its page offers, and the few lines a
 * host page may add so that the frame takes the height the figure reports. Pure, so the snippet
 * the page prints and the messages the frame sends are tested without a browser.
 */

/** The `type` of the message a figure's frame posts with its height; nothing else is posted. */
export const HEIGHT_MESSAGE = 'kg-tj-figure-height';

/**
 * What the frame may do: run the figure's scripts (its details and tooltips), keep its own origin
 * (so that the host can check where a height message comes from; the frame is on another origin
 * than the host, so this gives it nothing of the host's), and open its links, sources and credit
 * in a new tab that is not sandboxed.
 */
export const EMBED_SANDBOX = 'allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox';

/** The host's page learns the site's origin from the frame's requests, never which page embeds it beyond that. */
const EMBED_REFERRER_POLICY = 'strict-origin-when-cross-origin';

export interface EmbedOptions {
  /** The absolute address of the figure's embed page. */
  src: string;
  /** The frame's accessible name: the figure's name and what it shows. */
  title: string;
  /** The figure's width and height as shown (any unit): the frame keeps this ratio with no script. */
  width: number;
  height: number;
}

function attribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

/**
 * The shape of the frame with no script on the host page: 4:5, about a chart and its caption in
 * a column. The figure's page and its oEmbed response offer the same snippet.
 */
export const NO_SCRIPT_FRAME = { width: 4, height: 5 } as const;

/** The `<iframe>`: full width of the host's column, its height from the figure's aspect ratio. */
export function embedFrame({ src, title, width, height }: EmbedOptions): string {
  if (!(width > 0 && height > 0)) throw new Error(`an embedded figure needs a positive width and height, not ${width}×${height}`);
  const ratio = `${Math.round(width)} / ${Math.round(height)}`;
  return [
    `<iframe src="${attribute(src)}" title="${attribute(title)}" loading="lazy"`,
    ` sandbox="${EMBED_SANDBOX}" referrerpolicy="${EMBED_REFERRER_POLICY}"`,
    ` style="width: 100%; aspect-ratio: ${ratio}; border: 0"></iframe>`,
  ].join('');
}

/**
 * The optional script for the host page: it takes a height only from a frame showing the site
 * (`origin`, checked) that is one of the page's own frames, and only a whole number of pixels.
 */
export function hostScript(origin: string): string {
  if (!/^https?:\/\/[^/]+$/.test(origin)) throw new Error(`the site's origin must be scheme and host only, not "${origin}"`);
  return [
    '<script>',
    'addEventListener("message", function (event) {',
    `  if (event.origin !== "${origin}" || !event.data || event.data.type !== "${HEIGHT_MESSAGE}") return;`,
    '  var height = Math.ceil(Number(event.data.height));',
    '  if (!(height > 0)) return;',
    '  document.querySelectorAll("iframe").forEach(function (frame) {',
    '    if (frame.contentWindow === event.source) { frame.style.aspectRatio = "auto"; frame.style.height = height + "px"; }',
    '  });',
    '});',
    '</script>',
  ].join('\n');
}

/**
 * Where the frame may send its height: the origin of the page that frames it, from the browser's
 * list of ancestors or, where there is none, the referrer; undefined when neither says, and the
 * frame then posts nothing rather than to any origin.
 */
export function hostOrigin(ancestorOrigins: readonly string[] | undefined, referrer: string): string | undefined {
  const first = ancestorOrigins?.[0];
  if (first && first !== 'null') return first;
  if (!referrer) return undefined;
  try {
    const origin = new URL(referrer).origin;
    return origin === 'null' ? undefined : origin;
  } catch {
    return undefined;
  }
}

/** The width an oEmbed consumer is told the frame takes: a usual article column; the height keeps NO_SCRIPT_FRAME's shape. */
const OEMBED_WIDTH = 640;

export interface OembedResponse {
  version: '1.0';
  type: 'rich';
  title: string;
  provider_name: string;
  provider_url?: string;
  html: string;
  width: number;
  height: number;
}

/**
 * A figure's oEmbed 1.0 response (oembed.com, type "rich"): the same `<iframe>` snippet its page
 * offers, at a column's width in the frame's no-script shape. `providerUrl` is left out when the
 * site's address is not known, since oEmbed wants it absolute.
 */
export function figureOembed(options: {
  title: string;
  providerName: string;
  providerUrl?: string | undefined;
  frame: EmbedOptions;
}): OembedResponse {
  const width = OEMBED_WIDTH;
  const height = Math.round((OEMBED_WIDTH * NO_SCRIPT_FRAME.height) / NO_SCRIPT_FRAME.width);
  return {
    version: '1.0',
    type: 'rich',
    title: options.title,
    provider_name: options.providerName,
    ...(options.providerUrl ? { provider_url: options.providerUrl } : {}),
    html: embedFrame(options.frame),
    width,
    height,
  };
}
