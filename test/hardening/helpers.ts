import {expect, fixtureSync, html} from '@open-wc/testing';
// Every element, registered.
import '../../src/index.js';
import type {FactorTable} from '../../src/elements/factor-table/factor-table.component.js';
import {ELEMENT_TAGS, type ElementTag} from '../../src/elements/registry.js';
import type {ValidationError} from '../../src/data/index.js';
import {deepElements} from '../shared/dom.js';
import {flat, freshGroup, rowIds, shadow} from '../shared/elements.js';
import {waitFor} from '../shared/wait.js';

declare global {
  interface Window {
    /** Set by the script payloads of these tests if anything ever runs them. */
    __pwned?: unknown;
  }
}

/** The elements that take a dataset through `src` or `data`: every one but the landscape, which only holds groups. */
export type Tag = Exclude<ElementTag, 'factor-landscape'>;
export const TAGS = ELEMENT_TAGS.filter((tag): tag is Tag => tag !== 'factor-landscape');

/** What every library element has: `src`, `data` and Lit's `updateComplete`. */
export type DataElement = HTMLElement & {src?: string; data?: unknown; updateComplete: Promise<boolean>};

export const FIXTURES = '/test/hardening/fixtures';
export const IMG = '<img src=x onerror=window.__pwned=1>';
export const SCRIPT = '<script>window.__pwned=1</script>';
export const JS_URL = 'javascript:alert(1)';

/** The heading of every dataset error, in the default (Dutch) interface. */
export const ERROR_TITLE = 'De gegevens kunnen niet worden getoond';


/** A small valid dataset in the format of docs/api.md; every test breaks its own copy. */
export function smallDataset(): any {
  return {
    title: 'Kleine testdataset', language: 'nl',
    factors: [
      {id: 'goede-coaching', kind: 'stimulerend', factor: 'goede coaching', how: 'door goede gesprekken', actors: ['werkgever', 'trainer'], sources: ['jansen-2020']},
      {id: 'gebrek-aan-tijd', kind: 'inhiberend', factor: 'gebrek aan tijd', how: '', actors: ['werknemer'], sources: ['jansen-2020', 'devries-2019']},
      {id: 'hoge-kosten', kind: 'inhiberend', factor: 'hoge kosten', how: 'cursusgeld en reiskosten', actors: ['werkgever', 'werknemer'], sources: ['devries-2019']},
    ],
    sources: [
      {id: 'jansen-2020', citation: 'Jansen (2020)', authors: ['Jansen, A.'], year: 2020, title: 'Leren op de werkvloer', summary: 'Een studie naar leren op het werk.', findings: ['Coaching helpt.']},
      {id: 'devries-2019', citation: 'De Vries (2019)', authors: ['De Vries, B.', 'Bakker, C.'], year: 2019, title: 'Drempels voor scholing', summary: 'Een studie naar drempels.', findings: []},
    ],
  };
}

/** Elements of the given names that live inside a shadow root (ours render every dataset text there). */
export function elementsInShadowRoots(selector: string): Element[] {
  return deepElements().filter((el) => el.matches(selector) && el.getRootNode() instanceof ShadowRoot);
}

/** Nothing from a payload ran or became markup: no flag, no `<img>`/`<script>`, no `on…` attribute and no `javascript:` link in any shadow root. */
export function expectNothingRan(): void {
  expect(window.__pwned, 'a payload ran').to.equal(undefined);
  const where = (el: Element) => `<${el.localName}> in <${(el.getRootNode() as ShadowRoot).host.localName}>`;
  expect(elementsInShadowRoots('img, script, iframe, object, embed').map(where), 'markup made from data').to.deep.equal([]);
  expect(elementsInShadowRoots('*').filter((el) => el.getAttributeNames().some((name) => name.startsWith('on'))).map(where),
    'event handler attributes').to.deep.equal([]);
  const hrefs = elementsInShadowRoots('[href]').map((el) => el.getAttribute('href')!);
  expect(hrefs.filter((href) => /^\s*javascript:/i.test(href)), 'javascript: links').to.deep.equal([]);
}

