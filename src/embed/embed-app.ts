// The script of the embed pages (embed.html and those written per choice): a module, so it never holds
// up the first paint. A page written for a choice already shows its elements, rendered at build time
// from the elements' own templates; this takes that markup over as it is (Lit's hydration support comes
// first, before Lit is loaded). embed.html, or a page whose address asks for something else, gets the
// elements its address asks for. Either way the page then reports its height to the page around it.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import {bundledWithoutTexts} from '../data/bundled-without-texts.js';
import {sourceIdsOf} from '../state/filter-state.js';
import {ELEMENT_LOADERS} from '../elements/registry.js';
import {readEmbedPageAddress, sameSettings} from './embed-choices.js';
import {embedElements} from './embed-elements.js';
import {describeEmbedProblem, type EmbedProblem, type EmbedSettings} from './embed-query.js';
import {followWhatTheReaderSees, reportHeightToParent} from './height-report.js';

type LibraryElement = HTMLElement & {updateComplete: Promise<unknown>};

/** The group of the elements made for the page's address. */
const ADDRESS_GROUP = 'adres';

const main = document.getElementById('sf-embed')!;
const renderedFor = main.dataset['rendered'] ? (JSON.parse(main.dataset['rendered']) as EmbedSettings) : undefined;
const {settings, problems} = readEmbedPageAddress(location.search, renderedFor, sourceIdsOf(bundledWithoutTexts));
document.documentElement.lang = settings.lang;

/** Names what the address gets wrong, as text: a query parameter is never markup. */
function showProblems(box: HTMLElement, found: readonly EmbedProblem[]): void {
  if (found.length === 0) return;
  const title = document.createElement('p');
  title.textContent = 'Niet alles in het adres van deze pagina klopt:';
  const list = document.createElement('ul');
  list.append(...found.map((problem) => {
    const item = document.createElement('li');
    item.textContent = describeEmbedProblem(problem);
    return item;
  }));
  const rest = document.createElement('p');
  rest.textContent = 'De andere instellingen gelden wel.';
  box.append(title, list, rest);
  box.hidden = false;
}

/**
 * Makes the elements the settings ask for. They are laid out out of sight first, and take the place of
 * what the page showed in one step once every one has rendered: the page never shows a half-drawn state.
 */
async function makeElements(wanted: EmbedSettings): Promise<void> {
  const live = document.createElement('div');
  live.className = 'sf-live sf-pending';
  const elements = embedElements(wanted).map(({tag, attributes}) => {
    const element = document.createElement(tag) as LibraryElement;
    for (const [name, value] of attributes) element.setAttribute(name, value);
    // A group apart from the page's rendered elements, which still give their attributes to theirs until they go.
    element.setAttribute('group', ADDRESS_GROUP);
    return element;
  });
  live.append(...elements);
  main.append(live);
  await Promise.all(wanted.show.map((tag) => ELEMENT_LOADERS[tag]()));
  await Promise.all(elements.map((element) => element.updateComplete));
  main.querySelector('.sf-rendered')?.remove();
  live.classList.remove('sf-pending');
}

async function start(): Promise<void> {
  showProblems(document.getElementById('sf-problems')!, problems);
  reportHeightToParent();
  followWhatTheReaderSees();
  // The page's own elements, taken over as they are; or those the address asks for instead.
  if (renderedFor && sameSettings(renderedFor, settings)) await Promise.all(renderedFor.show.map((tag) => ELEMENT_LOADERS[tag]()));
  else await makeElements(settings);
  document.documentElement.classList.add('sf-live-ready');
}

start().catch((error: unknown) => console.error('scholingsfactoren: de elementen konden niet worden geladen', error));
