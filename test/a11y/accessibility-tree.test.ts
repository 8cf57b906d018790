// @engines chromium: the accessibility tree is read through the DevTools protocol (accessible-names.test.ts checks names in every engine)
// The CMS page as Chromium hands it to a screen reader: a real table with its caption, 84 rows and 6
// column headers, the sort state on the header, cells named by their content also in the card layout,
// no decorative character anywhere, the heatmap's title a heading and its summary and hint read once.
import {expect} from '@open-wc/testing';
import {html} from 'lit';
import {NO_FILTER, actorSourceMatrix, bundledDataset, filterFactors} from '../../src/data/index.js';
import {heatmapSummary} from '../../src/i18n/heatmap-summary.js';
import {evidenceCount} from '../../src/data/sort.js';
import {citationsOf} from '../../src/data/sources.js';
import {common} from '../../src/i18n/common.js';
import {accessibilityTree, allNodes, findNode, type AXNode} from '../shared/accessibility.js';
import {setViewport} from '../shared/commands.js';
import {freshGroup, mount, settle, shadow, unmountAll} from '../shared/elements.js';
import './helpers.js';

const CAPTION = 'Factoren die scholing van lageropgeleiden stimuleren of belemmeren';
const HEADERS = ['Soort', 'Factor', 'Hoe', 'Wie', 'Bron', 'Studies'];
/** Characters that are drawn, never meant to be read: the tick of a pressed button, sort arrows, a chip's cross. */
const DECORATION = /[✓▲▼↕×]/;

const rowsOf = (table: AXNode) => allNodes(table.children).filter((node) => node.role === 'row');
const cellsOf = (row: AXNode) => row.children.filter((node) => ['cell', 'columnheader', 'rowheader'].includes(node.role));
/** A cell's own text as a reader hears it when the cell has no name of its own (a header's button). */
const heard = (node: AXNode) => node.name;

async function cmsPage() {
  const group = freshGroup();
  const block = await mount(html`<h1>Wat helpt lageropgeleiden leren?</h1>
    <actor-filter group=${group}></actor-filter>
    <factor-table group=${group}></factor-table>
    <barrier-heatmap group=${group}></barrier-heatmap>
    <source-citation group=${group} source="tno-2011"></source-citation>`);
  return {block, table: block.querySelector('factor-table')!};
}

describe('the CMS page in Chromium\'s accessibility tree', function () {
  this.timeout(60000);
  afterEach(unmountAll);
  after(() => setViewport({width: 800, height: 600}));

  for (const [layout, size] of [['a laptop', {width: 1280, height: 900}], ['a phone, as cards', {width: 390, height: 844}]] as const) {
    it(`on ${layout}: a table of 84 rows and 6 columns, each cell named by its content`, async () => {
      await setViewport(size);
      await cmsPage();
      const tree = await accessibilityTree();
      const table = findNode(tree, 'table', CAPTION)!;
      expect(table, 'the table, named by its caption').to.not.equal(undefined);
      const rows = rowsOf(table);
      expect(rows).to.have.length(bundledDataset.factors.length + 1);
      expect(cellsOf(rows[0]).map((cell) => `${cell.role} ${heard(cell)}`)).to.deep.equal(HEADERS.map((name) => `columnheader ${name}`));
      // Every row: its kind, the factor as the row's header, how, who, the source button's name and the count.
      const labels = common.nl;
      expect(rows.slice(1).map((row) => cellsOf(row).map((cell) => `${cell.role} ${cell.name}`))).to.deep.equal(bundledDataset.factors.map((factor) => [
        `cell ${labels.kinds[factor.kind]}`, `rowheader ${factor.factor}`, `cell ${factor.how}`,
        `cell ${factor.actors.map((actor) => labels.actors[actor]).join(', ')}`,
        `cell ${citationsOf(bundledDataset, factor).map((citation) => `Over de bron ${citation.text}`).join(' ')}`,
        `cell ${evidenceCount(bundledDataset, factor)}`,
      ]));
      const decorated = allNodes(tree).filter((node) => DECORATION.test(node.name)).map((node) => `${node.role} "${node.name}"`);
      expect(decorated, 'no decorative character is read').to.deep.equal([]);
    });
  }

  it('says "pressed" without a tick on the filter, and keeps the header row\'s names when sorted', async () => {
    const {block, table} = await cmsPage();
    shadow(table).querySelector<HTMLButtonElement>('th.col-factor button')!.click();
    shadow(block.querySelector('actor-filter')!).querySelector<HTMLButtonElement>('[data-value="werkgever"]')!.click();
    await settle(block);
    const tree = await accessibilityTree();
    // The protocol has no sort property: the header's aria-sort is what Orca says ("sorted ascending", test/screen-reader/).
    const headers = cellsOf(rowsOf(findNode(tree, 'table', CAPTION)!)[0]);
    expect(headers.map((header) => header.name)).to.deep.equal(HEADERS);
    expect(shadow(table).querySelector('th.col-factor')!.getAttribute('aria-sort')).to.equal('ascending');
    const werkgever = findNode(tree, 'button', /^Werkgever, \d+ factoren$/)!;
    expect(werkgever.pressed).to.equal('true');
    expect(findNode(tree, 'button', /^Alle, \d+ factoren$/)!.pressed).to.equal('false');
  });

  it('has every live region in the tree while it is still empty, so that its first words are said', async () => {
    await cmsPage();
    const regions = allNodes(await accessibilityTree()).filter((node) => node.role === 'status');
    // The table's count, the heatmap's "Enter toont ze in de tabel.", and the card's filter and copy messages.
    expect(regions.map((node) => `${node.live} "${node.name}"`)).to.deep.equal(Array(4).fill('polite ""'));
  });

  it('the heatmap: a heading of level 2, a grid named by it, and its summary and hint once', async () => {
    await cmsPage();
    const tree = await accessibilityTree();
    const heading = findNode(tree, 'heading', 'Belemmeringen per actor en bron')!;
    expect(heading.level).to.equal(2);
    const grid = findNode(tree, 'grid', 'Belemmeringen per actor en bron')!;
    expect(grid.description, 'the grid has no description that repeats the paragraphs').to.equal(undefined);
    const summary = heatmapSummary(actorSourceMatrix(bundledDataset, filterFactors(bundledDataset, {...NO_FILTER, kind: 'inhiberend'})), {kind: 'inhiberend', language: 'nl'});
    const texts = allNodes(tree).filter((node) => node.role === 'StaticText').map((node) => node.name);
    expect(texts.filter((text) => text === summary), 'the summary').to.have.length(1);
    expect(texts.filter((text) => text.startsWith('Ga met de pijltjestoetsen')), 'the hint').to.have.length(1);
    expect(allNodes(tree).filter((node) => node.description?.includes('pijltjestoetsen')), 'the hint as a description').to.deep.equal([]);
  });
});
