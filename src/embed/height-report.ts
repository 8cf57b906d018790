import {HEIGHT_MESSAGE, HEIGHT_REQUEST} from './height-messages.js';

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
