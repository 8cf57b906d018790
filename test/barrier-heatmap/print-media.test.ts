// @engines chromium: print media can only be emulated through the DevTools protocol (print.test.ts runs everywhere)
import {expect, fixture, html} from '@open-wc/testing';
import '../../src/elements/barrier-heatmap/barrier-heatmap.js';
import type {BarrierHeatmap} from '../../src/elements/barrier-heatmap/barrier-heatmap.component.js';
import {emulateMedia} from '../shared/commands.js';
import {freshGroup, shadow} from '../shared/elements.js';
import {printoutLoaded} from '../shared/print.js';

const shown = (el: Element) => getComputedStyle(el).display !== 'none';

describe('<barrier-heatmap> on paper', () => {
  afterEach(() => emulateMedia({media: 'screen'}));

  for (const [view, showTable] of [['the grid', false], ['the table view', true]] as const) {
    it(`prints the numbers with a row per source instead of ${view}, and no buttons`, async () => {
      const el = await fixture<BarrierHeatmap>(html`<barrier-heatmap group=${freshGroup()} ?show-table=${showTable}></barrier-heatmap>`);
      await el.updateComplete;
      await printoutLoaded();
      window.dispatchEvent(new Event('beforeprint'));
      await emulateMedia({media: 'print'});
      const root = shadow(el);
      expect(shown(root.querySelector('[part="print-table"]')!)).to.equal(true);
      expect(shown(root.querySelector('[part="print-head"]')!)).to.equal(true);
      expect(shown(root.querySelector('[part="print-references"]')!)).to.equal(true);
      expect(shown(root.querySelector('[part="toolbar"]')!), 'the buttons').to.equal(false);
      expect(shown(root.querySelector(showTable ? '[part="scroller"]' : '.layout')!), view).to.equal(false);
      expect(shown(root.querySelector('[part="statement"]')!), 'the short statement, which the sentence replaces').to.equal(false);
    });
  }
});
