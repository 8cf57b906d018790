// The parts of a snippet that are there for when a CMS strips the rest, in the page they end up in:
// - the script lines' link shows, and can be followed, while the element is unknown (its script stripped,
//   or not yet arrived), and is gone, also from the tab order, once the element is defined;
// - the iframe is one borderless block in a block theme's text column; under a strict Content-Security-
//   Policy, which blocks the style attribute, it stays in the column and only gets the browser's border.
import {expect} from '@open-wc/testing';
import {executeServerCommand} from '@web/test-runner-commands';
import {bundledDataset, filterFactors, NO_FILTER} from '../../src/data/index.js';
import {DEFAULT_EMBED_SETTINGS, type EmbedSettings} from '../../src/embed/embed-query.js';
import {embedPageUrl, snippet} from '../../src/embed/builder/snippets.js';
import {press} from '../shared/commands.js';
import {closeFrames, freshToken, openFrame, requireBuild} from '../embed/helpers.js';
import {waitFor} from '../shared/wait.js';

const SETTINGS: EmbedSettings = {...DEFAULT_EMBED_SETTINGS, kind: 'inhiberend', actors: ['werkgever']};
const citations = new Map(bundledDataset.sources.map((source) => [source.id, source.citation]));
const EXPECTED_IDS = filterFactors(bundledDataset, {...NO_FILTER, kind: 'inhiberend', actors: ['werkgever']}).map((factor) => factor.id);
const FIXTURE = 'test/cms/fixtures/block-theme.html';

/** The focused element, inside shadow roots too. */
function focusedIn(doc: Document): Element | null {
  let focused = doc.activeElement;
  while (focused?.shadowRoot?.activeElement) focused = focused.shadowRoot.activeElement;
  return focused;
}

type Table = HTMLElement & {updateComplete: Promise<unknown>; visibleFactors: readonly {id: string}[]};

describe('what a snippet leaves for when a CMS strips it', function () {
  this.timeout(30000);
  before(requireBuild);
  afterEach(closeFrames);

  it('the script lines\' link shows until the element is defined, and then is gone, also for the keyboard', async () => {
    const token = freshToken();
    await executeServerCommand('hold', {token, file: 'scholingsfactoren.js'});
    try {
      const base = new URL(`/__held/${token}/dist/cdn/`, location.href);
      const code = snippet({settings: SETTINGS, variant: 'script', base, height: 600, citations});
      const frame = document.createElement('iframe');
      Object.assign(frame, {width: '900', height: '600', title: 'Pagina met de scriptregels'});
      frame.srcdoc = `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>CMS</title></head><body>${code}</body></html>`;
      document.body.append(frame);
      const link = await waitFor(() => frame.contentDocument?.querySelector<HTMLAnchorElement>('factor-table > a'), 'the page with the snippet');
      const doc = frame.contentDocument!;
      const win = frame.contentWindow as Window & typeof globalThis;
      try {
        // While the script is held back: the link, as a reader sees and uses it.
        expect(win.customElements.get('factor-table'), 'the script has not run').to.equal(undefined);
        await waitFor(() => link.getClientRects().length > 0 && link.getBoundingClientRect().height > 0, 'the link to be laid out');
        expect([link.href, link.textContent]).to.deep.equal([embedPageUrl(SETTINGS, base), 'Bekijk de belemmerende factoren voor werkgever op een eigen pagina']);
        link.focus();
        expect(doc.activeElement, 'the link takes the focus').to.equal(link);
        link.blur();

        await executeServerCommand('release', {token});
        await win.customElements.whenDefined('factor-table');
        const table = doc.querySelector<Table>('factor-table')!;
        await waitFor(() => table.shadowRoot?.querySelector('tr[data-factor-id]'), 'the table\'s rows');
        await table.updateComplete;
        expect(table.visibleFactors.map((factor) => factor.id)).to.deep.equal(EXPECTED_IDS);
        expect(link.getClientRects(), 'the defined element shows no link').to.have.length(0);
        // Tab from a button before the table to one after it, as a keyboard user goes: never onto the hidden link.
        const [before, after] = ['Ervoor', 'Erna'].map((text) => Object.assign(doc.createElement('button'), {textContent: text}));
        table.before(before!);
        table.after(after!);
        frame.contentWindow!.focus();
        before!.focus();
        const visited: Element[] = [];
        while (doc.activeElement !== after && visited.length < 100) {
          const focused = focusedIn(doc);
          await press('Tab');
          await waitFor(() => focusedIn(doc) !== focused, 'Tab to move the focus');
          visited.push(focusedIn(doc)!);
        }
        expect(doc.activeElement, 'Tab went through the table').to.equal(after);
        expect(visited.some((element) => element.getRootNode() === table.shadowRoot), 'the table\'s own controls take the focus').to.equal(true);
        expect(visited, 'no focus stop that nobody sees').to.not.include(link);
      } finally {
        frame.remove();
      }
    } finally {
      await executeServerCommand('release', {token});
    }
  });

  it('the fixture page holds the builder\'s iframe snippet', async () => {
    const text = await (await fetch(`/${FIXTURE}`)).text();
    const base = new URL('/dist/cdn/', location.href);
    const code = snippet({settings: SETTINGS, variant: 'iframe', base, height: 600, citations}).replaceAll(location.origin, '');
    expect(text, 'test/cms/fixtures/block-theme.html').to.include(`-->\n${code}\n<!-- /snippet -->`);
  });

  for (const strict of [false, true]) {
    it(`the iframe is a block in a block theme's text column${strict ? ', also under a strict CSP, with a border then' : ', without a border'}`, async () => {
      const frame = await openFrame(`${strict ? `/__strict/${freshToken()}` : ''}/${FIXTURE}`, {width: 1200, height: 900});
      const doc = frame.contentDocument!;
      await waitFor(() => doc.querySelector<HTMLLinkElement>('link[rel=stylesheet]')?.sheet, 'the theme\'s stylesheet');
      const column = doc.getElementById('tekst')!.getBoundingClientRect();
      const [embed, bare] = [...doc.querySelectorAll('iframe')] as [HTMLIFrameElement, HTMLIFrameElement];
      const box = embed.getBoundingClientRect();
      const style = getComputedStyle(embed);
      const inside = box.width - parseFloat(style.borderLeftWidth) - parseFloat(style.borderRightWidth);
      expect([Math.round(box.left), Math.round(inside)], 'the frame in the text column').to.deep.equal([Math.round(column.left), Math.round(column.width)]);
      const link = doc.querySelector('div > p > a')!.getBoundingClientRect();
      expect(Math.round(link.left), 'the link below it, in the column').to.equal(Math.round(column.left));
      expect(link.top, 'below the frame').to.be.at.least(box.bottom);
      const border = style.borderTopWidth;
      if (strict) expect(border, 'the policy blocks the style attribute: the browser\'s border').to.not.equal('0px');
      else expect(border).to.equal('0px');
      // What the snippet was before: a bare frame is inline, and the theme does not centre it.
      expect(Math.round(bare.getBoundingClientRect().left), 'the bare frame hangs left of the column').to.be.below(Math.round(column.left) - 100);
    });
  }
});
