import type {EmbedSettings} from './embed-query.js';
import {embedElements} from './embed-elements.js';

type LibraryElement = HTMLElement & {updateComplete: Promise<unknown>};

/**
 * Puts the live elements in the place of the static table. They are laid out out of sight first (the
 * CDN bundle defines some only once they are in the document), and take the table's place in one step
 * when every one of them has rendered: the page never shows a half-drawn state.
 */
export async function replaceWithLiveElements(staticBlock: HTMLElement, settings: EmbedSettings): Promise<void> {
  const live = document.createElement('div');
  live.className = 'sf-live sf-pending';
  const elements = embedElements(settings).map(({tag, attributes}) => {
    const element = document.createElement(tag) as LibraryElement;
    for (const [name, value] of attributes) element.setAttribute(name, value);
    return element;
  });
  live.append(...elements);
  staticBlock.after(live);
  await Promise.all(elements.map(async (element) => {
    await customElements.whenDefined(element.localName);
    await element.updateComplete;
  }));
  staticBlock.remove();
  live.classList.remove('sf-pending');
}
