import {expect} from '@open-wc/testing';
import {html} from 'lit';
import {NO_FILTER, actorSourceMatrix, bundledDataset, filterFactors} from '../../src/data/index.js';
import type {BarrierHeatmap} from '../../src/elements/barrier-heatmap/barrier-heatmap.component.js';
import '../../src/elements/barrier-heatmap/barrier-heatmap.js';
import {setViewport} from '../shared/commands.js';
import {freshGroup, mount, unmountAll} from '../shared/elements.js';

// A reader tells the columns apart by their labels: in every engine, at a laptop's and a phone's width,
// no label may run into another one or be cut off.

const TOLERANCE = 0.5;
const citations = actorSourceMatrix(bundledDataset, filterFactors(bundledDataset, {...NO_FILTER, kind: 'inhiberend'})).columns.map((column) => column.label);

const overlap = (a: DOMRect, b: DOMRect) =>
  Math.min(a.right, b.right) - Math.max(a.left, b.left) > TOLERANCE && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > TOLERANCE;

/** What a reader could not read: labels on top of each other, or sticking out of their header, cut off or not there. */
function labelProblems(heatmap: BarrierHeatmap): string[] {
  const root = heatmap.shadowRoot!;
  const headers = [...root.querySelectorAll<HTMLElement>('[role="columnheader"].column-header')];
  const labels = headers.map((header) => header.querySelector<HTMLElement>('.column-label')!);
  const problems: string[] = [];
  const texts = labels.map((label) => label.textContent!.trim());
  if (JSON.stringify(texts) !== JSON.stringify(citations)) problems.push(`the labels are ${JSON.stringify(texts)}`);
  const rects = labels.map((label) => label.getBoundingClientRect());
  rects.forEach((rect, i) => {
    const header = headers[i].getBoundingClientRect();
    if (rect.left < header.left - TOLERANCE || rect.right > header.right + TOLERANCE || rect.top < header.top - TOLERANCE || rect.bottom > header.bottom + TOLERANCE) {
      problems.push(`"${texts[i]}" sticks out of its column header`);
    }
    // The label's own box holds all of its text: a word that did not fit would make it scroll.
    if (labels[i].scrollHeight > labels[i].clientHeight + 1 || labels[i].scrollWidth > labels[i].clientWidth + 1) problems.push(`"${texts[i]}" does not fit its box`);
    for (let j = i + 1; j < rects.length; j++) if (overlap(rect, rects[j])) problems.push(`"${texts[i]}" runs into "${texts[j]}"`);
  });
  // Inside the sideways scroller every label can be scrolled into view: nothing is beyond its reach.
  const scroller = root.querySelector<HTMLElement>('.scroller')!;
  const box = scroller.getBoundingClientRect();
  const reach = box.left - scroller.scrollLeft + scroller.scrollWidth;
  rects.forEach((rect, i) => {
    if (rect.left < box.left - scroller.scrollLeft - TOLERANCE || rect.right > reach + TOLERANCE) problems.push(`"${texts[i]}" is out of the scroller's reach`);
  });
  return problems;
}

describe('<barrier-heatmap> column labels', function () {
  this.timeout(30000);
  after(() => setViewport({width: 800, height: 600}));
  afterEach(unmountAll);

  for (const width of [1280, 390]) {
    it(`at ${width} px: every label readable, none on another or cut off`, async () => {
      await setViewport({width, height: 800});
      const block = await mount(html`<barrier-heatmap group=${freshGroup()}></barrier-heatmap>`);
      const heatmap = block.querySelector('barrier-heatmap') as BarrierHeatmap;
      expect(labelProblems(heatmap)).to.deep.equal([]);
      await expect(heatmap).to.be.accessible();
    });
  }
});
