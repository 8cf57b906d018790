// embed.js, for the page around the iframes: `<script src="…/embed.js" async></script>` once in a site
// template makes every iframe of embed.html take the height its page reports, so the frame neither
// scrolls inside nor leaves a gap. Messages count only from the frames it sizes.
import {HEIGHT_REQUEST, VIEWPORT_MESSAGE, requestedHeight, setFrameHeight} from './height-messages.js';

/** The iframe's page address, or undefined for a frame without one. */
function pageOf(frame: HTMLIFrameElement): URL | undefined {
  try {
    return frame.src ? new URL(frame.src, document.baseURI) : undefined;
  } catch {
    return undefined;
  }
}

/** embed.html, or a page written for one choice (`embed/inhiberend/werkgever.html`). */
const EMBED_PAGE = /\/embed\.html$|\/embed\/[a-z]+\/[a-z]+\.html$/;
const isEmbedPage = (frame: HTMLIFrameElement) => EMBED_PAGE.test(pageOf(frame)?.pathname ?? '');
const embedFrames = () => [...document.getElementsByTagName('iframe')].filter(isEmbedPage);

/** A frame's page has the origin of its address; a sandbox without `allow-same-origin` makes that "null". */
const originOf = (frame: HTMLIFrameElement) =>
  (frame.hasAttribute('sandbox') && !frame.sandbox.contains('allow-same-origin') ? 'null' : pageOf(frame)?.origin);

function sizeFrame(event: MessageEvent): void {
  const height = requestedHeight(event.data);
  if (height === undefined) return;
  const frame = embedFrames().find((candidate) => candidate.contentWindow === event.source);
  if (!frame || event.origin !== originOf(frame)) return;
  setFrameHeight(frame, height);
  tellWhatTheReaderSees();
}

let scheduled = false;

/** Tells each frame which part of it is on the reader's screen (once per frame of the browser, while scrolling). */
function tellWhatTheReaderSees(): void {
  if (scheduled) return;
  scheduled = true;
  requestAnimationFrame(() => {
    scheduled = false;
    for (const frame of embedFrames()) {
      const inside = frame.getBoundingClientRect().top + frame.clientTop;
      const top = Math.max(0, -inside);
      const bottom = Math.min(frame.clientHeight, window.innerHeight - inside);
      // Only to the embed page itself: where the reader has scrolled is nobody else's business.
      const origin = originOf(frame);
      if (origin) frame.contentWindow?.postMessage({type: VIEWPORT_MESSAGE, top, height: Math.max(0, bottom - top)}, origin === 'null' ? '*' : origin);
    }
  });
}

// Two CMS blocks that each bring this script: the second one does nothing.
const LOADED = Symbol.for('scholingsfactoren.embed.js');
const registry = window as unknown as Record<symbol, boolean>;
if (!registry[LOADED]) {
  registry[LOADED] = true;
  window.addEventListener('message', sizeFrame);
  // Capture: a scroll of any box on the page may move a frame.
  window.addEventListener('scroll', tellWhatTheReaderSees, {capture: true, passive: true});
  window.addEventListener('resize', tellWhatTheReaderSees, {passive: true});
  // Frames that reported before this async script ran would keep the snippet's height: ask them again.
  // The request carries nothing, so any origin may read it (a sandboxed frame's is "null").
  for (const frame of embedFrames()) frame.contentWindow?.postMessage({type: HEIGHT_REQUEST}, '*');
}
