/**
 * Reading and placing the library's elements, the same in every folder of browser tests. A folder's own
 * helpers.ts keeps only its fixtures.
 */
import {expect} from '@open-wc/testing';
import {render, type TemplateResult} from 'lit';
import type {SinonFakeTimers} from 'sinon';
import {ELEMENT_TAGS} from '../../src/elements/registry.js';
import {deepElements} from './dom.js';
import {waitFor} from './wait.js';

let groupCounter = 0;
/** A group name no other test uses, so tests never share filter state (nor a broken dataset). */
export const freshGroup = (prefix = 'test') => `${prefix}-${Date.now()}-${groupCounter++}`;

export const shadow = (el: Element) => el.shadowRoot!;

/** Text as a reader sees it: runs of white space (template line breaks) as single spaces. */
export const flat = (node: Node) => node.textContent!.replace(/\s+/g, ' ').trim();

/** The name a screen reader says for each button under `root`: its aria-label where it has one, else its text. */
export const buttonNames = (root: ParentNode) => [...root.querySelectorAll('button')].map((button) => button.getAttribute('aria-label') ?? flat(button));

/** The trimmed text of each element under `root` that matches `selector`. */
/** The number a heatmap cell shows; its name ("16 belemmeringen") is beside it, for screen readers only. */
export const cellNumber = (cell: Element) => flat(cell.querySelector('[aria-hidden="true"]')!);
/** Whether the page runs in WebKit (neither Chromium nor Firefox). */
export const isWebKit = !navigator.userAgent.includes('Chrome/') && !navigator.userAgent.includes('Firefox/');

export const texts = (root: ParentNode, selector: string) => [...root.querySelectorAll(selector)].map((node) => node.textContent!.trim());

/** The factor ids of the rows a `<factor-table>` shows, in their order. */
export const rowIds = (table: Element) =>
  [...shadow(table).querySelectorAll('tbody tr:not([hidden])')].map((row) => row.getAttribute('data-factor-id'));

/** The polite live region where a `<factor-table>` says what a change did. */
export const liveRegion = (table: Element) => shadow(table).querySelector('[role="status"][aria-live="polite"]')!;

/**
 * Right after a change, on a fake clock (test/shared/clock.ts): the table's live region says nothing at once
 * nor 599 ms later, and `expected` 600 ms after the change, when the reader has stopped typing.
 */
export async function expectAnnouncedAfterPause(clock: SinonFakeTimers, table: Updating, expected: string | RegExp): Promise<void> {
  const said = () => liveRegion(table).textContent!.trim();
  expect(said(), 'the live region at once').to.equal('');
  clock.tick(599);
  await table.updateComplete;
  expect(said(), 'the live region after 599 ms').to.equal('');
  clock.tick(1);
  await table.updateComplete;
  if (typeof expected === 'string') expect(said(), 'the live region after 600 ms').to.equal(expected);
  else expect(said(), 'the live region after 600 ms').to.match(expected);
}

/** The library's elements (src/elements/registry.ts); what a sweep looks for in a story or a page. */
export const LIBRARY_TAGS = ELEMENT_TAGS;

export type Updating = HTMLElement & {updateComplete: Promise<boolean>};

const isLibraryElement = (el: Element) => (LIBRARY_TAGS as readonly string[]).includes(el.localName);

/** The library's elements under `root` (and `root` itself, if it is one), at any depth, also in shadow roots. */
export const libraryElements = (root: ParentNode) =>
  [...(root instanceof Element && isLibraryElement(root) ? [root] : []), ...deepElements(root).filter(isLibraryElement)] as Updating[];

const registryOf = (el: Element) => (el.ownerDocument.defaultView ?? window).customElements;

/**
 * Waits until every library element in `roots` (in this page or in a frame's) has rendered: also elements that a render added (the
 * dialog's cards), elements that another's change reached (a filter's table), and datasets from `src`
 * (their `updateComplete` waits for the fetch).
 */
export async function settle(...roots: ParentNode[]): Promise<void> {
  for (let round = 0; round < 3; round++) {
    const elements = roots.flatMap(libraryElements);
    // Each in its own window's registry: a page in a frame has its own.
    const undefinedTags = () => [...new Set(elements.filter((el) => !registryOf(el).get(el.localName)).map((el) => el.localName))];
    await waitFor(() => undefinedTags().length === 0, `the definition of ${undefinedTags().map((tag) => `<${tag}>`).join(', ')}`);
    for (const el of elements) await el.updateComplete;
  }
}

/** Fails when there are problems, listing the first of them (a table that sticks out has hundreds of cells that do) and how many there are. */
export function expectNoProblems(problems: readonly string[], what = ''): void {
  const shown = problems.slice(0, 12);
  if (problems.length > shown.length) shown.push(`… and ${problems.length - shown.length} more`);
  expect(shown, `${what}${what ? ': ' : ''}${problems.length} problem(s)`).to.deep.equal([]);
}

const mounted: HTMLElement[] = [];

/**
 * Renders a template into a fresh block at the end of the page, as a CMS would place it, and waits
 * for the library's elements in it. `style` sets the block's own style (e.g. its width).
 */
export async function mount(template: TemplateResult, style = ''): Promise<HTMLElement> {
  const block = document.createElement('div');
  block.className = 'cms-block';
  block.setAttribute('style', style);
  document.body.append(block);
  mounted.push(block);
  render(template, block);
  await settle(block);
  return block;
}

/** Removes what `mount` added; call in `afterEach`. */
export function unmountAll(): void {
  for (const block of mounted.splice(0)) {
    render(null, block);
    block.remove();
  }
}
