/**
 * Loads an element's code once its tag is on the page, so a page downloads only the elements it shows.
 * One MutationObserver serves every tag: it looks only at the nodes that were added, and searches them
 * as the observer hands them over, together at the end of the task that added them. Not once per
 * animation frame: a hidden tab, and in WebKit a frame below the fold, renders no frames, and its
 * elements would never load. A shadow root is searched and watched too once it is passed to
 * {@link observe} (the document is watched from the first `lazyDefine`). When every tag has loaded,
 * the observer stops: the CDN build defines all its lazy tags at once.
 *
 * While an element's chunk loads, the elements below it in the page wait to be defined (define.ts), and
 * keep the room the stylesheet line gives them: the table, which needs no chunk, would otherwise be drawn
 * first and pushed down when a filter or a card above it arrives (a layout shift of 0.84 for a card above
 * a table). So everything from the top of the page down to the last element that waits appears in one frame.
 */
import {holdDefinitions, releaseDefinitions} from './elements/define.js';

type Root = Document | ShadowRoot | Element;

/** A chunk that takes longer than this no longer holds back the elements below it. */
const LONGEST_HOLD_MS = 3000;

const waiting = new Map<string, () => Promise<unknown>>();
/** The tags whose chunk is loading. */
const loading = new Set<string>();
let observer: MutationObserver | undefined;

/** Whether an element of a tag that is loading stands above (or around) the last `tagName` in the document. */
holdDefinitions((tagName) => {
  const own = document.getElementsByTagName(tagName);
  const last = own[own.length - 1];
  return !!last && [...loading].some((tag) => tag !== tagName
    && !!((document.getElementsByTagName(tag)[0]?.compareDocumentPosition(last) ?? 0) & Node.DOCUMENT_POSITION_FOLLOWING));
});

function loaded(tagName: string): void {
  if (loading.delete(tagName)) releaseDefinitions();
}

function load(tagName: string): void {
  const loader = waiting.get(tagName);
  if (!loader) return;
  waiting.delete(tagName);
  loading.add(tagName);
  setTimeout(() => loaded(tagName), LONGEST_HOLD_MS);
  loader()
    .catch((error: unknown) => console.error(`scholingsfactoren: <${tagName}> kon niet worden geladen`, error))
    .finally(() => loaded(tagName));
  // Nothing left to wait for: stop watching the page.
  if (waiting.size === 0) {
    observer?.disconnect();
    observer = undefined;
  }
}

function search(root: Root): void {
  for (const tagName of [...waiting.keys()]) {
    if ((root instanceof Element && root.localName === tagName) || root.querySelector(tagName)) load(tagName);
  }
}

/** Runs `loader` once, when an element `tagName` is in the document or in an observed shadow root. */
export function lazyDefine(tagName: string, loader: () => Promise<unknown>): void {
  if (customElements.get(tagName)) return;
  waiting.set(tagName, loader);
  observe(document);
}

/** Searches `root` now and watches what is added to it, e.g. the shadow root of a component of the page. */
export function observe(root: Document | ShadowRoot): void {
  if (waiting.size === 0) return;
  observer ??= new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) if (node instanceof Element && waiting.size > 0) search(node);
    }
  });
  observer.observe(root, {childList: true, subtree: true});
  search(root);
}
