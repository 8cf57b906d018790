import {expect} from '@open-wc/testing';
import {lazyDefine, observe} from '../../src/lazy-define.js';
import {waitFor} from '../shared/wait.js';

// The CDN build loads an element's code when its tag appears (src/lazy-define.ts). Here with stand-in
// elements whose "code" counts how often it was asked for.

let counter = 0;
/** A tag nobody has defined, and a loader that defines it and counts its calls. */
function lazyTag(): {tag: string; loads: () => number} {
  const tag = `lui-element-${Date.now()}-${counter++}`;
  let loads = 0;
  lazyDefine(tag, async () => {
    loads += 1;
    customElements.define(tag, class extends HTMLElement {});
  });
  return {tag, loads: () => loads};
}

const nextFrames = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));

describe('lazyDefine', () => {
  const blocks: HTMLElement[] = [];
  const block = () => {
    const div = document.createElement('div');
    document.body.append(div);
    blocks.push(div);
    return div;
  };
  afterEach(() => blocks.splice(0).forEach((div) => div.remove()));

  it('loads an element that is added later, once, however many arrive together', async () => {
    const {tag, loads} = lazyTag();
    await nextFrames();
    expect(loads(), 'not on the page yet').to.equal(0);
    const target = block();
    for (let i = 0; i < 50; i++) target.append(document.createElement(tag));
    await customElements.whenDefined(tag);
    await nextFrames();
    target.append(document.createElement(tag));
    await nextFrames();
    expect(loads()).to.equal(1);
  });

  it('loads without animation frames: a hidden tab, or in WebKit a frame below the fold, renders none', async () => {
    const requestFrame = window.requestAnimationFrame;
    window.requestAnimationFrame = () => 0; // a frame that is never rendered
    try {
      const {tag, loads} = lazyTag();
      block().append(document.createElement(tag));
      await waitFor(() => loads() === 1, 'the element loads without a frame');
    } finally {
      window.requestAnimationFrame = requestFrame;
    }
  });

  it('finds an element deep inside what was added', async () => {
    const {tag} = lazyTag();
    const outer = document.createElement('section');
    outer.append(document.createElement('div'));
    outer.firstElementChild!.append(document.createElement('p'));
    outer.querySelector('p')!.append(document.createElement(tag));
    block().append(outer);
    await customElements.whenDefined(tag);
    expect(outer.querySelector(tag)!.constructor).to.equal(customElements.get(tag));
  });

  it('looks inside a shadow root only when asked to, and then also at what is added to it later', async () => {
    const {tag, loads} = lazyTag();
    const second = lazyTag();
    const host = block();
    const root = host.attachShadow({mode: 'open'});
    root.append(document.createElement(tag));
    await nextFrames();
    expect(loads(), 'a shadow root is not searched by itself').to.equal(0);
    observe(root);
    await waitFor(() => customElements.get(tag), 'the element in the observed shadow root is defined');
    expect(second.loads(), 'the other element is not there yet').to.equal(0);
    root.append(document.createElement(second.tag));
    await waitFor(() => customElements.get(second.tag), 'an element added to the observed shadow root later is defined');
  });
});
