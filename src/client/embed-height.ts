/**
 * A figure shown in a frame on another site tells the page that frames it how tall it is, each
 * time that changes (a disclosure opened, the frame resized), so the host's optional script
 * (lib/site/embed.ts hostScript) can fit the frame to it. It posts only to the framing page's
 * origin, never to any; outside a frame, or when the host's origin is unknown, it posts nothing.
 */
import { HEIGHT_MESSAGE, hostOrigin } from '../lib/site/embed';

const target =
  window.parent !== window
    ? hostOrigin(location.ancestorOrigins ? [...location.ancestorOrigins] : undefined, document.referrer)
    : undefined;
if (target) {
  let sent = 0;
  const post = () => {
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height === sent) return;
    sent = height;
    window.parent.postMessage({ type: HEIGHT_MESSAGE, height }, target);
  };
  new ResizeObserver(post).observe(document.documentElement);
}
