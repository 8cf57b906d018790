// The script of embed.html: a classic script in the page's head, so what must happen before the page is
// first painted (its language, the static table filtered to the query) does. It then loads the CDN
// bundle beside it and puts the live elements in the static table's place. It uses the library only
// through that bundle: tag names, attributes and `updateComplete`.
import {describeEmbedProblem, readEmbedQuery, type EmbedProblem} from './embed-query.js';
import {followWhatTheReaderSees, reportHeightToParent} from './height-report.js';
import {replaceWithLiveElements} from './live-elements.js';
import {prepareStaticTable} from './static-table.js';
import {SOURCES_META} from './pages/embed-page-meta.js';

const bundle = new URL('./scholingsfactoren.js', (document.currentScript as HTMLScriptElement | null)?.src ?? document.baseURI).href;

/** The publications' labels by id, from the page (the build writes them there). */
function readCitations(): Map<string, string> {
  const content = document.querySelector<HTMLMetaElement>(`meta[name="${SOURCES_META}"]`)?.content;
  return new Map(content ? (JSON.parse(content) as [string, string][]) : []);
}

const citations = readCitations();
const {settings, problems} = readEmbedQuery(location.search, new Set(citations.keys()));
const root = document.documentElement;
root.lang = settings.lang;
root.classList.add('sf-js');

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

async function start(): Promise<void> {
  const staticBlock = document.getElementById('sf-static')!;
  showProblems(document.getElementById('sf-problems')!, problems);
  prepareStaticTable(staticBlock, settings, citations);
  root.classList.add('sf-ready');
  reportHeightToParent();
  followWhatTheReaderSees();
  try {
    await import(/* @vite-ignore */ bundle);
    await replaceWithLiveElements(staticBlock, settings);
  } catch (error) {
    // Without the bundle the static table is what there is: show it as it is shown without JavaScript.
    root.classList.remove('sf-js');
    console.error('scholingsfactoren: de elementen konden niet worden geladen', error);
  }
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', () => void start(), {once: true});
else void start();
