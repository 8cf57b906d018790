/** What the accessibility tests do as a keyboard user: where the focus is, whether it shows, walking with Tab. */
import {expect} from '@open-wc/testing';
import {press} from '../shared/commands.js';
// Every element, as `import 'scholingsfactoren'` registers them.
import '../../src/index.js';

/** The focused element, followed into shadow roots: what a keyboard user is on. */
export function deepActiveElement(): Element | null {
  let active: Element | null = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active === document.body ? null : active;
}

/** A short description of an element for assertion messages. */
export function describeElement(el: Element | null): string {
  if (!el) return '(nothing: focus is on the page itself)';
  const host = (el.getRootNode() as ShadowRoot).host;
  const label = el.getAttribute('aria-label') ?? el.textContent?.replace(/\s+/g, ' ').trim().slice(0, 40) ?? '';
  const classes = el.getAttribute('class') ? `.${el.getAttribute('class')!.trim().split(/\s+/).join('.')}` : '';
  return `${host ? `<${host.localName}> ` : ''}<${el.localName}${classes}> "${label}"`;
}

const isTransparent = (color: string) => color === 'transparent' || /rgba\(.*,\s*0\)$/.test(color);

/**
 * How the focused element shows its focus: an outline of at least 2 px that is not transparent (or the
 * browser's own `auto` ring), or a box-shadow ring whose colour is not transparent and not the element's
 * background.
 */
export function focusIndicator(el: Element): {visible: boolean; how: string} {
  const style = getComputedStyle(el);
  const outlineWidth = parseFloat(style.outlineWidth);
  // `auto` is the browser's own two-colour focus ring.
  if (style.outlineStyle === 'auto' || (style.outlineStyle !== 'none' && outlineWidth >= 2 && !isTransparent(style.outlineColor))) {
    return {visible: true, how: `outline ${style.outlineWidth} ${style.outlineStyle} ${style.outlineColor}`};
  }
  const shadow = style.boxShadow;
  if (shadow !== 'none') {
    const colors = shadow.match(/rgba?\([^)]*\)/g) ?? [];
    const background = style.backgroundColor;
    const ring = colors.some((color) => !isTransparent(color) && color !== background);
    if (ring) return {visible: true, how: `box-shadow ${shadow}`};
  }
  return {visible: false, how: `outline: ${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor}; box-shadow: ${shadow}`};
}

/** The focused element shows that it has focus, as `:focus-visible` does after a key press. */
export function expectFocusVisible(el: Element | null, when = ''): void {
  expect(el, `${when} something has focus`).not.to.equal(null);
  expect(el!.matches(':focus-visible'), `${when} ${describeElement(el)} matches :focus-visible`).to.equal(true);
  const indicator = focusIndicator(el!);
  expect(indicator.visible, `${when} ${describeElement(el)} shows its focus (${indicator.how})`).to.equal(true);
}

/**
 * Presses Tab (or Shift+Tab) until `done` says yes, at most `limit` times, and checks on the way that
 * every element that gets the focus shows it. Returns the elements passed, the last one included.
 */
export async function tabUntil(done: (el: Element | null) => boolean, {limit = 20, backwards = false} = {}): Promise<Element[]> {
  const passed: Element[] = [];
  for (let i = 0; i < limit; i++) {
    await press(backwards ? 'Shift+Tab' : 'Tab');
    const el = deepActiveElement();
    if (el) {
      passed.push(el);
      expectFocusVisible(el, `after ${i + 1} × ${backwards ? 'Shift+Tab' : 'Tab'}:`);
    }
    if (done(el)) return passed;
  }
  throw new Error(`Not reached after ${limit} presses of ${backwards ? 'Shift+Tab' : 'Tab'}; passed: ${passed.map(describeElement).join(' → ')}`);
}

/** Whether `node` is inside `container`, also across shadow roots. */
export function composedContains(container: Node, node: Node | null): boolean {
  for (let at: Node | null = node; at; at = at.parentNode ?? (at instanceof ShadowRoot ? at.host : null)) {
    if (at === container) return true;
  }
  return false;
}

/** A focusable button before the component, in the page, where a keyboard walk starts. */
export function startButton(block: HTMLElement, label = 'Begin'): HTMLButtonElement {
  const button = document.createElement('button');
  button.type = 'button';
  button.textContent = label;
  block.prepend(button);
  return button;
}