/**
 * Waits until an `<img src=x onerror>` made from a payload would have fired its handler: until an image of
 * the same address, asked for now, has failed to load (the "no img" check does not depend on it).
 */
export async function waitForImageErrors(): Promise<void> {
  let failed = false;
  const probe = new Image();
  probe.addEventListener('error', () => (failed = true), {once: true});
  probe.src = 'x';
  await waitFor(() => failed, 'an image from the address of the payloads ("x") to fail loading');
}

export interface ErrorSeen {
  readonly event: CustomEvent<{errors: readonly ValidationError[]}>;
  /** The element that dispatched it, seen from inside (outside, the event is retargeted to the shadow host). */
  readonly origin: EventTarget;
}

export interface BrokenPage {
  /** The element given the broken dataset. It sits in the shadow root of a CMS block, to prove the event is composed. */
  readonly el: DataElement;
  /** `factor-error` events as the page outside that shadow root saw them. */
  readonly errors: ErrorSeen[];
  /** A `<factor-table>` in another CMS block and another group, on the bundled dataset. */
  readonly control: FactorTable;
  readonly page: HTMLElement;
}

/**
 * Two CMS blocks: `tag` with the given `src` or `data` in a group of its own in the first (inside a shadow
 * root when asked), and a table on the bundled dataset, in another group, in the second.
 */
function mountBeside(tag: Tag, input: {src?: string; data?: unknown}, attributes: Record<string, string>, options: {inShadowRoot: boolean; all: boolean}) {
  const page = fixtureSync(html`<main>
    <div class="cms-block-a"></div>
    <div class="cms-block-b"><factor-table group=${freshGroup('control')}></factor-table></div>
  </main>`) as HTMLElement;
  const errors: ErrorSeen[] = [];
  page.addEventListener('factor-error', (event) => errors.push({event: event as ErrorSeen['event'], origin: event.composedPath()[0]}));
  const el = document.createElement(tag) as DataElement;
  el.setAttribute('group', freshGroup());
  if (options.all) el.setAttribute('all', '');
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  if ('data' in input) el.data = input.data;
  if (input.src !== undefined) el.setAttribute('src', input.src);
  const block = page.querySelector<HTMLElement>('.cms-block-a')!;
  (options.inShadowRoot ? block.attachShadow({mode: 'open'}) : block).append(el);
  return {page, el, errors};
}

/** Waits for the element and the table in the other block to finish rendering. */
async function settled(mounted: {page: HTMLElement; el: DataElement; errors: ErrorSeen[]}): Promise<BrokenPage> {
  await mounted.el.updateComplete;
  const control = mounted.page.querySelector<FactorTable>('.cms-block-b factor-table')!;
  await control.updateComplete;
  return {...mounted, control};
}

/**
 * Puts `tag` with the given `src` or `data` in a group of its own, next to a bundled-data table in another
 * group, the way a CMS page with two blocks would have it, and waits for the element's `factor-error`.
 */
export async function mountBroken(tag: Tag, input: {src?: string; data?: unknown}, attributes: Record<string, string> = {}): Promise<BrokenPage> {
  const mounted = mountBeside(tag, input, attributes, {inShadowRoot: true, all: tag === 'source-citation'});
  await waitFor(() => mounted.errors.length > 0, `<${tag}> to dispatch a factor-error`, {timeout: 8000});
  return settled(mounted);
}

/**
 * Like `mountBroken`, for a dataset that should work: waits until the element shows the dataset
 * (no loading message, no alert), and keeps any `factor-error` for the test to check.
 */
export async function mountWithData(tag: Tag, input: {src?: string; data?: unknown}, attributes: Record<string, string> = {}): Promise<BrokenPage> {
  const mounted = mountBeside(tag, input, attributes, {inShadowRoot: false, all: tag === 'source-citation' && !('source' in attributes)});
  const {el} = mounted;
  await waitFor(() => el.shadowRoot && el.shadowRoot.childElementCount > 0 && !el.shadowRoot.querySelector('.status, [role="alert"]'),
    `<${tag}> to show its dataset`, {timeout: 15000});
  return settled(mounted);
}

