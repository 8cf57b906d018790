// Everything the live regions of the CMS page say while a keyboard user moves through the heatmap, chooses
// a cell, sorts, filters, searches and shows a card's factors: the exact words, in order, each at most
// 120 characters; nothing when the focus leaves the grid or the pointer moves over it, and never a
// cell's list of factors.
import {expect} from '@open-wc/testing';
import {html} from 'lit';
import {NO_FILTER, actorSourceMatrix, bundledDataset, filterFactors} from '../../src/data/index.js';
import {factorsCitingSource} from '../../src/data/sources.js';
import {press, type} from '../shared/commands.js';
import {deepElements} from '../shared/dom.js';
import {freshGroup, mount, settle, shadow, unmountAll} from '../shared/elements.js';
import {waitFor} from '../shared/wait.js';
import {deepActiveElement, startButton, tabUntil} from './helpers.js';

const LONGEST = 120;
const total = bundledDataset.factors.length;
const matrix = actorSourceMatrix(bundledDataset, filterFactors(bundledDataset, {...NO_FILTER, kind: 'inhiberend'}));
const count = (filter: Partial<typeof NO_FILTER>) => filterFactors(bundledDataset, {...NO_FILTER, ...filter}).length;

/** Every live region under `root` (in shadow roots too), and what each has said, in order, as `<tag>: words`. */
function recordAnnouncements(root: HTMLElement) {
  const said: string[] = [];
  const regions = deepElements(root).filter((el) => el.matches('[aria-live], [role="status"], [role="alert"], [role="log"]'));
  const observers = regions.map((region) => {
    const owner = (region.getRootNode() as ShadowRoot).host.localName;
    let last = '';
    const observer = new MutationObserver(() => {
      const text = region.textContent!.replace(/\s+/g, ' ').trim();
      if (text !== '' && text !== last) said.push(`${owner}: ${text}`);
      last = text;
    });
    observer.observe(region, {childList: true, subtree: true, characterData: true});
    return observer;
  });
  return {regions, said, stop: () => observers.forEach((observer) => observer.disconnect())};
}

