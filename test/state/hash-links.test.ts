import {expect, fixture} from '@open-wc/testing';
import {html} from 'lit';
import '../../src/elements/source-citation/source-citation.js';
import type {SourceCitation} from '../../src/elements/source-citation/source-citation.component.js';
import {waitFor} from '../shared/wait.js';

// A link to `#bron-<id>` (in a newsletter, or elsewhere on the page) takes the reader to that entry of the
// reference list, although a fragment alone cannot reach into a shadow root.

describe('#bron- links', () => {
  const start = location.href;
  afterEach(() => history.replaceState(null, '', start));

  it('a link followed on the page goes to the entry and gives it the focus', async () => {
    const list = await fixture<SourceCitation>(html`<source-citation all group="bron-links"></source-citation>`);
    const link = document.createElement('a');
    link.href = '#bron-sanders-2013';
    link.textContent = 'Sanders (2013)';
    list.before(link);
    link.click();
    await waitFor(() => list.shadowRoot!.activeElement?.id === 'bron-sanders-2013', 'the entry has the focus');
    const entry = list.shadowRoot!.getElementById('bron-sanders-2013')!;
    const box = entry.getBoundingClientRect();
    expect(box.top >= 0 && box.top < innerHeight, `the entry is in view (top at ${box.top} px)`).to.equal(true);
    link.remove();
    await expect(list).to.be.accessible();
  });

  it('a link to something else leaves the list alone', async () => {
    const list = await fixture<SourceCitation>(html`<source-citation all group="bron-links-2"></source-citation>`);
    location.hash = '#elders';
    await new Promise((resolve) => addEventListener('hashchange', resolve, {once: true}));
    expect(list.shadowRoot!.activeElement).to.equal(null);
  });
});