/** The visible alert of an element, with its text as a reader sees it. */
export function alertOf(el: Element): HTMLElement {
  const alerts = shadow(el).querySelectorAll<HTMLElement>('[role="alert"]');
  // Counts and texts, never elements, as `actual`: the runner hangs serialising a failed assertion on a DOM node.
  expect(alerts.length, `role="alert" elements in <${el.localName}>`).to.equal(1);
  const alert = alerts[0];
  expect(alert.checkVisibility(), 'the alert is visible').to.equal(true);
  return alert;
}

/** What a dataset renders when it works: with a broken dataset none of it may be there. */
const CONTENT = 'table, [role="grid"], [data-factor-id], [data-source], [aria-pressed], .entry, article, input';

/**
 * What a reader, a screen reader and a CMS script notice of a refused dataset: a Dutch alert that says
 * what is wrong (`expected` fragments), none of the data, a bubbling composed `factor-error` from the
 * element whose `detail.errors` are the listed messages, nothing that ran, and the rest of the page intact.
 */
export async function expectRefused(broken: BrokenPage, expected: readonly (string | RegExp)[]): Promise<readonly ValidationError[]> {
  const {el, errors, control} = broken;
  const alert = alertOf(el);
  const text = flat(alert);
  expect(text).to.contain(ERROR_TITLE);
  for (const fragment of expected) {
    if (typeof fragment === 'string') expect(text).to.contain(fragment);
    else expect(text).to.match(fragment);
  }
  expect([...shadow(el).querySelectorAll(CONTENT)].map((node) => node.localName), 'data shown despite the error').to.deep.equal([]);

  expect(errors.length, 'factor-error events').to.be.at.least(1);
  const {event, origin} = errors[0];
  expect(origin === el, 'the element itself dispatched factor-error').to.equal(true);
  expect(event.bubbles, 'factor-error bubbles').to.equal(true);
  expect(event.composed, 'factor-error is composed').to.equal(true);
  const list = event.detail.errors;
  expect(list).to.be.an('array').that.is.not.empty;
  for (const error of list) {
    expect(error.message, 'each error has a message').to.be.a('string').and.not.equal('');
    expect(error.path, 'each error has a path').to.be.a('string');
  }
  // The alert shows the event's errors (the first eight; the rest as "en nog … fouten").
  const items = [...alert.querySelectorAll('li')].map(flat);
  expect(items.slice(0, Math.min(8, list.length))).to.deep.equal(list.slice(0, 8).map((error) => error.message));
  if (list.length > 8) expect(items.at(-1)).to.equal(`en nog ${list.length - 8} ${list.length - 8 === 1 ? 'fout' : 'fouten'}`);

  await waitForImageErrors();
  expectNothingRan();
  await expectBundledTableWorks(control);
  return list;
}

/** A `<factor-table>` on the bundled dataset shows its 83 rows, and its search box narrows them. */
export async function expectBundledTableWorks(table: FactorTable): Promise<void> {
  await table.updateComplete;
  expect(alertText(table), 'the other table shows an error').to.equal(null);
  expect(rowIds(table), 'rows of the other table').to.have.length(83);
  expect(flat(shadow(table).querySelector('.count')!)).to.equal('83 van 83 factoren');
  const input = shadow(table).querySelector<HTMLInputElement>('input[type="search"]')!;
  input.value = 'tijd';
  input.dispatchEvent(new InputEvent('input', {bubbles: true, composed: true}));
  await table.updateComplete;
  const rows = [...shadow(table).querySelectorAll('tbody tr:not([hidden])')];
  expect(rows.length, 'rows matching "tijd"').to.be.within(1, 82);
  for (const row of rows) expect(row.textContent!.toLowerCase()).to.contain('tijd');
  expect(flat(shadow(table).querySelector('.count')!)).to.equal(`${rows.length} van 83 factoren`);
}

export const alertOrNull = (el: Element) => shadow(el).querySelector('[role="alert"]');
/** The text of an element's alert, or null when it shows none. */
export const alertText = (el: Element) => {
  const alert = alertOrNull(el);
  return alert ? flat(alert) : null;
};

export {html};
