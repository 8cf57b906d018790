// What a screen reader says for each control and cell, as the browser computes it (Chromium: the DevTools
// protocol's accessibility tree; WebKit: WebDriver's computed role and label; Firefox: WebDriver BiDi finds
// the element by that role and name). On a laptop and in the narrow card layout, where the column labels
// are drawn but must not be read: a cell's name is its content, in every engine that names cells.
import {expect} from '@open-wc/testing';
import {html} from 'lit';
import {NO_FILTER, actorSourceMatrix, bundledDataset, filterFactors} from '../../src/data/index.js';
import {evidenceCount} from '../../src/data/sort.js';
import {citationsOf, factorsCitingSource} from '../../src/data/sources.js';
import {common} from '../../src/i18n/common.js';
import {accessibleNames, type RoleAndName} from '../shared/accessibility.js';
import {setViewport} from '../shared/commands.js';
import {freshGroup, mount, shadow, unmountAll, isWebKit} from '../shared/elements.js';
import './helpers.js';

const [first] = bundledDataset.factors;
const labels = common.nl;
const inhibiting = actorSourceMatrix(bundledDataset, filterFactors(bundledDataset, {...NO_FILTER, kind: 'inhiberend'}));
const largest = inhibiting.cells[0][0];
const tno = factorsCitingSource(bundledDataset, 'tno-2011');

/** The CMS page's elements in one group: what the probes below are about. */
async function cmsPage() {
  const group = freshGroup();
  const block = await mount(html`<actor-filter group=${group}></actor-filter>
    <factor-table group=${group}></factor-table>
    <barrier-heatmap group=${group}></barrier-heatmap>
    <source-citation group=${group} source="tno-2011"></source-citation>`);
  const root = (tag: string) => shadow(block.querySelector(tag)!);
  return {filter: root('actor-filter'), table: root('factor-table'), heatmap: root('barrier-heatmap'), card: root('source-citation')};
}

type Probe = [Element, RoleAndName];

/**
 * WebKit's automation (Get Computed Label) gives a table cell, grid cell or header no name (VoiceOver reads
 * what is inside), and calls a select a button named by its label and its value, as VoiceOver says it. There the
 * role is what can be checked.
 */
const inWebKit = ([element, expected]: Probe): Probe => {
  if (!isWebKit) return [element, expected];
  if (['cell', 'gridcell', 'columnheader', 'rowheader'].includes(expected.role)) return [element, {role: expected.role, name: ''}];
  if (expected.role === 'combobox') return [element, {role: 'button', name: `${expected.name} ${(element as HTMLSelectElement).selectedOptions[0]!.text}`}];
  return [element, expected];
};

/** Each element with the role and name a reader should hear for it. */
function probes(page: Awaited<ReturnType<typeof cmsPage>>, narrow: boolean): Probe[] {
  const {filter, table, heatmap, card} = page;
  const row = table.querySelector(`tr[data-factor-id="${first.id}"]`)!;
  const cell = (column: string) => row.querySelector(`.col-${column}`)!;
  const [citation] = citationsOf(bundledDataset, first);
  const all = bundledDataset.factors.length;
  const columns = ['kind', 'factor', 'how', 'actor', 'source', 'evidence'] as const;
  const names = {kind: 'Soort', factor: 'Factor', how: 'Hoe', actor: 'Wie', source: 'Bron', evidence: 'Studies'};
  const list: Probe[] = [
    // The tick before "Alle" is decoration: "pressed" says it.
    [filter.querySelector('[part="all"]')!, {role: 'button', name: `Alle, ${all} factoren`}],
    [filter.querySelector('[data-value="werkgever"]')!,
      {role: 'button', name: `Werkgever, ${bundledDataset.factors.filter((f) => f.actors.includes('werkgever')).length} factoren`}],
    [table.querySelector('a.skip')!, {role: 'link', name: 'Sla de tabel over'}],
    [table.querySelector('input[type="search"]')!, {role: 'searchbox', name: 'Zoek in de factoren'}],
    [table.querySelector('[part="csv"]')!, {role: 'button', name: 'Download als CSV'}],
    ...columns.map((column): Probe => [table.querySelector(`thead th.col-${column}`)!, {role: 'columnheader', name: names[column]}]),
    [cell('kind'), {role: 'cell', name: labels.kinds[first.kind]}],
    [cell('factor'), {role: 'rowheader', name: first.factor}],
    [cell('how'), {role: 'cell', name: first.how}],
    [cell('actor'), {role: 'cell', name: first.actors.map((actor) => labels.actors[actor]).join(', ')}],
    [cell('source'), {role: 'cell', name: `Over de bron ${citation.text}`}],
    [cell('source').querySelector('button')!, {role: 'button', name: `Over de bron ${citation.text}`}],
    [cell('evidence'), {role: 'cell', name: String(evidenceCount(bundledDataset, first))}],
    [table.querySelector('.table-end')!, {role: 'generic', name: ''}],
    [heatmap.querySelector('[part="title"]')!, {role: 'heading', name: 'Belemmeringen per actor en bron'}],
    [heatmap.querySelector('[role="grid"]')!, {role: 'grid', name: 'Belemmeringen per actor en bron'}],
    [heatmap.querySelector(`[data-actor="${largest.actor}"][data-source="${largest.sourceId}"]`)!,
      {role: 'gridcell', name: `${largest.count} belemmeringen`}],
    [card.querySelector('[part="heading"]')!, {role: 'heading', name: 'TNO (2011)'}],
    [card.querySelector('[part="show-factors"]')!, {role: 'button', name: `Toon de ${tno.length} factoren uit deze bron`}],
  ];
  // The narrow layout sorts with one select; the wide one with a button in each header, named without its arrow.
  if (narrow) list.push([table.querySelector('select')!, {role: 'combobox', name: 'Sorteer'}]);
  else list.push(...columns.map((column): Probe => [table.querySelector(`thead th.col-${column} button`)!, {role: 'button', name: names[column]}]));
  return list.map(inWebKit);
}

describe('accessible names and roles, as the browser hands them to a screen reader', function () {
  this.timeout(60000);
  afterEach(unmountAll);
  after(() => setViewport({width: 800, height: 600}));

  for (const [layout, size, narrow] of [['a laptop', {width: 1280, height: 900}, false], ['a phone (cards)', {width: 390, height: 844}, true]] as const) {
    it(`on ${layout}: cells, headers, buttons and links`, async () => {
      await setViewport(size);
      const page = await cmsPage();
      const list = probes(page, narrow);
      // The layout: cards with drawn column names on the phone, a table on the laptop.
      const how = page.table.querySelector(`tr[data-factor-id="${first.id}"] .col-how`)!;
      expect(getComputedStyle(how, '::before').content, 'the column name drawn in a card').to.equal(narrow ? '"Hoe" / ""' : 'none');
      const answers = await accessibleNames(list.map(([element]) => element), list.map(([, expected]) => expected));
      const wrong = answers.flatMap((answer, i) => answer.found ? []
        : [`${list[i][0].localName}.${list[i][0].className}: expected ${JSON.stringify(list[i][1])}, the browser says ${JSON.stringify({role: answer.role, name: answer.name})}`]);
      expect(wrong).to.deep.equal([]);
    });
  }
});
