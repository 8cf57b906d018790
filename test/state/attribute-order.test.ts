import {expect, fixture} from '@open-wc/testing';
import {html} from 'lit';
import {bundledDataset, filterFactors, NO_FILTER, type FactorFilter} from '../../src/data/index.js';
import '../../src/index.js';
import {BarrierHeatmap} from '../../src/elements/barrier-heatmap/barrier-heatmap.component.js';
import type {FactorTable} from '../../src/elements/factor-table/factor-table.component.js';
import {type} from '../shared/commands.js';
import {freshGroup, rowIds, settle, shadow} from '../shared/elements.js';

// Two elements of one group whose attributes disagree: the first in the document gives the group's
// filter, whichever element's code arrives or upgrades first (on the CDN build the heatmap, the filter and
// the card are chunks that load when their tag appears, after the table). src/README.md, "Attributes and
// the group's filter".

const idsOf = (filter: Partial<FactorFilter>) => filterFactors(bundledDataset, {...NO_FILTER, ...filter}).map((factor) => factor.id);

/** A `<factor-table>` made by a script, with these attributes; not yet on the page. */
function table(attributes: Record<string, string>): FactorTable {
  const element = document.createElement('factor-table');
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  return element;
}

let lateTags = 0;
/** A tag of the heatmap whose code is not there yet: `define()` brings it, as a chunk that arrives late would. */
function lateHeatmapTag(): {readonly tag: string; readonly define: () => Promise<void>} {
  const tag = `late-heatmap-${Date.now()}-${lateTags++}`;
  return {
    tag,
    define: async () => {
      customElements.define(tag, class extends BarrierHeatmap {});
      await (document.querySelector(tag) as BarrierHeatmap).updateComplete;
    },
  };
}

