// What a reader sees of what a CMS stored: the stored HTML in a page of its own (a frame of the test page),
// with or without our lines in the site's template, loading the BUILT files (dist/cdn/), and what that page
// shows, in the words of the README's table.
import {whenLive} from '../embed/helpers.js';
import {waitFor} from '../shared/wait.js';
import {common} from '../../src/i18n/common.js';
import {bundledDataset, type Actor} from '../../src/data/index.js';

/**
 * - `werkt`: the chosen rows, and a frame exactly as tall as its content (where the rows are in a frame);
 * - `werkt, vaste hoogte`: the chosen rows in a frame of the snippet's own height (taller content scrolls in it);
 * - `link`: no rows, but a visible link to the page that shows the chosen rows;
 * - `melding`: other rows, under a visible statement of the filter they follow and how many they are;
 * - `niets` and `andere rijen zonder melding` never belong in the table: they fail the test.
 */
export type Outcome = 'werkt' | 'werkt, vaste hoogte' | 'link' | 'melding' | 'niets' | 'andere rijen zonder melding';

export interface Expected {
  /** The ids of the chosen rows. */
  readonly ids: readonly string[];
  /** The embed page of the choice: where the snippet's link leads. */
  readonly page: string;
  /** The height the snippet gives its frame. */
  readonly height: number;
}

export interface ReaderView {
  readonly outcome: Outcome;
  /** What was seen, for a failure's message. */
  readonly seen: string;
}

const pages: HTMLIFrameElement[] = [];

/** Removes the pages `readerView` opened. */
export function closeReaderPages(): void {
  for (const page of pages.splice(0)) page.remove();
}

type Table = HTMLElement & {updateComplete: Promise<unknown>; visibleFactors?: readonly {id: string}[]};

const sameRows = (shown: readonly string[], ids: readonly string[]) =>
  shown.length === ids.length && [...shown].sort().join() === [...ids].sort().join();

/** Whether an element takes up room on the screen (not hidden, not inside an element that renders no children). */
const isShown = (element: Element) => {
  const box = element.getBoundingClientRect();
  return element.getClientRects().length > 0 && box.width > 1 && box.height > 1 && getComputedStyle(element).visibility !== 'hidden';
};

/** The text of a table that a reader sees outside its rows: caption, count, filters, notices. */
function textOutsideRows(table: Element): string {
  const root = table.shadowRoot!;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const parts: string[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (parent && !parent.closest('tbody') && isShown(parent)) parts.push(node.textContent ?? '');
  }
  return parts.join(' ').replace(/\s+/g, ' ');
}

/**
 * Whether the table says, in text the reader sees, which filter it follows and how many rows that leaves:
 * each active filter's name (from its attributes: nothing else set its filter on these pages) and
 * "<shown> van <all>".
 */
function statesItsFilter(table: Element, shown: number): boolean {
  const text = textOutsideRows(table).toLowerCase();
  const kind = table.getAttribute('kind') as 'stimulerend' | 'inhiberend' | null;
  const actors = (table.getAttribute('actor') ?? '').split(/\s+/).filter(Boolean) as Actor[];
  const names = [...(kind ? [common.nl.kinds[kind]] : []), ...actors.map((actor) => common.nl.actors[actor])];
  return text.includes(`${shown} van ${bundledDataset.factors.length}`) && names.every((name) => text.includes(name.toLowerCase()));
}

/** The rows a table in `doc` shows, live or as its HTML brought them (a frame that runs no script). */
async function rowsOf(table: Table, live: boolean): Promise<string[]> {
  if (live) {
    await waitFor(() => table.visibleFactors && table.shadowRoot?.querySelector('[part="count"]'), 'the table to show its rows');
    await table.updateComplete;
    return table.visibleFactors!.map((factor) => factor.id);
  }
  return [...table.shadowRoot!.querySelectorAll<HTMLElement>('tr[data-factor-id]:not([hidden])')].map((row) => row.dataset['factorId']!);
}

interface Seen {
  rows: string[];
  table: Table;
  frame?: HTMLIFrameElement;
}

