// A CMS theme at its worst (fixtures/hostile.css): `* {… !important}`, `table, th, td {…}`,
// `button {all: unset}`, `:focus {outline: none !important}`, `[hidden] {display: block !important}`
// and inherited typography on the body. The same elements on the same page without the theme are
// the reference: what the reader sees and uses inside the elements must not change.
//
// What shadow DOM does and does not protect:
// - Selectors of the page never match inside a shadow root: the table, its cells and the buttons
//   keep their own display, borders, backgrounds and focus ring. Asserted exactly.
// - Inherited properties cross the shadow boundary. The elements set their own typography on :host
//   (src/elements/shared.styles.ts), so the body's font, colour, case, alignment and spacing stay out.
//   Asserted for every element in every shadow root.
// - A rule that matches the host element itself (`* {…}`) beats :host, and what it sets on the host
//   is inherited inside: here font-size 22px (every length inside is in em of it), line-height 3 and
//   letter-spacing 2px. That is by design, and it is how a reader's text-spacing override
//   (WCAG 1.4.12) reaches the elements; so lengths are compared relative to the font size (22px here,
//   the root's too), and line-height and letter-spacing are not compared. Instead: nothing overflows
//   or gets cut off. (A theme that shrinks only the root: test/hardening/small-root-font.test.ts.)
import {expect} from '@open-wc/testing';
import {bundledDataset} from '../../src/data/index.js';
import {press} from '../shared/commands.js';
import {waitFor} from '../shared/wait.js';
import {allUpdated, expectAccessible, openPage, pageProblems, rowsOf, waitForRows, type Page} from './page.js';
import {expectNoProblems} from '../shared/elements.js';

const FACTORS = bundledDataset.factors.length;

/** Lengths in px become multiples of the root font size, so a 22px root compares equal to a 16px one. */
const RELATIVE: string[] = ['font-size', 'padding-top', 'padding-right', 'padding-bottom', 'padding-left', 'min-height', 'min-width',
  'border-top-left-radius', 'margin-top', 'margin-bottom', 'row-gap', 'column-gap', 'text-indent', 'word-spacing'];

/** What to compare, per part of an element: [name, host selector, selector inside its shadow root, properties]. */
const PARTS: [name: string, host: string, selector: string, properties: string[]][] = [
  ['table', 'factor-table', 'table', ['display', 'border-collapse', 'border-top-style', 'border-top-width', 'background-color', 'table-layout']],
  ['caption', 'factor-table', 'caption', ['display', 'caption-side', 'text-align', 'font-size', 'font-weight']],
  ['header row', 'factor-table', 'thead tr', ['display']],
  ['column header', 'factor-table', 'thead th', ['display', 'border-top-style', 'border-bottom-style', 'border-bottom-width',
    'border-bottom-color', 'background-color', 'padding-top', 'white-space', 'text-align']],
  ['row', 'factor-table', 'tbody tr', ['display', 'background-color']],
  ['row header', 'factor-table', 'tbody th', ['display', 'border-top-style', 'border-bottom-style', 'border-bottom-width',
    'border-bottom-color', 'background-color', 'font-size', 'font-weight', 'padding-top', 'vertical-align', 'text-align']],
  ['cell', 'factor-table', 'tbody td', ['display', 'border-top-style', 'border-left-style', 'border-bottom-style', 'border-bottom-width',
    'border-bottom-color', 'background-color', 'font-size', 'padding-top', 'padding-left', 'vertical-align']],
  ['sort button', 'factor-table', 'button.sort', ['display', 'text-transform', 'font-family', 'font-size', 'font-weight',
    'border-top-style', 'background-color', 'color', 'padding-top', 'padding-left', 'cursor', 'min-height']],
  ['csv button', 'factor-table', 'button.csv', ['display', 'text-transform', 'font-family', 'font-size', 'border-top-style',
    'border-top-width', 'border-top-color', 'border-top-left-radius', 'background-color', 'color', 'padding-top', 'padding-left',
    'min-height', 'cursor', 'box-sizing']],
  ['source button', 'factor-table', 'button.source', ['display', 'text-transform', 'text-decoration-line', 'font-size', 'color',
    'border-top-style', 'background-color', 'cursor']],
  ['search box', 'factor-table', 'input[type=search]', ['display', 'box-sizing', 'font-family', 'font-size', 'border-top-style',
    'border-top-width', 'border-top-color', 'padding-top', 'padding-left', 'min-height', 'text-transform']],
  ['visually hidden text', 'factor-table', '.visually-hidden', ['position', 'width', 'height', 'overflow-x', 'clip-path']],
  ['actor button', 'actor-filter', 'button[data-value]', ['display', 'text-transform', 'font-family', 'font-size', 'border-top-style',
    'border-top-width', 'background-color', 'color', 'padding-top', 'padding-left', 'min-height', 'cursor']],
  ['pressed button', 'actor-filter', 'button[aria-pressed=true]', ['background-color', 'color']],
  ['options', 'actor-filter', '.options', ['display', 'list-style-type', 'padding-left', 'margin-top', 'column-gap']],
  ['heatmap cell', 'barrier-heatmap', '[role=gridcell]', ['display', 'background-color', 'color', 'min-width', 'font-size', 'cursor']],
  ['heatmap grid', 'barrier-heatmap', '[role=grid]', ['display']],
  ['citation card', 'source-citation', 'article', ['display', 'border-top-style', 'border-top-width', 'background-color', 'color',
    'font-family', 'padding-top', 'padding-left']],
  ['citation heading', 'source-citation', '.heading', ['display', 'font-size', 'font-weight', 'text-transform']],
  ['citation button', 'source-citation', 'button.copy', ['display', 'text-transform', 'font-size', 'border-top-style',
    'background-color', 'color', 'min-height', 'cursor']],
];

