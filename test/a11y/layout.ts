/** Layout checks for reflow and text zoom: what a reader would see as sideways scrolling, cut-off text or overlap. */
import {deepElements} from '../shared/dom.js';
import {LIBRARY_TAGS, expectNoProblems, libraryElements} from '../shared/elements.js';
import {describeElement} from './helpers.js';

const TOLERANCE = 1;

/**
 * Shown on screen: rendered, not `visibility: hidden`, not in a closed `<details>`, not the hidden-but-spoken
 * text (the class, or its clip-path where a rule hides something only in one layout or until it has the focus).
 */
export function isShown(el: Element): boolean {
  if (!el.checkVisibility({contentVisibilityAuto: true, visibilityProperty: true})) return false;
  for (let at: Element | null = el; at; at = at.parentElement ?? ((at.getRootNode() as ShadowRoot).host ?? null)) {
    if (at.classList.contains('visually-hidden') || getComputedStyle(at).clipPath === 'inset(50%)') return false;
  }
  const rect = el.getBoundingClientRect();
  return rect.width > 0 && rect.height > 0;
}

/**
 * The box of the element that scrolls `el` sideways, if any: a grid or a data table may scroll in its own
 * box (two-dimensional content, WCAG 1.4.10's exception), as long as a key reaches it.
 */
const scrollerOf = (el: Element) => {
  for (let at: Element | null = el.parentElement ?? ((el.getRootNode() as ShadowRoot).host ?? null); at;
    at = at.parentElement ?? ((at.getRootNode() as ShadowRoot).host ?? null)) {
    if ((LIBRARY_TAGS as readonly string[]).includes(at.localName)) return undefined;
    if (isScroller(at)) return at;
  }
  return undefined;
};
const isScroller = (el: Element) => ['auto', 'scroll'].includes(getComputedStyle(el).overflowX);

/**
 * Problems a reader would see in `block`:
 * - the page, the block or an element of the library scrolls sideways;
 * - anything of an element sticks out of the element's box (except inside a box that scrolls it sideways);
 * - text is cut off by a box that hides its overflow;
 * - a sideways scroller cannot be reached from the keyboard.
 */
export function reflowProblems(block: HTMLElement): string[] {
  const problems: string[] = [];
  const page = document.documentElement;
  if (page.scrollWidth > page.clientWidth + TOLERANCE) problems.push(`the page scrolls sideways: ${page.scrollWidth}px in a ${page.clientWidth}px window`);
  if (block.scrollWidth > block.clientWidth + TOLERANCE) problems.push(`the block scrolls sideways: ${block.scrollWidth}px in ${block.clientWidth}px`);
  for (const host of libraryElements(block)) {
    if (!isShown(host)) continue;
    if (host.scrollWidth > host.clientWidth + TOLERANCE) {
      problems.push(`<${host.localName}> scrolls sideways: scrollWidth ${host.scrollWidth} > clientWidth ${host.clientWidth}`);
    }
    const box = host.getBoundingClientRect();
    for (const el of deepElements(host.shadowRoot!)) {
      if (el.getRootNode() !== host.shadowRoot || !isShown(el)) continue;
      const scroller = scrollerOf(el);
      const rect = el.getBoundingClientRect();
      if (!scroller && (rect.left < box.left - TOLERANCE || rect.right > box.right + TOLERANCE)) {
        problems.push(`${describeElement(el)} sticks out of <${host.localName}>: ${Math.round(rect.left)}–${Math.round(rect.right)} outside ${Math.round(box.left)}–${Math.round(box.right)}`);
      }
      const style = getComputedStyle(el);
      const clips = style.overflowX === 'hidden' || style.overflowX === 'clip';
      if (clips && el.scrollWidth > el.clientWidth + TOLERANCE) {
        problems.push(`${describeElement(el)} cuts off its text: scrollWidth ${el.scrollWidth} > clientWidth ${el.clientWidth}`);
      }
      if (isScroller(el) && el.scrollWidth > el.clientWidth + TOLERANCE) {
        const reachable = el.matches('[tabindex="0"]') || el.querySelector('[tabindex="0"], button, a[href], input');
        if (!reachable) problems.push(`${describeElement(el)} scrolls sideways but no key reaches it`);
      }
    }
  }
  return problems;
}

/** The controls a reader uses, shown, in `host`'s shadow root. */
export const controlsOf = (host: Element) =>
  deepElements(host.shadowRoot!).filter((el) => el.getRootNode() === host.shadowRoot &&
    el.matches('button, input, summary, a[href], [tabindex="0"], [role="gridcell"], label, legend') && isShown(el));

/** Controls that sit on top of each other, or outside their element's box (beyond its sideways scroller). */
export function overlapProblems(host: Element): string[] {
  const problems: string[] = [];
  const controls = controlsOf(host);
  const box = host.getBoundingClientRect();
  const rects = controls.map((el) => el.getBoundingClientRect());
  for (let i = 0; i < controls.length; i++) {
    const a = rects[i];
    if (!scrollerOf(controls[i]) && (a.left < box.left - TOLERANCE || a.right > box.right + TOLERANCE || a.top < box.top - TOLERANCE || a.bottom > box.bottom + TOLERANCE)) {
      problems.push(`${describeElement(controls[i])} is not inside <${host.localName}>`);
    }
    for (let j = i + 1; j < controls.length; j++) {
      if (controls[i].contains(controls[j]) || controls[j].contains(controls[i])) continue;
      const b = rects[j];
      const x = Math.min(a.right, b.right) - Math.max(a.left, b.left);
      const y = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
      if (x > TOLERANCE && y > TOLERANCE) problems.push(`${describeElement(controls[i])} overlaps ${describeElement(controls[j])}`);
    }
  }
  return problems;
}

/** Reflow and overlap problems of a block and of every element in it. */
export function expectCleanLayout(block: HTMLElement): void {
  expectNoProblems(reflowProblems(block), 'reflow');
  for (const host of libraryElements(block)) {
    if (host.shadowRoot && host.localName !== 'factor-landscape') expectNoProblems(overlapProblems(host), `<${host.localName}> controls`);
  }
}
