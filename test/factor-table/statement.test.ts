// The table says in words what it shows, whatever filters it (its attributes, another element of its
// group, the reader): a sanitizer that drops an attribute then shows other rows, but never silently.
import {expect} from '@open-wc/testing';
import '../../src/elements/actor-filter/actor-filter.js';
import {freshGroup, shadow} from '../shared/elements.js';
import {html, tableFixture} from './helpers.js';

const statementOf = (table: Element) => shadow(table).querySelector('[part="statement"]')!.textContent!.replace(/\s+/g, ' ').trim();

describe('<factor-table> states what it shows', () => {
  it('names the kind and the actor of the issue\'s page, with the count', async () => {
    const table = await tableFixture(html`<factor-table group=${freshGroup()} kind="inhiberend" actor="werkgever"></factor-table>`);
    expect(statementOf(table)).to.equal('Belemmerende factoren · Werkgever · 8 van 83 factoren');
    const statement = shadow(table).querySelector<HTMLElement>('[part="statement"]')!;
    expect(statement.getBoundingClientRect().height, 'visible').to.be.above(0);
    // The count keeps its own part, which a script may read and the focus may go to.
    expect(shadow(table).querySelector('[part="count"]')!.textContent).to.equal('8 van 83 factoren');
    await expect(table).to.be.accessible();
  });

  it('says only the count when nothing is filtered', async () => {
    const table = await tableFixture(html`<factor-table group=${freshGroup()}></factor-table>`);
    expect(statementOf(table)).to.equal('83 van 83 factoren');
  });

  it('follows the group: a choice in another element, and the reader\'s search', async () => {
    const group = freshGroup();
    const table = await tableFixture(html`<div>
      <actor-filter group=${group}></actor-filter>
      <factor-table group=${group} kind="stimulerend"></factor-table>
    </div>`);
    const filter = table.parentElement!.querySelector('actor-filter')!;
    await filter.updateComplete;
    shadow(filter).querySelector<HTMLButtonElement>('button[data-value="trainer"]')!.click();
    await table.updateComplete;
    expect(statementOf(table)).to.equal('Stimulerende factoren · Trainer · 2 van 83 factoren');
    const search = shadow(table).querySelector('input')!;
    search.value = 'coaching';
    search.dispatchEvent(new InputEvent('input'));
    await table.updateComplete;
    expect(statementOf(table)).to.equal('Stimulerende factoren · Trainer · zoekterm “coaching” · 1 van 83 factoren');
  });

  it('speaks the interface\'s language', async () => {
    const table = await tableFixture(html`<factor-table group=${freshGroup()} lang="en" kind="inhiberend" actor="werkgever werknemer"></factor-table>`);
    expect(statementOf(table)).to.match(/^Inhibiting factors · Employer or Employee · \d+ of 83 factors$/);
  });
});