/** The elements' own typography: inherited from the body, it would show everywhere inside them. */
const OWN_TYPOGRAPHY: string[] = ['font-family', 'color', 'text-transform', 'text-align', 'font-style', 'font-weight', 'font-variant-caps',
  'word-spacing', 'text-indent', 'text-shadow', 'white-space'];

/** Further inherited properties a theme sets on the body, which the elements reset on :host. */
const OTHER_INHERITED: string[] = ['word-break', 'overflow-wrap', 'list-style-type', 'list-style-position', 'caption-side', 'border-spacing'];

type Styles = Record<string, string>;
interface Measured {
  parts: Record<string, Styles | 'missing'>;
  inherited: Record<string, Styles>;
  layout: {pageScrollsSideways: boolean; searchBoxFits: boolean; tableFitsHost: boolean; clipped: string[]};
}

const HOSTS = 'factor-table, actor-filter, barrier-heatmap, source-citation';

/** The computed styles and the layout of every part that matters, in the page of the frame. */
function measure(page: Page): Measured {
  const {document: doc, window: win} = page;
  const inherited = [...OWN_TYPOGRAPHY, ...OTHER_INHERITED];
  const root = parseFloat(win.getComputedStyle(doc.documentElement).fontSize);
  const relativeTo = (value: string) => value.replace(/-?\d*\.?\d+px/g, (px) => `${Number((parseFloat(px) / root).toFixed(3))}rem`);
  const style = (element: Element, properties: string[]) => Object.fromEntries(properties.map((property) => {
    const value = win.getComputedStyle(element).getPropertyValue(property);
    return [property, RELATIVE.includes(property) ? relativeTo(value) : value];
  }));
  const result: Measured = {parts: {}, inherited: {}, layout: {} as Measured['layout']};
  for (const [name, host, selector, properties] of PARTS) {
    const element = doc.querySelector(host)?.shadowRoot?.querySelector(selector);
    result.parts[name] = element ? style(element, properties) : 'missing';
  }
  // Every element in every shadow root, by its path, for the inherited properties.
  const walk = (node: ParentNode, path: string) => {
    [...node.querySelectorAll('*')].forEach((element, index) => {
      const here = `${path}>${element.localName}[${index}]`;
      result.inherited[here] = style(element, inherited);
      if (element.shadowRoot) walk(element.shadowRoot, here);
    });
  };
  // (Not <factor-landscape>: it renders only a slot, and what it slots is the page's own.)
  const hosts = [...doc.querySelectorAll(HOSTS)];
  hosts.forEach((host, index) => walk(host.shadowRoot!, `${host.localName}[${index}]`));
  // What the reader would see break: the page scrolling sideways, the search box sticking out, text cut off.
  const table = doc.querySelector('factor-table')!.shadowRoot!;
  const search = table.querySelector('.search')!;
  const input = table.querySelector('input[type=search]')!;
  const clipped = hosts.flatMap((host) => [...host.shadowRoot!.querySelectorAll('button, [role=gridcell], th, td')]
    .filter((element) => element.scrollHeight > element.clientHeight + 1 || element.scrollWidth > element.clientWidth + 1)
    .map((element) => `${host.localName} ${element.localName}.${element.className}: ${element.textContent!.trim().slice(0, 30)}`));
  result.layout = {
    pageScrollsSideways: doc.documentElement.scrollWidth > doc.documentElement.clientWidth,
    searchBoxFits: input.getBoundingClientRect().right <= search.getBoundingClientRect().right + 0.5,
    tableFitsHost: table.querySelector('table')!.getBoundingClientRect().width <= doc.querySelector('factor-table')!.getBoundingClientRect().width + 0.5,
    clipped,
  };
  return result;
}

