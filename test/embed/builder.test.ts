// The embed builder as an editor uses it: every choice shows in the snippet at once, the snippet works
// when pasted into an empty page, one button copies it, and all of it works with the keyboard only.
import {expect} from '@open-wc/testing';
import {bundledDataset} from '../../src/data/index.js';
import {factorsCitingSource} from '../../src/data/sources.js';
import {EmbedBuilder} from '../../src/embed/builder/embed-builder.js';
import {embedPageUrl} from '../../src/embed/builder/snippets.js';
import type {EmbedLanguage} from '../../src/embed/embed-query.js';
import {press, type} from '../shared/commands.js';
import {CDN, closeFrames, requireBuild, whenLive} from './helpers.js';
import {waitFor} from '../shared/wait.js';

const SOURCES = bundledDataset.sources.map((source) => ({
  id: source.id, label: source.citation, title: source.title, factors: factorsCitingSource(bundledDataset, source.id).length,
}));
const BASE = new URL(CDN, location.href);

interface Mounted {
  container: HTMLElement;
  builder: EmbedBuilder;
  code: HTMLTextAreaElement;
  languages: EmbedLanguage[];
  control: (id: string) => HTMLInputElement;
}
const mounted: Mounted[] = [];

function mountBuilder(language: EmbedLanguage = 'nl'): Mounted {
  const container = document.createElement('main');
  document.body.append(container);
  const languages: EmbedLanguage[] = [];
  const builder = new EmbedBuilder(container, {sources: SOURCES, base: BASE, language, onLanguageChange: (chosen) => languages.push(chosen)});
  const result = {
    container, builder, languages,
    code: container.querySelector<HTMLTextAreaElement>('#sf-builder-code')!,
    control: (id: string) => container.querySelector<HTMLInputElement>(`#${id}`)!,
  };
  mounted.push(result);
  return result;
}

function unmountAll(): void {
  for (const {builder, container} of mounted.splice(0)) {
    builder.destroy();
    container.remove();
  }
}

/** The preview frame, once it shows the page of the builder's current settings and that page is live. */
async function livePreview({container, builder}: Mounted) {
  const frame = container.querySelector<HTMLIFrameElement>('iframe.preview')!;
  const url = embedPageUrl(builder.settings, BASE);
  await waitFor(() => frame.contentWindow?.location.href === url && frame.contentDocument?.readyState !== 'loading', `the preview of ${url}`);
  return {frame, elements: await whenLive(frame)};
}

const ids = (table: Element | undefined) => (table as unknown as {visibleFactors: {id: string}[]}).visibleFactors.map((factor) => factor.id);

/** Pastes `code` into the body of an empty page (a frame of its own) and waits for it to load. */
async function pasteIntoEmptyPage(code: string): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.width = '900';
  frame.height = '600';
  frame.title = 'Lege pagina';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, {once: true}));
  frame.srcdoc = `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Leeg</title></head><body>${code}</body></html>`;
  document.body.append(frame);
  // The iframe snippet loads lazily, when a reader scrolls to it.
  frame.scrollIntoView();
  await loaded;
  pasted.push(frame);
  return frame;
}
const pasted: HTMLIFrameElement[] = [];

/** Presses Tab until the focused element matches, as a keyboard user would; fails if it never does. */
async function tabTo(matches: (element: Element) => boolean, what: string): Promise<void> {
  for (let presses = 0; presses < 60; presses++) {
    const focused = document.activeElement;
    if (focused && matches(focused)) return;
    await press('Tab');
    // A key press from outside the page may arrive a moment later.
    await waitFor(() => document.activeElement !== focused, 'Tab to move the focus');
  }
  throw new Error(`Tab never reached ${what}; focus is on <${document.activeElement?.localName} id="${document.activeElement?.id}">`);
}

