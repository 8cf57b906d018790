// Hardening: markup and script in every text field of a dataset. Such a dataset is valid (text is text),
// so every element must show the payloads literally, run nothing and create no element from them; a
// broken dataset whose row names are payloads must echo them in its error message as text as well.
import {expect} from '@open-wc/testing';
import payloads from './fixtures/xss.json' with {type: 'json'};
import brokenPayloads from './fixtures/xss-broken.json' with {type: 'json'};
import {buttonNames, flat, rowIds, shadow, cellNumber} from '../shared/elements.js';
import {
  FIXTURES, IMG, JS_URL, SCRIPT, TAGS, expectBundledTableWorks, expectNothingRan, expectRefused, mountBroken,
  mountWithData, type Tag, waitForImageErrors,
} from './helpers.js';
import {waitFor} from '../shared/wait.js';

const ATTR = 'x"><img src=x onerror=window.__pwned=1>';
const URL_WITH_MARKUP = 'https://example.org/"><img/src=x/onerror=window.__pwned=1>';
const texts = (root: ParentNode, selector: string) => [...root.querySelectorAll(selector)].map(flat);
const fresh = () => structuredClone(payloads);

/** The ways a dataset reaches an element. */
const inputs: Array<[string, () => {src?: string; data?: unknown}]> = [
  ['data', () => ({data: fresh()})],
  ['src', () => ({src: `${FIXTURES}/xss.json`})],
];

/** What each element shows of the payload dataset, checked literally. */
const showsPayloads: Record<Tag, (el: HTMLElement & {updateComplete: Promise<boolean>}) => Promise<void>> = {
  async 'factor-table'(table) {
    const root = shadow(table);
    expect(rowIds(table)).to.deep.equal([ATTR, JS_URL, SCRIPT]);
    expect(texts(root, 'tbody th')).to.deep.equal([IMG, JS_URL, SCRIPT]);
    expect(texts(root, 'tbody .col-how')).to.deep.equal([SCRIPT, `${IMG} en ${JS_URL}`, '']);
    expect(texts(root, 'tbody tr:nth-child(2) .source')).to.deep.equal([IMG, JS_URL]);
    expect(root.querySelector('tbody .source')!.getAttribute('title')).to.equal(`${SCRIPT} titel`);
    // Searching for the markup finds it as text.
    const input = root.querySelector<HTMLInputElement>('input[type="search"]')!;
    input.value = '<img';
    input.dispatchEvent(new InputEvent('input', {bubbles: true, composed: true}));
    await table.updateComplete;
    expect(rowIds(table)).to.deep.equal([ATTR, JS_URL]);
    // The source card in the dialog shows the publication's texts as text too.
    root.querySelector<HTMLButtonElement>('tbody tr:nth-child(1) .source')!.click();
    // The dialog's code loads on the first click.
    await waitFor(() => root.querySelector('dialog')?.open, 'the source dialog to open', {timeout: 5000});
    const card = root.querySelector('dialog source-citation')! as HTMLElement & {updateComplete: Promise<boolean>};
    expect(flat(root.querySelector('dialog h2')!)).to.equal(IMG);
    await card.updateComplete;
    expect(flat(shadow(card).querySelector('.reference')!)).to.equal(`${SCRIPT} & ${IMG}. (2020). ${SCRIPT} titel. ${URL_WITH_MARKUP}`);
    expect(flat(shadow(card).querySelector('.summary')!)).to.equal(IMG);
    expect(shadow(card).querySelector('a')!.getAttribute('href')).to.equal(URL_WITH_MARKUP);
  },
  async 'actor-filter'(filter) {
    // It shows no dataset text, only counts; they must be those of the payload dataset.
    expect(buttonNames(shadow(filter))).to.deep.equal(['Alle, 3 factoren', 'Werkgever, 2 factoren', 'Werknemer, 1 factor', 'Omgeving, 0 factoren', 'Trainer, 1 factor']);
  },
  async 'barrier-heatmap'(heatmap) {
    const root = shadow(heatmap);
    expect(texts(root, '.column-label')).to.have.members([IMG, JS_URL]);
    expect(flat(root.querySelector('.summary')!)).to.contain(IMG);
    const cell = root.querySelector<HTMLElement>(`[role="gridcell"][data-actor="werkgever"][data-source="${CSS.escape(IMG)}"]`)!;
    expect(cellNumber(cell), 'the number shown').to.equal('2');
    expect(flat(cell.querySelector('.visually-hidden')!), 'the name read').to.equal('2 belemmeringen');
    cell.click();
    await heatmap.updateComplete;
    expect(texts(root, '.details-list li')).to.deep.equal([`${IMG}: ${SCRIPT}`, `${JS_URL}: ${IMG} en ${JS_URL}`]);
  },
  async 'source-citation'(list) {
    const root = shadow(list);
    const entries = texts(root, '.entry');
    expect(entries).to.have.length(2);
    expect(entries).to.include(`${SCRIPT} & ${IMG}. (2020). ${SCRIPT} titel. ${URL_WITH_MARKUP}`);
    expect(entries).to.include(`Jansen, A. (2019). ${JS_URL}.`);
    const link = root.querySelector('a')!;
    expect(link.getAttribute('href')).to.equal(URL_WITH_MARKUP);
    expect(flat(link)).to.equal(URL_WITH_MARKUP);
  },
};

