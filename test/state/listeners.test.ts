import {expect} from '@open-wc/testing';
import {html, render} from 'lit';
import '../../src/index.js';
import type {FactorTable} from '../../src/elements/factor-table/factor-table.component.js';
import {ensurePageScope} from '../../src/state/group-scope.js';

// A CMS page whose blocks come and go (a carousel, tabs, a single-page app) must not collect the
// listeners, subscriptions and URL bindings of elements that are gone.

type Listener = [target: EventTarget, type: string, listener: EventListenerOrEventListenerObject, capture: boolean];

/** Records the listeners added to and removed from `window` and `document` until `stop()`. */
function watchPageListeners(): {live: () => number; stop: () => void} {
  const live: Listener[] = [];
  const targets = [window, document] as const;
  const originals = targets.map((target) => [target.addEventListener, target.removeEventListener] as const);
  const capture = (options?: boolean | EventListenerOptions) => (typeof options === 'boolean' ? options : options?.capture ?? false);
  targets.forEach((target, i) => {
    const [add, remove] = originals[i];
    target.addEventListener = function (type: string, listener: EventListenerOrEventListenerObject | null, options?: boolean | AddEventListenerOptions) {
      if (listener && !live.some(([t, y, l, c]) => t === target && y === type && l === listener && c === capture(options))) {
        live.push([target, type, listener, capture(options)]);
      }
      return add.call(this, type, listener!, options);
    };
    target.removeEventListener = function (type: string, listener: EventListenerOrEventListenerObject | null, options?: boolean | EventListenerOptions) {
      const at = live.findIndex(([t, y, l, c]) => t === target && y === type && l === listener && c === capture(options));
      if (at >= 0) live.splice(at, 1);
      return remove.call(this, type, listener!, options);
    };
  });
  return {
    live: () => live.length,
    stop: () => targets.forEach((target, i) => {
      [target.addEventListener, target.removeEventListener] = originals[i];
    }),
  };
}

const block = () => html`
  <factor-landscape><actor-filter sync-url></actor-filter><factor-table sync-url></factor-table></factor-landscape>
  <actor-filter group="wisselend" sync-url></actor-filter><factor-table group="wisselend" sync-url></factor-table>
  <source-citation all></source-citation><barrier-heatmap group="wisselend"></barrier-heatmap>`;

describe('elements that are removed', () => {
  const start = location.href;
  afterEach(() => history.replaceState(null, '', start));

  it('leave no listeners on window or document behind, after 40 times added and removed', async () => {
    const host = document.createElement('div');
    document.body.append(host);
    const watch = watchPageListeners();
    try {
      for (let round = 0; round < 40; round++) {
        render(block(), host);
        await Promise.all([...host.querySelectorAll<FactorTable>('factor-table')].map((table) => table.updateComplete));
        if (round === 0) expect(watch.live(), 'listeners while the elements are on the page').to.be.above(0);
        render(null, host);
      }
      expect(watch.live(), 'listeners left after the last removal').to.equal(0);
    } finally {
      watch.stop();
      host.remove();
    }
  });

  it('no longer render or write the URL when their group changes', async () => {
    const host = document.createElement('div');
    document.body.append(host);
    render(html`<factor-table group="verdwenen" sync-url></factor-table>`, host);
    const table = host.querySelector<FactorTable>('factor-table')!;
    await table.updateComplete;
    let renders = 0;
    const target = table as unknown as {render: () => unknown};
    const original = target.render;
    target.render = function () {
      renders += 1;
      return original.call(this);
    };
    host.remove();
    ensurePageScope().store('verdwenen').updateFilter({actors: ['trainer']});
    await table.updateComplete;
    expect(renders, 'renders after removal').to.equal(0);
    expect(new URLSearchParams(location.search).has('verdwenen.actor'), 'the URL is left alone').to.equal(false);
  });
});