describe('the embed builder', function () {
  this.timeout(30000);
  before(requireBuild);
  // The page's stylesheet, as builder.html has it.
  before(async () => {
    const link = Object.assign(document.createElement('link'), {rel: 'stylesheet', href: '/src/embed/builder.css'});
    const loaded = new Promise((resolve) => link.addEventListener('load', resolve, {once: true}));
    document.head.append(link);
    await loaded;
  });
  afterEach(() => {
    unmountAll();
    closeFrames();
    for (const frame of pasted.splice(0)) frame.remove();
  });

  it('is Dutch first, and each choice changes the snippet at once', async () => {
    const page = mountBuilder();
    expect(page.container.querySelector('h1')!.textContent).to.equal('Insluitcode maken');
    expect(page.code.value).to.equal([
      '<div>',
      `<iframe src="${BASE.href}embed/alle/alle.html" title="Scholingsfactoren: tabel" width="100%" height="600" loading="lazy" ` +
        'style="display:block;width:100%;border:0"></iframe>',
      `<p><a href="${BASE.href}embed/alle/alle.html">Bekijk de scholingsfactoren op een eigen pagina</a></p>`,
      '</div>',
    ].join('\n'));
    const steps: [string, (control: HTMLInputElement) => void, string][] = [
      ['sf-builder-show-actor-filter', (box) => box.click(), 'embed.html?show=actor-filter,factor-table"'],
      ['sf-builder-kind-inhiberend', (radio) => radio.click(), '&amp;kind=inhiberend"'],
      ['sf-builder-actor-werkgever', (box) => box.click(), '?show=actor-filter,factor-table&amp;actor=werkgever&amp;kind=inhiberend"'],
      ['sf-builder-source-tno-2011', (box) => box.click(), '&amp;source=tno-2011"'],
      ['sf-builder-query', (input) => {
        input.value = 'tijd & "geld"';
        input.dispatchEvent(new InputEvent('input', {bubbles: true}));
      }, '&amp;query=tijd%20%26%20%22geld%22"'],
      ['sf-builder-lang-en', (radio) => radio.click(), '&amp;lang=en" title="Training factors: filter buttons and table – inhibiting factors for employer from TNO (2011) with “tijd &amp; &quot;geld&quot;”"'],
      ['sf-builder-variant-iframe-resize', (radio) => radio.click(), `\n<script src="${BASE.href}embed.js" async></script>`],
      ['sf-builder-variant-script', (radio) => radio.click(), '<actor-filter lang="en"></actor-filter>\n' +
        '<factor-table kind="inhiberend" actor="werkgever" source="tno-2011" query="tijd &amp; &quot;geld&quot;" lang="en">' +
        `<a href="${BASE.href}embed.html?show=actor-filter,factor-table&amp;actor=werkgever&amp;kind=inhiberend&amp;source=tno-2011` +
        '&amp;query=tijd%20%26%20%22geld%22&amp;lang=en" lang="en">View the inhibiting factors for employer from TNO (2011) with ' +
        '“tijd &amp; &quot;geld&quot;” on a page of their own</a></factor-table>'],
    ];
    for (const [id, act, expected] of steps) {
      const before = page.code.value;
      act(page.control(id));
      expect(page.code.value, id).not.to.equal(before);
      expect(page.code.value, id).to.include(expected);
    }
    expect(page.code.value.split('\n').slice(0, 2)).to.deep.equal([
      `<link rel="stylesheet" href="${BASE.href}scholingsfactoren.css">`,
      `<script type="module" src="${BASE.href}scholingsfactoren.js"></script>`,
    ]);
  });

  it('gives the iframe a title and the preview\'s height', async () => {
    const page = mountBuilder();
    page.control('sf-builder-actor-werkgever').click();
    page.control('sf-builder-kind-inhiberend').click();
    const {frame} = await livePreview(page);
    const content = () => frame.contentDocument!.documentElement.getBoundingClientRect().height;
    // The frame takes the height its page reports (on a short screen the stylesheet caps what is shown).
    await waitFor(() => Math.abs(parseFloat(frame.style.height) - 2 - content()) <= 1, 'the preview to take its content\'s height (and its border)');
    const snippetFrame = new DOMParser().parseFromString(page.code.value, 'text/html').querySelector('iframe')!;
    expect(snippetFrame.title).to.equal('Scholingsfactoren: tabel – belemmerende factoren voor werkgever');
    // The page written for this choice: its rows are in its HTML, also for a frame that may run no script.
    expect(snippetFrame.getAttribute('src')).to.equal(`${BASE.href}embed/inhiberend/werkgever.html`);
    const height = Number(snippetFrame.getAttribute('height'));
    expect(height).to.equal(Math.min(900, Math.ceil(content() / 10) * 10));
  });

  for (const variant of ['iframe', 'iframe-resize', 'script'] as const) {
    it(`${variant}: the snippet pasted into an empty page shows what the preview shows`, async () => {
      const page = mountBuilder();
      page.control('sf-builder-show-actor-filter').click();
      page.control('sf-builder-actor-werkgever').click();
      page.control('sf-builder-actor-trainer').click();
      page.control('sf-builder-kind-stimulerend').click();
      page.control(`sf-builder-variant-${variant}`).click();
      const {elements} = await livePreview(page);
      expect(elements.map((element) => element.localName)).to.deep.equal(['actor-filter', 'factor-table']);
      const shown = ids(elements[1]);
      expect(shown.length).to.be.within(1, 30);

      const empty = await pasteIntoEmptyPage(page.code.value);
      const doc = empty.contentDocument!;
      if (variant === 'script') {
        const win = empty.contentWindow as Window & typeof globalThis;
        await win.customElements.whenDefined('factor-table');
        const tags = [...doc.body.children].map((element) => element.localName).filter((tag) => tag.includes('-'));
        expect(tags).to.deep.equal(['actor-filter', 'factor-table']);
        const table = doc.querySelector('factor-table') as HTMLElement & {updateComplete: Promise<unknown>};
        await table.updateComplete;
        expect(ids(table)).to.deep.equal(shown);
      } else {
        const inner = doc.querySelector('iframe')!;
        const [, table] = await whenLive(inner);
        expect(ids(table)).to.deep.equal(shown);
      }
    });
  }

  it('copies the snippet with one button, and says so', async () => {
    const page = mountBuilder();
    page.control('sf-builder-kind-stimulerend').click();
    // What was copied, beside what the field showed at that moment: the snippet's height follows the
    // preview, which may report its height a moment later.
    const copied: [string, string][] = [];
    Object.defineProperty(navigator, 'clipboard', {configurable: true, value: {writeText: async (text: string) => void copied.push([text, page.code.value])}});
    try {
      page.container.querySelector<HTMLButtonElement>('button.copy')!.click();
      const status = page.container.querySelector<HTMLElement>('[role=status]')!;
      await waitFor(() => status.textContent === 'Gekopieerd. Plak de code in een HTML-blok van je CMS.', 'the confirmation');
      expect(copied).to.have.length(1);
      expect(copied[0][0]).to.equal(copied[0][1]);
      expect(copied[0][0]).to.include('embed/stimulerend/alle.html');
      expect(status.getBoundingClientRect().height, 'the confirmation is visible').to.be.above(10);
    } finally {
      delete (navigator as {clipboard?: unknown}).clipboard;
    }
  });

  it('selects the snippet for the editor when the browser refuses to copy', async () => {
    const page = mountBuilder();
    Object.defineProperty(navigator, 'clipboard', {configurable: true, value: {writeText: () => Promise.reject(new DOMException('no', 'NotAllowedError'))}});
    try {
      page.container.querySelector<HTMLButtonElement>('button.copy')!.click();
      const status = page.container.querySelector<HTMLElement>('[role=status]')!;
      await waitFor(() => status.textContent!.startsWith('Kopiëren lukte niet vanzelf.'), 'the hint to copy by hand');
      expect(document.activeElement).to.equal(page.code);
      expect([page.code.selectionStart, page.code.selectionEnd]).to.deep.equal([0, page.code.value.length]);
      // The preview reports a new height, which the snippet takes: what the editor is about to copy stays selected.
      const preview = page.container.querySelector<HTMLIFrameElement>('iframe.preview')!;
      window.dispatchEvent(new MessageEvent('message', {data: {type: 'scholingsfactoren:height', height: 430}, source: preview.contentWindow}));
      expect(page.code.value).to.include('height="430"');
      expect([page.code.selectionStart, page.code.selectionEnd], 'still all selected').to.deep.equal([0, page.code.value.length]);
    } finally {
      delete (navigator as {clipboard?: unknown}).clipboard;
    }
  });

  it('works with the keyboard only', async () => {
    const page = mountBuilder();
    const copied: [string, string][] = [];
    Object.defineProperty(navigator, 'clipboard', {configurable: true, value: {writeText: async (text: string) => void copied.push([text, page.code.value])}});
    try {
      page.container.querySelector<HTMLButtonElement>('button.language')!.focus();
      await tabTo((element) => element.id === 'sf-builder-show-barrier-heatmap', 'the heatmap checkbox');
      await press('Space');
      await waitFor(() => page.code.value.includes('?show=barrier-heatmap,factor-table"'), 'Space to add the heatmap');
      await tabTo((element) => element.id === 'sf-builder-kind-all', 'the kind radios');
      await press('ArrowDown');
      await waitFor(() => page.code.value.includes('kind=stimulerend'), 'an arrow key to choose the next kind');
      await tabTo((element) => element.localName === 'summary', 'the sources');
      await press('Enter');
      await waitFor(() => page.container.querySelector('details')!.open, 'Enter to open the sources');
      await tabTo((element) => element.id.startsWith('sf-builder-source-'), 'a source');
      const source = (document.activeElement as HTMLInputElement).id.replace('sf-builder-source-', '');
      await press('Space');
      await waitFor(() => page.code.value.includes(`source=${source}`), 'Space to choose the source');
      await tabTo((element) => element.id === 'sf-builder-query', 'the search text');
      await type('motivatie');
      await waitFor(() => page.code.value.includes('query=motivatie'), 'the typed search text');
      await tabTo((element) => element.classList.contains('copy'), 'the copy button');
      await press('Enter');
      await waitFor(() => copied.length === 1, 'the copy');
      const [text, shownWhenCopied] = copied[0];
      expect(text).to.equal(shownWhenCopied);
      expect(text).to.include('query=motivatie');
    } finally {
      delete (navigator as {clipboard?: unknown}).clipboard;
    }
  });

  it('speaks English with lang=en, and switches language with one button', async () => {
    const page = mountBuilder('en');
    expect(page.container.querySelector('h1')!.textContent).to.equal('Make an embed code');
    expect(page.code.value).to.include('embed.html?lang=en" title="Training factors: table"');
    const button = page.container.querySelector<HTMLButtonElement>('button.language')!;
    expect([button.textContent, button.lang]).to.deep.equal(['Nederlands', 'nl']);
    button.click();
    expect(page.container.querySelector('h1')!.textContent).to.equal('Insluitcode maken');
    expect(page.languages).to.deep.equal(['nl']);
    expect(page.code.value).to.include('embed/alle/alle.html" title="Scholingsfactoren: tabel"');
  });

  it('leaves a link to the chosen rows in every snippet, for where a CMS strips the rest', async () => {
    const page = mountBuilder();
    page.control('sf-builder-kind-inhiberend').click();
    page.control('sf-builder-actor-werkgever').click();
    const linksIn = (code: string) => [...new DOMParser().parseFromString(code, 'text/html').querySelectorAll('a')];
    for (const variant of ['iframe', 'iframe-resize', 'script'] as const) {
      page.control(`sf-builder-variant-${variant}`).click();
      const links = linksIn(page.code.value);
      expect(links, variant).to.have.length(1);
      expect([links[0]!.getAttribute('href'), links[0]!.textContent, links[0]!.lang]).to.deep.equal(
        [`${BASE.href}embed/inhiberend/werkgever.html`, 'Bekijk de belemmerende factoren voor werkgever op een eigen pagina', '']);
      // In the script lines it is the element's content: shown only while the element is unknown.
      expect(links[0]!.parentElement!.localName, variant).to.equal(variant === 'script' ? 'factor-table' : 'p');
    }
    // Without a table, the first element holds it; in English, the link is English.
    page.control('sf-builder-show-factor-table').click();
    page.control('sf-builder-show-barrier-heatmap').click();
    page.control('sf-builder-show-actor-filter').click();
    page.control('sf-builder-lang-en').click();
    const [link] = linksIn(page.code.value);
    expect(link!.parentElement!.localName).to.equal('actor-filter');
    expect([link!.getAttribute('href'), link!.textContent, link!.lang]).to.deep.equal([
      `${BASE.href}embed.html?show=actor-filter,barrier-heatmap&actor=werkgever&kind=inhiberend&lang=en`,
      'View the inhibiting factors for employer on a page of their own', 'en']);
  });

  it('explains per CMS what to set up and what goes wrong, a heading and a disclosure button each, by keyboard', async () => {
    const page = mountBuilder();
    const section = page.container.querySelector<HTMLElement>('section.cms')!;
    expect(section.querySelector('h2')!.textContent).to.equal('Mijn CMS');
    const buttons = [...section.querySelectorAll<HTMLButtonElement>('h3 > button')];
    expect(buttons.map((button) => button.textContent)).to.deep.equal(['WordPress', 'TinyMCE', 'CKEditor 5', 'DOMPurify', 'Een ander CMS']);
    const region = (button: HTMLButtonElement) => section.querySelector<HTMLElement>(`#${button.getAttribute('aria-controls')}`)!;
    for (const button of buttons) {
      expect(button.getAttribute('aria-expanded'), button.textContent!).to.equal('false');
      expect(region(button).getClientRects(), `${button.textContent} starts closed`).to.have.length(0);
    }
    const [, tinymce, ckeditor, dompurify] = buttons as [HTMLButtonElement, HTMLButtonElement, HTMLButtonElement, HTMLButtonElement];
    tinymce.focus();
    await press('Enter');
    await waitFor(() => tinymce.getAttribute('aria-expanded') === 'true', 'Enter to open TinyMCE');
    const opened = region(tinymce);
    expect(opened.getBoundingClientRect().height).to.be.above(50);
    // The web manager's settings name the host the builder is served from, beside TinyMCE's own list.
    expect(opened.querySelector('pre')!.textContent).to.include(`'codepen.io', '${location.hostname}'],`);
    expect([...opened.querySelectorAll('h4')].map((heading) => heading.textContent)).to.deep.equal(['Als het misgaat']);
    // Tab goes past the open text (it holds nothing to focus) to the next button.
    await press('Tab');
    await waitFor(() => document.activeElement === ckeditor, 'Tab to reach the CKEditor button');
    await press('Space');
    await waitFor(() => ckeditor.getAttribute('aria-expanded') === 'true', 'Space to open CKEditor');
    expect(region(ckeditor).textContent).to.include("{name: '$customElement'}");
    dompurify.click();
    expect(region(dompurify).querySelector('pre')!.textContent).to.match(/ADD_ATTR: \[[^\]]*'actor'/);
    tinymce.focus();
    await press('Enter');
    await waitFor(() => tinymce.getAttribute('aria-expanded') === 'false', 'Enter to close TinyMCE again');
    expect(region(tinymce).getClientRects()).to.have.length(0);
  });

  for (const language of ['nl', 'en'] as const) {
    it(`has no accessibility violations (axe, ${language}), with every part open`, async () => {
      const page = mountBuilder(language);
      page.container.querySelector('details')!.open = true;
      for (const button of page.container.querySelectorAll<HTMLButtonElement>('section.cms h3 > button')) button.click();
      page.control('sf-builder-show-source-citation').click();
      page.control('sf-builder-variant-script').click();
      await livePreview(page);
      await expect(page.container).to.be.accessible();
    });
  }
});