describe('attributes and the group\'s filter', () => {
  let warnings: string[] = [];
  const consoleWarn = console.warn;
  beforeEach(() => {
    warnings = [];
    console.warn = (...args: unknown[]) => {
      if (String(args[0]).startsWith('scholingsfactoren')) warnings.push(args.join(' '));
      else consoleWarn(...args);
    };
  });
  afterEach(() => {
    console.warn = consoleWarn;
  });

  it('two tables with a different kind: the first in the document wins, also when it joins the group last, and the other is warned about', async () => {
    const group = freshGroup('volgorde');
    const page = await fixture<HTMLElement>(html`<div></div>`);
    const later = table({group, kind: 'stimulerend'});
    page.append(later);
    await later.updateComplete;
    expect(rowIds(later), 'alone in its group').to.deep.equal(idsOf({kind: 'stimulerend'}));

    // A script places a table above it: first in the document, but the last to join the group.
    const earlier = table({group, kind: 'inhiberend'});
    page.insertBefore(earlier, later);
    await settle(page);

    const inhibiting = idsOf({kind: 'inhiberend'});
    expect(rowIds(earlier), 'the table above').to.deep.equal(inhibiting);
    expect(rowIds(later), 'the table below').to.deep.equal(inhibiting);
    expect(warnings).to.deep.equal([
      'scholingsfactoren: <factor-table kind="stimulerend"> telt niet mee; <factor-table kind="inhiberend"> wint.',
    ]);
    await expect(page).to.be.accessible();
  });

  it('a table that joins after the first in the document does not take over its kind', async () => {
    const group = freshGroup('volgorde');
    const page = await fixture<HTMLElement>(html`<div>
      <factor-table group=${group} kind="inhiberend"></factor-table><factor-table group=${group} kind="stimulerend"></factor-table>
    </div>`);
    await settle(page);
    const inhibiting = idsOf({kind: 'inhiberend'});
    for (const element of page.querySelectorAll('factor-table')) expect(rowIds(element)).to.deep.equal(inhibiting);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('<factor-table kind="stimulerend"> telt niet mee').and.to.contain('<factor-table kind="inhiberend"> wint');
    await expect(page).to.be.accessible();
  });

  it('a heatmap above the table whose code comes after the table\'s gives its actor; its kind stays its own view', async () => {
    const group = freshGroup('laat');
    const late = lateHeatmapTag();
    const page = await fixture<HTMLElement>(html`<div></div>`);
    const heatmap = document.createElement(late.tag);
    for (const [name, value] of Object.entries({group, actor: 'trainer', kind: 'stimulerend'})) heatmap.setAttribute(name, value);
    const below = table({group, actor: 'werkgever', kind: 'inhiberend'});
    page.append(heatmap, below);
    await below.updateComplete;
    expect(rowIds(below), 'before the heatmap\'s code is there').to.deep.equal(idsOf({kind: 'inhiberend', actors: ['werkgever']}));

    await late.define();
    await below.updateComplete;
    expect(rowIds(below), 'the heatmap\'s actor, the table\'s kind').to.deep.equal(idsOf({kind: 'inhiberend', actors: ['trainer']}));
    expect(warnings).to.deep.equal([
      `scholingsfactoren: <factor-table actor="werkgever"> telt niet mee; <${late.tag} actor="trainer"> wint.`,
    ]);
    await expect(page).to.be.accessible();
  });

  it('a heatmap below the table whose code comes later does not take over the table\'s actor', async () => {
    const group = freshGroup('laat');
    const late = lateHeatmapTag();
    const page = await fixture<HTMLElement>(html`<div></div>`);
    const above = table({group, actor: 'werkgever'});
    const heatmap = document.createElement(late.tag);
    for (const [name, value] of Object.entries({group, actor: 'trainer'})) heatmap.setAttribute(name, value);
    page.append(above, heatmap);
    await above.updateComplete;
    await late.define();
    await above.updateComplete;
    expect(rowIds(above)).to.deep.equal(idsOf({actors: ['werkgever']}));
    expect(warnings).to.deep.equal([
      `scholingsfactoren: <${late.tag} actor="trainer"> telt niet mee; <factor-table actor="werkgever"> wint.`,
    ]);
    await expect(page).to.be.accessible();
  });

  it('after joining, a changed attribute changes the filter of every element of the group at once', async () => {
    const group = freshGroup('wijzig');
    const page = await fixture<HTMLElement>(html`<div>
      <factor-table group=${group} kind="inhiberend" id="first"></factor-table><factor-table group=${group} kind="stimulerend" id="second"></factor-table>
    </div>`);
    await settle(page);
    const [first, second] = [page.querySelector<FactorTable>('#first')!, page.querySelector<FactorTable>('#second')!];
    expect(rowIds(second)).to.deep.equal(idsOf({kind: 'inhiberend'}));

    // The element that lost at first: its attribute, changed by a script, counts now like a reader's choice.
    second.setAttribute('actor', 'omgeving');
    second.setAttribute('kind', '');
    await settle(page);
    const environment = idsOf({actors: ['omgeving']});
    expect(rowIds(first), 'the first table').to.deep.equal(environment);
    expect(rowIds(second), 'the second table').to.deep.equal(environment);

    first.kind = 'stimulerend';
    await settle(page);
    const stimulating = idsOf({kind: 'stimulerend', actors: ['omgeving']});
    expect(rowIds(first), 'a property set by a framework').to.deep.equal(stimulating);
    expect(rowIds(second)).to.deep.equal(stimulating);
    await expect(page).to.be.accessible();
  });

  it('a reader\'s search and a changed attribute stay when an element above joins later with other values', async () => {
    const group = freshGroup('keuze');
    const page = await fixture<HTMLElement>(html`<div></div>`);
    const reading = table({group, kind: 'inhiberend'});
    page.append(reading);
    await reading.updateComplete;
    reading.setAttribute('kind', 'stimulerend');
    shadow(reading).querySelector<HTMLInputElement>('input[type="search"]')!.focus();
    await type('leer');
    await reading.updateComplete;
    const chosen = {kind: 'stimulerend', query: 'leer'} as const;
    expect(rowIds(reading), 'the reader\'s choice').to.deep.equal(idsOf(chosen));

    // A block above it arrives late; its actor is no one's choice yet, its kind and search are.
    const above = table({group, kind: 'inhiberend', query: 'taal', actor: 'werkgever'});
    page.insertBefore(above, reading);
    await settle(page);
    const expected = idsOf({...chosen, actors: ['werkgever']});
    expect(expected.length, 'rows to compare').to.be.above(0);
    expect(rowIds(reading)).to.deep.equal(expected);
    expect(rowIds(above)).to.deep.equal(expected);
    expect(shadow(above).querySelector<HTMLInputElement>('input[type="search"]')!.value, 'the search box above').to.equal('leer');
    expect(warnings, 'a reader\'s choice is no mistake of the page').to.deep.equal([]);
    await expect(page).to.be.accessible();
  });

  it('a block rendered anew, and a new page of a single-page app, give the group their own attributes', async () => {
    const group = freshGroup('opnieuw');
    const page = await fixture<HTMLElement>(html`<div></div>`);
    const first = table({group, kind: 'inhiberend'});
    page.append(first);
    const stays = table({group});
    page.append(stays);
    await settle(page);
    expect(rowIds(stays)).to.deep.equal(idsOf({kind: 'inhiberend'}));

    // The CMS renders the first block anew, with another kind: it takes the old block's place.
    first.remove();
    const renewed = table({group, kind: 'stimulerend'});
    page.prepend(renewed);
    await settle(page);
    expect(rowIds(stays), 'the renewed block').to.deep.equal(idsOf({kind: 'stimulerend'}));

    // A script changes the kind (an action, as a reader's choice), then the page's content is replaced (a new
    // route): the group has no elements for a moment, and the new page's attributes count as on a page opened afresh.
    renewed.setAttribute('kind', 'inhiberend');
    await settle(page);
    expect(rowIds(stays), 'the changed attribute').to.deep.equal(idsOf({kind: 'inhiberend'}));
    page.replaceChildren();
    const next = table({group, kind: 'stimulerend', actor: 'trainer'});
    page.append(next);
    await settle(page);
    expect(rowIds(next)).to.deep.equal(idsOf({kind: 'stimulerend', actors: ['trainer']}));
    expect(warnings, 'a removed element is no mistake of the page').to.deep.equal([]);
    await expect(page).to.be.accessible();
  });

  describe('with a deep link', () => {
    const start = location.href;
    afterEach(() => history.replaceState(null, '', start));

    it('the link\'s kind stays when a table above joins later with another kind', async () => {
      const group = freshGroup('link');
      history.replaceState(null, '', `?${group}.kind=stimulerend`);
      const page = await fixture<HTMLElement>(html`<div><factor-table group=${group} sync-url></factor-table></div>`);
      const linked = page.querySelector<FactorTable>('factor-table')!;
      await settle(page);
      const above = table({group, kind: 'inhiberend'});
      page.insertBefore(above, linked);
      await settle(page);
      const stimulating = idsOf({kind: 'stimulerend'});
      expect(rowIds(above)).to.deep.equal(stimulating);
      expect(rowIds(linked)).to.deep.equal(stimulating);
      expect(new URLSearchParams(location.search).get(`${group}.kind`)).to.equal('stimulerend');
      await expect(page).to.be.accessible();
    });
  });
});