/** The tables a frame of an embed page shows, and whether that frame is as tall as its content. */
async function framedTables(frame: HTMLIFrameElement, embedJs: boolean): Promise<{seen: Seen[]; sized: boolean}> {
  const scripts = !frame.hasAttribute('sandbox') || frame.sandbox.contains('allow-scripts');
  await waitFor(() => frame.contentDocument?.URL !== 'about:blank' && frame.contentDocument?.readyState === 'complete', `the frame of ${frame.src} to load`);
  const doc = frame.contentDocument!;
  const tables = scripts ? (await whenLive(frame)).filter((element) => element.localName === 'factor-table')
    : [...doc.querySelectorAll<Table>('factor-table')];
  const seen: Seen[] = [];
  for (const table of tables as Table[]) {
    if (!scripts) await waitFor(() => table.shadowRoot?.querySelector('link')?.sheet, 'the table\'s stylesheet');
    seen.push({rows: await rowsOf(table, scripts), table, frame});
  }
  const content = () => doc.documentElement.getBoundingClientRect().height;
  const fits = () => Math.abs(frame.getBoundingClientRect().height - content()) <= 2;
  // embed.js sizes a frame whose page may run its script; it may take a moment.
  if (embedJs && scripts) await waitFor(fits, `embed.js to size the frame of ${frame.src} to its content`);
  return {seen, sized: fits()};
}

/**
 * The HTML as the page serves it, except that a frame's `sandbox=""` (TinyMCE's) also allows the same
 * origin, so that the test can look inside. Only that changes: scripts still may not run in such a frame.
 */
function observable(html: string): string {
  const readable = html.replace(/ sandbox=""/g, ' sandbox="allow-same-origin"');
  const doc = new DOMParser().parseFromString(readable, 'text/html');
  if ([...doc.querySelectorAll('iframe')].some((frame) => frame.hasAttribute('sandbox') && !frame.sandbox.contains('allow-same-origin'))) {
    throw new Error(`a sandbox the test cannot look into: ${html}`);
  }
  return readable;
}

/**
 * Opens `stored` as a CMS page would serve it (in the site's template when `template` holds our lines)
 * and says what a reader sees there.
 */
export async function readerView(stored: string, expected: Expected, template = ''): Promise<ReaderView> {
  const page = document.createElement('iframe');
  page.width = '900';
  page.height = '700';
  page.title = 'CMS-pagina';
  const loaded = new Promise((resolve) => page.addEventListener('load', resolve, {once: true}));
  page.srcdoc = '<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Pagina van een CMS</title>' +
    `${template}</head><body><main>${observable(stored)}</main></body></html>`;
  document.body.append(page);
  pages.push(page);
  // A lazy frame loads when the reader comes near it.
  page.scrollIntoView();
  await loaded;
  const doc = page.contentDocument!;
  const win = page.contentWindow as Window & typeof globalThis;
  const embedJs = Boolean((win as unknown as Record<symbol, boolean>)[Symbol.for('scholingsfactoren.embed.js')]);

  const seen: Seen[] = [];
  let framesSized = true;
  // Module scripts have run by the load event: a table that is still unknown stays so.
  for (const table of doc.querySelectorAll<Table>('factor-table')) {
    if (win.customElements.get('factor-table') && isShown(table)) seen.push({rows: await rowsOf(table, true), table});
  }
  for (const frame of doc.querySelectorAll('iframe')) {
    if (!isShown(frame)) continue;
    const framed = await framedTables(frame, embedJs);
    seen.push(...framed.seen);
    framesSized &&= framed.sized;
    if (!framed.sized) {
      const height = frame.getBoundingClientRect().height;
      if (Math.abs(height - expected.height) > 1) throw new Error(`a frame neither as tall as its content nor as the snippet says: ${height} px`);
    }
  }
  const links = [...doc.querySelectorAll('a[href]')].filter((link) => isShown(link) && (link as HTMLAnchorElement).href === expected.page &&
    link.textContent!.trim() !== '');

  const chosen = seen.find(({rows}) => sameRows(rows, expected.ids));
  const other = seen.find(({rows}) => !sameRows(rows, expected.ids));
  const what = [
    ...seen.map(({rows, frame}) => `${frame ? 'a frame' : 'a table'} with ${rows.length} rows`),
    ...links.map((link) => `the link "${link.textContent!.trim()}"`),
  ].join(', ') || 'nothing';
  if (other) {
    return {outcome: statesItsFilter(other.table, other.rows.length) ? 'melding' : 'andere rijen zonder melding', seen: what};
  }
  if (chosen) return {outcome: chosen.frame && !framesSized ? 'werkt, vaste hoogte' : 'werkt', seen: what};
  return {outcome: links.length > 0 ? 'link' : 'niets', seen: what};
}