for (const tag of TAGS) {
  for (const [how, input] of inputs) {
    describe(`<${tag}> with markup and script in every text field (${how})`, () => {
      it('shows them as literal text, runs nothing, and leaves the rest of the page alone', async () => {
        const shown = await mountWithData(tag, input());
        expect(shown.errors, 'a valid dataset is no error').to.deep.equal([]);
        await showsPayloads[tag](shown.el);
        await waitForImageErrors();
        expectNothingRan();
        await expectBundledTableWorks(shown.control);
      });
    });
  }
}

describe('<source-citation> for a publication whose id, texts and url are payloads', () => {
  it('shows the full card as text', async () => {
    const {el, errors} = await mountWithData('source-citation', {data: fresh()}, {source: IMG});
    expect(errors).to.deep.equal([]);
    const root = shadow(el);
    expect(flat(root.querySelector('.heading')!)).to.equal(IMG);
    expect(flat(root.querySelector('.summary')!)).to.equal(IMG);
    expect(texts(root, '.findings li')).to.deep.equal([SCRIPT, JS_URL]);
    expect(texts(root, '.factor-list li')).to.have.members([IMG, JS_URL]);
    await waitForImageErrors();
    expectNothingRan();
    await expect(el).to.be.accessible();
  });
});

describe('<barrier-heatmap> and <factor-table> in one group, with payload source ids', () => {
  it('filter each other through a cell whose source id is markup', async () => {
    const shown = await mountWithData('barrier-heatmap', {data: fresh()});
    const table = document.createElement('factor-table');
    table.setAttribute('group', shown.el.getAttribute('group')!);
    shown.page.append(table);
    await table.updateComplete;
    shadow(shown.el).querySelector<HTMLElement>(`[role="gridcell"][data-actor="werknemer"][data-source="${CSS.escape(IMG)}"]`)!.click();
    await shown.el.updateComplete;
    await table.updateComplete;
    expect(rowIds(table)).to.deep.equal([ATTR]);
    expectNothingRan();
  });
});

const brokenInputs: Array<[string, () => {src?: string; data?: unknown}]> = [
  ['data', () => ({data: structuredClone(brokenPayloads)})],
  ['src', () => ({src: `${FIXTURES}/xss-broken.json`})],
];

for (const tag of TAGS) {
  for (const [how, input] of brokenInputs) {
    describe(`<${tag}> with a broken dataset whose names are payloads (${how})`, () => {
      it('quotes the names literally in its Dutch message', async () => {
        const broken = await mountBroken(tag, input());
        await expectRefused(broken, [
          `dataset: veld "language" moet een taalcode zijn (bijvoorbeeld "nl"), maar is "${IMG}"`,
          `bron 2 ("${SCRIPT}"): veld "year" moet een jaartal zijn (bijvoorbeeld 2019), maar is "twintig"`,
          `factor 1 ("${IMG}"): onbekende soort "neutraal" in veld "kind"`,
          `factor 2 ("${JS_URL}"): onbekende actor "${IMG}" in veld "actors"`,
        ]);
        if (how === 'src') await expect(broken.el).to.be.accessible();
      });
    });
  }
}
