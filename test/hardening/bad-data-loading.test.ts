// Hardening: datasets that cannot be loaded or are not a dataset at all, through `src` and `data`,
// for every element that takes a dataset. Each case checks what the page's reader and its scripts notice.
import {expect, fixtureSync, html} from '@open-wc/testing';
import {flat} from '../shared/elements.js';
import {FIXTURES, IMG, TAGS, expectRefused, alertOf, mountBroken, smallDataset} from './helpers.js';
import {waitFor} from '../shared/wait.js';

const here = (path: string) => new URL(path, document.baseURI).href;

/** `src` values that cannot give a dataset, and the Dutch a reader must see for each. */
const unloadable: Array<[string, () => string, Array<string | RegExp>]> = [
  ['a file that is not there (404)', () => `${FIXTURES}/bestaat-niet.json`,
    [`De dataset op ${here(`${FIXTURES}/bestaat-niet.json`)} kon niet worden opgehaald: de server antwoordde 404`]],
  ['a closed port (network error)', () => 'http://127.0.0.1:65530/landscape.json',
    ['De dataset op http://127.0.0.1:65530/landscape.json kon niet worden opgehaald (netwerkfout']],
  ['a host that does not exist', () => 'http://scholingsfactoren.invalid/landscape.json',
    ['De dataset op http://scholingsfactoren.invalid/landscape.json kon niet worden opgehaald (netwerkfout']],
  ['an HTML page instead of JSON', () => `${FIXTURES}/not-json.json`,
    [`Het bestand op ${here(`${FIXTURES}/not-json.json`)} is geen geldige JSON.`]],
  ['an empty file', () => `${FIXTURES}/empty.json`, [`Het bestand op ${here(`${FIXTURES}/empty.json`)} is geen geldige JSON.`]],
  ['a file cut off halfway', () => `${FIXTURES}/truncated.json`, [`Het bestand op ${here(`${FIXTURES}/truncated.json`)} is geen geldige JSON.`]],
  ['a JSON list (only the factors)', () => `${FIXTURES}/array.json`,
    ['dataset: verwacht een JSON-object met "factors" en "sources", maar kreeg een lijst']],
  ['JSON null', () => `${FIXTURES}/null.json`, ['verwacht een JSON-object met "factors" en "sources", maar kreeg null']],
  ['a JSON string', () => `${FIXTURES}/string.json`, ['verwacht een JSON-object met "factors" en "sources", maar kreeg tekst']],
  ['an object without factors', () => `${FIXTURES}/no-factors.json`, ['dataset: veld "factors" ontbreekt']],
  // Only http(s) may feed a dataset: a CMS field must not become a way to run or smuggle content.
  ['a javascript: address', () => 'javascript:alert(1)', ['De dataset moet van een http- of https-adres komen, niet van "javascript:".']],
  ['a javascript: address in disguise', () => '  JaVaScRiPt:window.__pwned=1', ['niet van "javascript:"']],
  ['a data: address', () => 'data:application/json,{"title":"x"}', ['niet van "data:"']],
  ['a file: address', () => 'file:///etc/passwd', ['niet van "file:"']],
  ['a blob: address', () => URL.createObjectURL(new Blob([JSON.stringify(smallDataset())], {type: 'application/json'})),
    ['niet van "blob:"']],
  ['an address that is no URL, with markup in it', () => `http://[${IMG}]/data.json`,
    [`"http://[${IMG}]/data.json" is geen geldig adres voor een dataset.`]],
];

/** `data` values that are not a dataset, as a CMS script might assign them. */
const notADataset: Array<[string, () => unknown, string[]]> = [
  ['null', () => null, ['dataset: verwacht een JSON-object met "factors" en "sources", maar kreeg null']],
  ['a list', () => smallDataset().factors, ['maar kreeg een lijst']],
  ['the JSON text instead of the object (no JSON.parse)', () => JSON.stringify(smallDataset()), ['maar kreeg tekst']],
  ['a number', () => 42, ['maar kreeg een getal']],
  ['an empty object', () => ({}), ['veld "title" ontbreekt', 'veld "sources" ontbreekt', 'veld "factors" ontbreekt']],
  ['a Promise (a fetch without await)', () => fetch(`${FIXTURES}/valid-small.json`).then((r) => r.json()), ['veld "factors" ontbreekt']],
  ['an object without factors', () => ({...smallDataset(), factors: undefined}), ['dataset: veld "factors" ontbreekt']],
  ['an empty list of factors', () => ({...smallDataset(), factors: []}), ['dataset: de lijst "factors" is leeg']],
];

for (const tag of TAGS) {
  describe(`<${tag}> with a dataset it cannot load (src)`, () => {
    for (const [name, src, expected] of unloadable) {
      it(`says so in Dutch for ${name}, and the rest of the page keeps working`, async () => {
        const broken = await mountBroken(tag, {src: src()});
        await expectRefused(broken, expected);
      });
    }

    it('is accessible while it shows the error', async () => {
      const broken = await mountBroken(tag, {src: `${FIXTURES}/bestaat-niet.json`});
      expect(flat(alertOf(broken.el))).to.contain('404');
      await expect(broken.el).to.be.accessible();
    });
  });

  describe(`<${tag}> with a value that is no dataset (data)`, () => {
    for (const [name, data, expected] of notADataset) {
      it(`says so in Dutch for ${name}, and the rest of the page keeps working`, async () => {
        const broken = await mountBroken(tag, {data: data()});
        await expectRefused(broken, expected);
      });
    }

    it('is accessible while it shows the error', async () => {
      const broken = await mountBroken(tag, {data: null});
      await expect(broken.el).to.be.accessible();
    });
  });
}

describe('a dataset file saved with a byte order mark (Windows Notepad)', () => {
  it('loads like any other file', async () => {
    const table = fixtureSync(html`<factor-table group=${`bom-${Date.now()}`} src=${`${FIXTURES}/bom.json`}></factor-table>`);
    await waitFor(() => table.shadowRoot?.querySelector('tbody tr'), 'rows from bom.json', {timeout: 8000});
    expect(flat(table.shadowRoot!.querySelector('.count')!)).to.equal('3 van 3 factoren');
  });
});