async function openReady(path: string): Promise<Page> {
  const page = await openPage(path);
  await allUpdated(page);
  await waitForRows(page.document.querySelector('factor-table'), FACTORS);
  return page;
}

const firstTable = (page: Page) => page.document.querySelector('factor-table')!;

describe('a hostile CMS theme', function () {
  this.timeout(90000);
  let plain: Page;
  let hostile: Page;
  let unstyled: Measured;
  let styled: Measured;
  before(async () => {
    [plain, hostile] = [await openReady('styled-plain.html'), await openReady('styled-hostile.html')];
    [unstyled, styled] = [measure(plain), measure(hostile)];
  });
  after(() => [plain, hostile].forEach((page) => page?.close()));

  it('is really there', () => {
    expect(hostile.window.getComputedStyle(hostile.document.body).fontFamily).to.match(/Comic Sans/);
    expect(hostile.window.getComputedStyle(hostile.document.documentElement).fontSize).to.equal('22px');
  });

  it('leaves the tables, cells and buttons inside their own styles', () => {
    for (const [name] of PARTS) expect(styled.parts[name], name).to.deep.equal(unstyled.parts[name]);
  });

  it('does not reach inside with the body\'s typography', () => {
    expect(Object.keys(styled.inherited), 'the same elements render').to.deep.equal(Object.keys(unstyled.inherited));
    for (const [path, values] of Object.entries(unstyled.inherited)) {
      for (const property of OWN_TYPOGRAPHY) expect(styled.inherited[path][property], `${property} of ${path}`).to.equal(values[property]);
    }
  });

  it('nor with the other inherited properties', () => {
    const leaks = new Set<string>();
    for (const [path, values] of Object.entries(unstyled.inherited)) {
      for (const property of OTHER_INHERITED) {
        if (styled.inherited[path]?.[property] !== values[property]) leaks.add(`${property}: ${values[property]} -> ${styled.inherited[path]?.[property]}`);
      }
    }
    expect([...leaks]).to.deep.equal([]);
  });

  it('makes nothing overflow or get cut off', () => {
    expect(unstyled.layout, 'without the theme').to.deep.equal({pageScrollsSideways: false, searchBoxFits: true, tableFitsHost: true, clipped: []});
    expect(styled.layout).to.deep.equal(unstyled.layout);
  });

  it('leaves filtering, searching and the source dialog working the same', async () => {
    const trainer = bundledDataset.factors.filter((factor) => factor.actors.includes('trainer')).length;
    for (const page of [plain, hostile]) {
      const filter = page.document.querySelector('actor-filter')!.shadowRoot!;
      filter.querySelector<HTMLButtonElement>('button[data-value=trainer]')!.click();
      await waitForRows(firstTable(page), trainer);
      // The other group, inside <factor-landscape>, is untouched.
      expect(rowsOf(page.document.querySelector('factor-landscape factor-table'))).to.have.length(FACTORS);
      [...filter.querySelectorAll<HTMLButtonElement>('button[part=all]')].at(-1)!.click();
      await waitForRows(firstTable(page), FACTORS);
      const search = firstTable(page).shadowRoot!.querySelector<HTMLInputElement>('input[type=search]')!;
      search.value = 'tijd';
      search.dispatchEvent(new page.window.InputEvent('input', {bubbles: true, composed: true}));
      await waitForRows(firstTable(page), {below: FACTORS});
    }
    const shown = (page: Page) => rowsOf(firstTable(page)).map((row) => row.getAttribute('data-factor-id'));
    expect(shown(hostile)).to.deep.equal(shown(plain));

    for (const page of [plain, hostile]) {
      const table = firstTable(page).shadowRoot!;
      table.querySelector<HTMLButtonElement>('tr:not([hidden]) button.source')!.click();
      const dialog = await waitFor(() => table.querySelector<HTMLDialogElement>('dialog[open]'), 'the dialog opens');
      await waitFor(() => table.activeElement?.matches('.dialog-title'), 'the dialog\'s heading has the focus');
      const box = dialog.getBoundingClientRect();
      const style = page.window.getComputedStyle(dialog);
      expect({modal: dialog.matches(':modal'), display: style.display, position: style.position,
        inView: box.top >= 0 && box.left >= 0 && box.bottom <= page.window.innerHeight && box.right <= page.window.innerWidth})
        .to.deep.equal({modal: true, display: 'block', position: 'fixed', inView: true});
      await press('Escape');
      await waitFor(() => !dialog.open, 'Escape closes the dialog');
    }
  });

  it('keeps an element the page hides with the hidden attribute hidden', async () => {
    // The theme says `[hidden] {display: block !important}`; a CMS tab or accordion hides our elements with `hidden`.
    for (const page of [plain, hostile]) {
      const hosts = [...page.document.querySelectorAll<HTMLElement>(`${HOSTS}, factor-landscape`)];
      hosts.forEach((host) => (host.hidden = true));
      await new Promise((resolve) => page.window.requestAnimationFrame(resolve));
      const visible = hosts.filter((host) => host.checkVisibility()).map((host) => host.localName);
      hosts.forEach((host) => (host.hidden = false));
      expect(visible).to.deep.equal([]);
    }
  });

  it('still shows a keyboard user where the focus is', async () => {
    const ring = async (page: Page) => {
      const table = firstTable(page).shadowRoot!;
      const search = table.querySelector<HTMLInputElement>('input[type=search]')!;
      search.value = '';
      search.dispatchEvent(new page.window.InputEvent('input', {bubbles: true, composed: true}));
      search.focus();
      await press('Tab');
      const focused = await waitFor(() => (table.activeElement !== search ? table.activeElement : undefined), 'Tab moves the focus on');
      const style = page.window.getComputedStyle(focused);
      return {element: `${focused.localName}.${focused.className}`, outline: `${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor}`,
        offset: style.outlineOffset, focusVisible: focused.matches(':focus-visible')};
    };
    const expected = await ring(plain);
    expect(expected.focusVisible).to.equal(true);
    expect(expected.outline, 'a visible ring without the theme').to.match(/^solid [1-9]/);
    expect(await ring(hostile)).to.deep.equal(expected);
    await expectAccessible(hostile, firstTable(hostile));
  });

  it('causes no errors', () => {
    for (const page of [plain, hostile]) expectNoProblems(pageProblems(page), 'the page');
  });
});