/** Gives the browser time to say something it should not (the table speaks 600 ms after a change). */
const quietFor = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('what the live regions say', function () {
  this.timeout(60000);
  afterEach(unmountAll);

  it('on the CMS page: short announcements, each said once, in the order of the reader\'s actions', async () => {
    const group = freshGroup();
    const block = await mount(html`<actor-filter group=${group}></actor-filter>
      <factor-table group=${group}></factor-table>
      <barrier-heatmap group=${group}></barrier-heatmap>
      <source-citation group=${group} source="tno-2011"></source-citation>`);
    const [filter, table, heatmap, card] = ['actor-filter', 'factor-table', 'barrier-heatmap', 'source-citation'].map((tag) => block.querySelector(tag)!);
    const record = recordAnnouncements(block);
    expect(record.regions.map((region) => (region.getRootNode() as ShadowRoot).host.localName), 'the live regions')
      .to.have.members(['factor-table', 'barrier-heatmap', 'source-citation', 'source-citation']);
    const expected: string[] = [];
    const heard = async (...words: string[]) => {
      expected.push(...words);
      await waitFor(() => record.said.length >= expected.length, `${words.join(' / ')} (heard so far: ${record.said.join(' / ')})`);
      expect(record.said).to.deep.equal(expected);
    };
    /** The focused cell (its actor and source) and its name, the content a screen reader reads. */
    const cellAt = () => {
      const cell = deepActiveElement() as HTMLElement;
      return `${cell.dataset.actor} × ${cell.dataset.source}: ${cell.querySelector('.visually-hidden')!.textContent}`;
    };
    const name = (row: number, column: number) => {
      const cell = matrix.cells[row][column];
      return `${cell.actor} × ${cell.sourceId}: ${cell.count} ${cell.count === 1 ? 'belemmering' : 'belemmeringen'}`;
    };

    // The heatmap, by keyboard: into the grid, then through cells. After the name ("16 belemmeringen", with
    // the headers "Werknemer" and "Panteia (2019)") only what Enter does, once: the same words are not said again.
    // Past the filter and, with its skip link, the table.
    startButton(block).focus();
    await tabUntil((el) => el?.matches('a.skip') ?? false, {limit: 10});
    await press('Enter');
    await tabUntil((el) => el?.getAttribute('role') === 'gridcell', {limit: 2});
    expect(cellAt()).to.equal(name(0, 0));
    await heard('barrier-heatmap: Enter toont ze in de tabel.');
    for (const [key, at] of [['ArrowRight', [0, 1]], ['ArrowDown', [1, 1]], ['ArrowDown', [2, 1]], ['ArrowRight', [2, 2]], ['ArrowRight', [2, 3]]] as const) {
      await press(key);
      await settle(heatmap);
      expect(cellAt(), key).to.equal(name(at[0], at[1]));
    }
    // An empty cell: its name says "0 belemmeringen", nothing is added. The next cell with factors says Enter's part again.
    await press('ArrowRight');
    await settle(heatmap);
    expect(matrix.cells[2][4].count).to.equal(0);
    expect(cellAt()).to.equal(name(2, 4));
    await press('ArrowRight');
    await settle(heatmap);
    expect(cellAt()).to.equal(name(2, 5));
    await heard('barrier-heatmap: Enter toont ze in de tabel.');
    // The pointer over another cell shows its factors beside the grid, and says nothing.
    shadow(heatmap).querySelector('[role="gridcell"]')!.dispatchEvent(new PointerEvent('pointerover', {bubbles: true, composed: true}));
    await settle(heatmap);
    // Enter chooses the cell: the heatmap says so, the table how many it shows now.
    const chosen = matrix.cells[2][5];
    await press('Enter');
    await heard('barrier-heatmap: Gekozen; Enter wist de keuze.', `factor-table: ${chosen.count} van ${total} factoren`);
    await press('Enter');
    await heard('barrier-heatmap: Enter toont ze in de tabel.', `factor-table: ${total} van ${total} factoren`);
    // Leaving the grid says nothing.
    await press('Tab');
    await quietFor(800);
    expect(record.said).to.deep.equal(expected);

    // The table: sort by factor with the header's button.
    shadow(table).querySelector<HTMLButtonElement>('th.col-factor button')!.focus();
    await press('Enter');
    await heard('factor-table: Gesorteerd op factor, oplopend');
    // The filter: "Werkgever" with Space.
    shadow(filter).querySelector<HTMLButtonElement>('[data-value="werkgever"]')!.focus();
    await press('Space');
    await heard(`factor-table: ${count({actors: ['werkgever']})} van ${total} factoren`);
    // A search: said once, after the reader stops typing.
    shadow(table).querySelector<HTMLInputElement>('input[type="search"]')!.focus();
    await type('tijd');
    await heard(`factor-table: ${count({actors: ['werkgever'], query: 'tijd'})} van ${total} factoren`);
    // The card's one button: exactly the publication's factors, as many as it says.
    const tno = factorsCitingSource(bundledDataset, 'tno-2011').length;
    const showFactors = shadow(card).querySelector<HTMLButtonElement>('[part="show-factors"]')!;
    expect(showFactors.textContent).to.equal(`Toon de ${tno} factoren uit deze bron`);
    showFactors.focus();
    await press('Enter');
    await heard('source-citation: Filter ingesteld op bron TNO (2011).', `factor-table: ${tno} van ${total} factoren`);

    await quietFor(800);
    record.stop();
    expect(record.said, 'nothing more').to.deep.equal(expected);
    const long = record.said.filter((text) => text.slice(text.indexOf(': ') + 2).length > LONGEST);
    expect(long, `announcements over ${LONGEST} characters`).to.deep.equal([]);
  });
});
