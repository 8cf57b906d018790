// @engines chromium: print media can only be emulated through the DevTools protocol
import {expect} from '@open-wc/testing';
import {emulateMedia} from '../shared/commands.js';
import {freshGroup, shadow} from '../shared/elements.js';
import {citationFixture, html} from './helpers.js';

const shown = (el: Element) => getComputedStyle(el).display !== 'none';

describe('<source-citation> on paper', () => {
  afterEach(() => emulateMedia({media: 'screen'}));

  it('prints the reference list across the page, without its buttons, a heading kept with what follows', async () => {
    const card = await citationFixture(html`<div style="width: 1000px"><source-citation all group=${freshGroup()}></source-citation></div>`);
    await emulateMedia({media: 'print'});
    const root = shadow(card);
    expect(shown(root.querySelector('[part="actions"]')!), 'copy and export buttons').to.equal(false);
    expect(root.querySelector('.bibliography')!.getBoundingClientRect().width).to.equal(card.getBoundingClientRect().width);
    expect(getComputedStyle(root.querySelector('.heading')!).breakAfter).to.equal('avoid');
    expect(getComputedStyle(root.querySelector('.entry')!).breakInside).to.equal('avoid');
  });
});
