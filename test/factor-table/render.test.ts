import {expect} from '@open-wc/testing';
import {bundledDataset} from '../../src/data/index.js';
import {freshGroup, rowIds, shadow} from '../shared/elements.js';
import {html, tableFixture} from './helpers.js';

describe('<factor-table> rendering', () => {
  it('shows every factor of the document as a row of a real table, in document order', async () => {
    const table = await tableFixture(html`<factor-table group=${freshGroup()}></factor-table>`);
    const root = shadow(table);
    expect(root.querySelector('table caption')!.textContent).to.contain('Factoren');
    expect(rowIds(table)).to.deep.equal(bundledDataset.factors.map((f) => f.id));
    // Each header's name on its sort button, and alone for the narrow layout, which sorts with one select.
    for (const part of ['button', '.name']) {
      expect([...root.querySelectorAll(`thead th ${part}`)].map((el) => el.textContent!.trim().replace(/[▲▼↕]/g, '')))
        .to.deep.equal(['Soort', 'Factor', 'Hoe', 'Wie', 'Bron', 'Studies']);
    }
    await expect(table).to.be.accessible();
  });

  it('gives each row its kind as text and its actors as Dutch labels', async () => {
    const table = await tableFixture(html`<factor-table group=${freshGroup()}></factor-table>`);
    const row = shadow(table).querySelector('tr[data-factor-id="goede-coaching"]')!;
    expect(row.querySelector('.col-kind')!.textContent!.trim()).to.equal('Stimulerend');
    expect(row.querySelector('th[scope="row"]')!.textContent).to.equal('goede coaching');
    expect(row.querySelector('.col-actor')!.textContent).to.equal('Werkgever, Trainer');
    const inhibiting = shadow(table).querySelector('tr[data-factor-id="schaamte"] .col-kind')!;
    expect(inhibiting.textContent!.trim()).to.equal('Belemmerend');
  });

  it('shows a source label once, also where it stands for two publications', async () => {
    const table = await tableFixture(html`<factor-table group=${freshGroup()}></factor-table>`);
    const sources = shadow(table).querySelectorAll('tr[data-factor-id="gebrek-aan-zelfvertrouwen"] .source');
    expect([...sources].map((b) => b.textContent)).to.deep.equal(
      ['ECBO (2010)', 'ROA (2018)', 'SCP (2019)', 'Panteia (2019)', 'De Vries (2019)']);
    expect(shadow(table).querySelector('tr[data-factor-id="gebrek-aan-zelfvertrouwen"] .evidence')!.textContent).to.contain('5');
  });

  it('speaks English when asked, and keeps the data Dutch', async () => {
    const table = await tableFixture(html`<factor-table lang="en" group=${freshGroup()}></factor-table>`);
    const root = shadow(table);
    expect(root.querySelector('label')!.textContent).to.equal('Search the factors');
    expect(root.querySelector('tr[data-factor-id="goede-coaching"] th')!.textContent).to.equal('goede coaching');
    expect(root.querySelector('.count')!.textContent).to.equal('83 of 83 factors');
    await expect(table).to.be.accessible();
  });

  it('takes the language of the page around it', async () => {
    const wrapper = await tableFixture(html`<div lang="en"><factor-table group=${freshGroup()}></factor-table></div>`);
    expect(shadow(wrapper).querySelector('.count')!.textContent).to.equal('83 of 83 factors');
  });
});
