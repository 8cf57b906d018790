import {HEIGHT_MESSAGE, HEIGHT_REQUEST, seenPart} from './height-messages.js';

/**
 * Tells the page around this frame how tall this page is: now, on every change of its size (a filter,
 * a sort, a card that opens, a narrower window) and whenever the parent asks. A ResizeObserver on the
 * root element sees every one of those, with no timer.
 */
export function reportHeightToParent(): void {
  if (window.parent === window) return;
  let reported = -1;
  const report = (always: boolean) => {
    // The root element is as tall as its content (the stylesheet gives it no height of its own).
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height === reported && !always) return;
    reported = height;
    window.parent.postMessage({type: HEIGHT_MESSAGE, height}, '*');
  };
  new ResizeObserver(() => report(false)).observe(document.documentElement);
  window.addEventListener('message', (event) => {
    if (event.source === window.parent && (event.data as {type?: unknown} | null)?.type === HEIGHT_REQUEST) report(true);
  });
}

/**
 * Keeps `--sf-seen-top` and `--sf-seen-height` on the root element at the part of this frame the reader
 * sees, as embed.js reports it (class `sf-seen-known` once it has): embed.css opens dialogs there. Without
 * embed.js the frame has a height of its own and scrolls inside, and dialogs are centred in it as usual.
 */
export function followWhatTheReaderSees(): void {
  const root = document.documentElement;
  window.addEventListener('message', (event) => {
    const seen = event.source === window.parent ? seenPart(event.data) : undefined;
    if (!seen) return;
    root.style.setProperty('--sf-seen-top', `${seen.top}px`);
    root.style.setProperty('--sf-seen-height', `${seen.height}px`);
    root.classList.add('sf-seen-known');
  });
}
