// The example apps as their readers get them (examples/, built from the packed package by
// `npm run test:examples`): React 19 with the tags straight in JSX, and Next.js with the components of
// scholingsfactoren/react, whose page is HTML from the build that React hydrates. In both, the app's own
// dataset (60 factors, given as `data`) reaches the table, and the app hears the filter change that a
// reader makes in <actor-filter>: what React 19 loses on hydration without the components (react#35446).
import {expect} from '@open-wc/testing';
import {NO_FILTER, bundledDataset, filterFactors, type Actor, type Dataset} from '../../src/data/index.js';
import {waitFor} from '../shared/wait.js';
import {expectAccessible, openPage, pageProblems, waitForRows} from '../pages/page.js';
import {expectNoProblems} from '../shared/elements.js';

/** The apps' own dataset: the first 60 factors of the bundled one (examples/*: eigenDataset). */
const eigenDataset: Dataset = {...bundledDataset, factors: bundledDataset.factors.slice(0, 60)};
const shown = (dataset: Dataset, actors: Actor[]) => filterFactors(dataset, {...NO_FILTER, actors}).length;
/** The apps' table starts with actor="werkgever trainer". */
const START: Actor[] = ['werkgever', 'trainer'];

const APPS = [
  {name: 'React 19 + Vite', page: '/examples/react-vite/dist/index.html'},
  {name: 'Next.js (static export, hydrated)', page: '/examples/next/out/index.html'},
];

before(() => {
  // Else a missing data set would pass unnoticed: the bundled rows would be as many as the app's.
  expect(shown(eigenDataset, START)).not.to.equal(shown(bundledDataset, START));
});

for (const app of APPS) {
  describe(`the example app in ${app.name}`, () => {
    before(async () => {
      const built = await fetch(`/__page${app.page}`);
      if (!built.ok) throw new Error(`${app.page} is missing: run \`npm run test:examples\` (npm test does) after \`npm run build\``);
    });

    it('shows the app\'s own dataset and tells the app what the reader filters', async () => {
      const page = await openPage(app.page);
      try {
        // A client-rendered app puts the elements in the page after its load event.
        const table = await waitFor(() => page.document.querySelector('factor-table'), 'the app renders the table');
        await waitForRows(table, shown(eigenDataset, START));

        const filter = page.document.querySelector('actor-filter')!;
        expect(page.document.getElementById('gekozen')?.textContent).to.equal('Nog niets gekozen');
        const werknemer = await waitFor(() => filter.shadowRoot?.querySelector<HTMLButtonElement>('button[data-value=werknemer]'), 'the actor filter\'s buttons');
        werknemer.click();
        await waitFor(() => page.document.getElementById('gekozen')?.textContent === 'Gekozen: werkgever, werknemer, trainer',
          `the app shows the filter from its event handler (it shows "${page.document.getElementById('gekozen')?.textContent}")`);
        await waitForRows(table, shown(eigenDataset, ['werkgever', 'werknemer', 'trainer']));

        // Hydrated, not rendered anew: the element of the page's HTML is the one that shows the app's data.
        expect(table.isConnected, 'the table is still the one in the page').to.equal(true);
        expectNoProblems(pageProblems(page), 'the page');
        await expectAccessible(page, table);
      } finally {
        page.close();
      }
    });
  });
}

it('Next.js writes the elements into the page\'s HTML at build time, so the app above was hydrated', async () => {
  const html = await (await fetch('/__page/examples/next/out/index.html')).text();
  expect(html).to.match(/<factor-table[\s>]/);
  expect(html).to.match(/<actor-filter[\s>]/);
});
