import {foldText, queryTerms} from '../data/index.js';
import type {EmbedSettings} from './embed-query.js';
import {STATIC_TABLE_TEXT, type StaticColumn, type StaticTableText} from './static-table-text.js';

const words = (value: string | undefined) => (value ?? '').split(' ');

/** The text a search looks in, as the element builds it: factor, how and the source labels. */
const searchText = (row: HTMLElement) =>
  foldText([...row.querySelectorAll('.col-factor, .col-how, .source')].map((cell) => cell.textContent ?? '').join('\n'));

/** Whether a static row matches the settings, by the rules of `filterFactors`. */
function rowMatcher({kind, actors, sources, query}: EmbedSettings): (row: HTMLElement) => boolean {
  const terms = queryTerms(query);
  return (row) =>
    (kind === null || row.dataset['kind'] === kind) &&
    (actors.length === 0 || words(row.dataset['actors']).some((actor) => (actors as readonly string[]).includes(actor))) &&
    (sources.length === 0 || words(row.dataset['sources']).some((source) => sources.includes(source))) &&
    (terms.length === 0 || terms.every((term) => searchText(row).includes(term)));
}

/** The chips the element shows for active filters, in its order: kind, actors, sources (one per label), search. */
function chipLabels(settings: EmbedSettings, text: StaticTableText, citations: ReadonlyMap<string, string>): string[] {
  const labels = new Set(settings.sources.map((id) => citations.get(id) ?? id));
  return [
    ...(settings.kind ? [text.kinds[settings.kind]] : []),
    ...settings.actors.map((actor) => text.actors[actor]),
    ...labels,
    ...(settings.query ? [text.searchChip(settings.query)] : []),
  ];
}

function chip(label: string): HTMLElement {
  const element = document.createElement('span');
  element.className = 'button chip';
  const cross = document.createElement('span');
  cross.className = 'chip-x';
  cross.textContent = '×';
  element.append(label, cross);
  return element;
}

/** The interface words in another language; the factors themselves stay Dutch (and say so, for hyphenation and speech). */
function translate(block: HTMLElement, text: StaticTableText, language: string): void {
  const set = (selector: string, value: string) => block.querySelectorAll(selector).forEach((element) => (element.textContent = value));
  block.querySelector('table')!.className = `ui-${language}`;
  set('caption', text.caption);
  for (const sort of block.querySelectorAll<HTMLElement>('.sort')) {
    sort.firstChild!.textContent = (sort.previousElementSibling as HTMLElement).textContent = text.columns[sort.dataset['column'] as StaticColumn];
  }
  for (const row of block.querySelectorAll<HTMLElement>('tr[data-factor-id]')) {
    row.querySelector('.badge')!.textContent = text.kinds[row.dataset['kind'] as keyof StaticTableText['kinds']];
    row.querySelector('.col-actor')!.textContent =
      words(row.dataset['actors']).map((actor) => text.actors[actor as keyof StaticTableText['actors']]).join(', ');
    row.querySelectorAll('.col-factor, .col-how').forEach((cell) => cell.setAttribute('lang', 'nl'));
    row.querySelector('.evidence')!.setAttribute('title', text.evidenceTitle);
  }
  set('.search .label', text.search);
  set('.search .placeholder', text.searchPlaceholder);
  set('.csv', text.csv);
  set('.clear', text.clearAll);
  set('.sort-select .label', text.sortLabel);
  set('.sort-select .select', text.documentOrder);
  set('.empty p', text.empty);
}

/**
 * Makes the table of every factor show, before the page is first painted, what the live
 * `<factor-table>` will show: the rows of the query, in the page's language, with the element's
 * toolbar (its search box, count and filter chips, drawn without function). The live element then
 * takes its place without moving anything.
 * @param citations the label of each publication, by id
 */
export function prepareStaticTable(block: HTMLElement, settings: EmbedSettings, citations: ReadonlyMap<string, string>): void {
  if (!settings.show.includes('factor-table')) {
    block.hidden = true;
    return;
  }
  const text = STATIC_TABLE_TEXT[settings.lang];
  if (settings.lang !== 'nl') translate(block, text, settings.lang);
  const rows = [...block.querySelectorAll<HTMLElement>('tr[data-factor-id]')];
  const matches = rowMatcher(settings);
  let shown = 0;
  for (const row of rows) {
    row.hidden = !matches(row);
    if (!row.hidden) shown++;
  }
  block.querySelector('.count')!.textContent = text.count(shown, rows.length);
  if (settings.query) {
    const value = block.querySelector('.search .value')!;
    value.textContent = settings.query;
    value.classList.remove('placeholder');
  }
  const chips = chipLabels(settings, text, citations);
  block.querySelector('.chip-list')!.append(...chips.map(chip));
  block.querySelector<HTMLElement>('.chips')!.hidden = chips.length === 0;
  block.querySelector<HTMLElement>('.empty')!.hidden = shown > 0;
}
