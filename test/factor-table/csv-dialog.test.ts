import {expect} from '@open-wc/testing';
import {waitFor} from '../shared/wait.js';
import {press} from '../shared/commands.js';
import {bundledDataset, factorsToCsv} from '../../src/data/index.js';
import {freshGroup, rowIds, shadow} from '../shared/elements.js';
import {html, sortButton, tableFixture} from './helpers.js';

const headings = {kind: 'Soort', factor: 'Factor', how: 'Hoe', actors: 'Wie', sources: 'Bron', evidence: 'Studies'};

describe('<factor-table> CSV export', () => {
  it('downloads the visible rows in the visible order, for Dutch Excel', async () => {
    const table = await tableFixture(html`<factor-table group=${freshGroup()} actor="trainer"></factor-table>`);
    sortButton(table, 'factor').click();
    await table.updateComplete;
    let blob: Blob | undefined;
    const original = URL.createObjectURL;
    URL.createObjectURL = (b: Blob) => { blob = b; return original.call(URL, b); };
    try {
      shadow(table).querySelector<HTMLButtonElement>('.csv')!.click();
      // The CSV code loads on the first click.
      await waitFor(() => blob, 'a file is offered');
    } finally {
      URL.createObjectURL = original;
    }
    const bytes = new Uint8Array(await blob!.arrayBuffer());
    expect([...bytes.slice(0, 3)]).to.deep.equal([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes.slice(3));
    const lines = text.trimEnd().split('\r\n');
    expect(lines[0]).to.equal('"Soort";"Factor";"Hoe";"Wie";"Bron";"Studies"');
    expect(lines).to.have.length(rowIds(table).length + 1);
    const names = lines.slice(1).map((line) => line.split('";"')[1]);
    expect(names).to.deep.equal(table.visibleFactors.map((f) => f.factor));
  });

  it('escapes quotes and separators, and defuses formulas', () => {
    const factor = {...bundledDataset.factors[0], factor: 'een "citaat"; met puntkomma', how: '=HYPERLINK("x")'};
    const csv = factorsToCsv(bundledDataset, [factor], headings);
    expect(csv).to.contain('"een ""citaat""; met puntkomma"');
    expect(csv).to.contain(`"'=HYPERLINK(""x"")"`);
  });
});

describe('<factor-table> source popover', () => {
  it('opens the card for a source, closes with Escape and returns focus to the button', async () => {
    const table = await tableFixture(html`<factor-table group=${freshGroup()}></factor-table>`);
    const button = shadow(table).querySelector<HTMLButtonElement>('tr[data-factor-id="motivatie"] .source')!;
    expect(button.textContent).to.equal('ROA (2018)');
    button.focus();
    await press('Enter');
    // The dialog's code loads on the first click.
    await waitFor(() => shadow(table).querySelector('dialog')?.open, 'the dialog opens');
    const dialog = shadow(table).querySelector('dialog')!;
    expect(dialog.querySelector('h2')!.textContent).to.equal('ROA (2018)');
    // The label stands for two publications: both are in the card.
    expect(dialog.querySelectorAll('source-citation')).to.have.length(2);
    // The reader starts at the top of the card, its heading, not at "Sluiten" below it.
    expect(shadow(table).activeElement).to.equal(dialog.querySelector('h2'));
    await expect(table).to.be.accessible();
    await press('Escape');
    await table.updateComplete;
    expect(dialog.open).to.equal(false);
    expect(shadow(table).activeElement).to.equal(button);
  });

  it('closes with the close button too', async () => {
    const table = await tableFixture(html`<factor-table group=${freshGroup()}></factor-table>`);
    const button = shadow(table).querySelector<HTMLButtonElement>('tr[data-factor-id="schaamte"] .source')!;
    button.click();
    await waitFor(() => shadow(table).querySelector('dialog')?.open, 'the dialog opens');
    const dialog = shadow(table).querySelector('dialog')!;
    const closed = new Promise((resolve) => dialog.addEventListener('close', resolve, {once: true}));
    shadow(table).querySelector<HTMLButtonElement>('.dialog-close')!.click();
    await closed;
    await table.updateComplete;
    expect(shadow(table).querySelector('dialog')!.open).to.equal(false);
    expect(shadow(table).activeElement).to.equal(button);
  });

  it('opens the card of the button clicked, also a later one in a row that a search moved up', async () => {
    const table = await tableFixture(html`<factor-table group=${freshGroup()} query="zelfvertrouwen"></factor-table>`);
    const buttons = shadow(table).querySelectorAll<HTMLButtonElement>('tr[data-factor-id="gebrek-aan-zelfvertrouwen"] .source');
    expect(buttons[3]!.textContent).to.equal('Panteia (2019)');
    buttons[3]!.click();
    await waitFor(() => shadow(table).querySelector('dialog')?.open, 'the dialog opens');
    expect(shadow(table).querySelector('dialog h2')!.textContent).to.equal('Panteia (2019)');
  });
});

describe('<factor-table> source popover with its own dataset', () => {
  it('shows the card of a source from the group\'s own dataset, not a "missing source" alert', async () => {
    const data = {
      title: 'Eigen', language: 'nl',
      factors: [{id: 'f1', kind: 'inhiberend', factor: 'roosterdruk', how: '', actors: ['werkgever'], sources: ['eigen-bron']}],
      sources: [{id: 'eigen-bron', citation: 'Fonds (2024)', authors: ['Fonds'], year: 2024, title: 'Eigen rapport',
        summary: 'Een samenvatting.', findings: []}],
    };
    const table = await tableFixture(html`<factor-table group=${freshGroup()} .data=${data}></factor-table>`);
    shadow(table).querySelector<HTMLButtonElement>('.source')!.click();
    await waitFor(() => shadow(table).querySelector('dialog')?.open, 'the dialog opens');
    const card = shadow(table).querySelector('source-citation')!;
    await customElements.whenDefined('source-citation');
    await (card as any).updateComplete;
    expect(card.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
    expect(card.shadowRoot!.textContent).to.contain('Eigen rapport');
  });
});
