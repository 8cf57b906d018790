/**
 * Every element's primary story (the first of its file: the live example of its docs page and the
 * story a link opens) renders from its args, as the Controls panel and `?args=` set them: the args
 * change what a reader sees, and every attribute of the manifest is a control that reaches the element.
 */
import {expect} from '@open-wc/testing';
import {render} from 'lit';
import {ACTORS, NO_FILTER, bundledDataset, filterFactors} from '../../src/data/index.js';
import {actorFilterText} from '../../src/i18n/actor-filter.js';
import {barrierHeatmapText} from '../../src/i18n/barrier-heatmap.js';
import {factorTableText} from '../../src/i18n/factor-table.js';
import {argTypesFromManifest, declarationOf, type Manifest} from '../../.storybook/arg-types.js';
import {decorators} from '../../.storybook/decorators.js';
import {tidySnippet} from '../../.storybook/snippet.js';
import '../../src/index.js';
import {LIBRARY_TAGS, settle} from '../shared/elements.js';
import {
  addStylesheet, importStoryModule, serveStaticDirsLikeStorybook, staticDirs, storiesOf, type StoryCase,
} from '../a11y/storybook.js';

document.documentElement.lang = 'nl';
await addStylesheet('/stories/preview.css');
serveStaticDirsLikeStorybook(await staticDirs());

const manifestResponse = await fetch('/custom-elements.json');
if (!manifestResponse.ok) throw new Error('custom-elements.json is missing: run `npm run manifest` (npm test builds it)');
const manifest = (await manifestResponse.json()) as Manifest;

/** Each element's primary story, from `stories/<tag>.stories.ts`. */
const primaries = new Map<string, StoryCase>();
for (const tag of LIBRARY_TAGS) {
  const info = await importStoryModule(`/stories/${tag}.stories.ts`);
  primaries.set(tag, storiesOf(info, decorators)[0]);
}

const shadowText = (el: Element | null | undefined, selector: string) =>
  [...(el?.shadowRoot?.querySelectorAll(selector) ?? [])].map((node) => node.textContent!.replace(/\s+/g, ' ').trim());

/** For each element: args a designer would set, and what the element must then show. */
const CASES: Record<string, {args: Record<string, unknown>; shows: (root: HTMLElement) => void}> = {
  'factor-table': {
    // As the check control gives `actor`: a list.
    args: {kind: 'inhiberend', actor: ['werkgever'], lang: 'en'},
    shows: (root) => {
      const table = root.querySelector('factor-table')!;
      const expected = filterFactors(bundledDataset, {...NO_FILTER, kind: 'inhiberend', actors: ['werkgever']}).map((factor) => factor.id);
      expect(expected.length, 'the filter leaves some rows, not all').to.be.within(1, bundledDataset.factors.length - 1);
      const rows = [...table.shadowRoot!.querySelectorAll('tr[data-factor-id]:not([hidden])')].map((row) => row.getAttribute('data-factor-id'));
      expect(rows, 'rows: inhibiting, for employers').to.deep.equal(expected);
      const headers = shadowText(table, 'thead th');
      for (const column of ['factor', 'how', 'actor', 'source'] as const) {
        expect(headers.some((header) => header.startsWith(factorTableText.en.columns[column])), `English header "${factorTableText.en.columns[column]}"`).to.be.true;
      }
      expect(shadowText(table, 'caption')).to.deep.equal([factorTableText.en.caption]);
    },
  },
  'source-citation': {
    args: {source: 'tno-2011'},
    shows: (root) => {
      const card = root.querySelector('source-citation')!;
      const tno = bundledDataset.sources.find((source) => source.id === 'tno-2011')!;
      expect(shadowText(card, '[part~="heading"]')).to.deep.equal([tno.citation]);
    },
  },
  'actor-filter': {
    args: {lang: 'en', 'with-kind': true, layout: 'vertical'},
    shows: (root) => {
      const filter = root.querySelector('actor-filter')!;
      expect(filter.getAttribute('layout')).to.equal('vertical');
      expect(shadowText(filter, '[part~="legend"]')).to.deep.equal([actorFilterText.en.kindLegend, actorFilterText.en.legend]);
    },
  },
  'barrier-heatmap': {
    args: {kind: 'stimulerend', transposed: true, lang: 'en'},
    shows: (root) => {
      const heatmap = root.querySelector('barrier-heatmap')!;
      expect(shadowText(heatmap, '[part~="title"]')).to.deep.equal([barrierHeatmapText.en.title('stimulerend')]);
      // Transposed: the sources are the rows.
      const citations = new Set(bundledDataset.sources.map((source) => source.citation));
      const rowHeaders = shadowText(heatmap, '[part~="row-header"]');
      expect(rowHeaders.length).to.be.above(0);
      expect(rowHeaders.every((header) => citations.has(header)), `row headers are sources: ${rowHeaders.join(', ')}`).to.be.true;
    },
  },
};

/** A value a designer could choose for an arg, by its control: the second option, a list of two, text, a number. */
function sampleFor(argType: Record<string, any>): {value: unknown; attribute: string | null} {
  const control = argType.control?.type;
  if (control === 'boolean') return {value: true, attribute: ''};
  if (control === 'inline-check') return {value: [ACTORS[0], ACTORS[2]], attribute: `${ACTORS[0]} ${ACTORS[2]}`};
  if (control === 'select') return {value: argType.options[1], attribute: String(argType.options[1])};
  if (control === 'number') return {value: 2, attribute: '2'};
  if (argType.name === 'src') return {value: 'fixtures/eigen-dataset.json', attribute: 'fixtures/eigen-dataset.json'};
  return {value: 'proef', attribute: 'proef'};
}

describe('the primary story of every element renders from its args', function () {
  this.timeout(30000);
  let root: HTMLElement;
  beforeEach(() => {
    root = document.createElement('div');
    document.body.append(root);
  });
  afterEach(() => {
    render(null, root);
    root.remove();
  });

  it('every element has a story file with a primary story', () => {
    expect([...primaries.keys()]).to.deep.equal([...LIBRARY_TAGS]);
  });

  it('gives the docs page a snippet to copy that follows the controls', async () => {
    // What Storybook's source panel does with a story: render it without decorators, take its HTML.
    const container = document.createElement('div');
    const args = {kind: 'inhiberend', actor: ['werkgever', 'trainer'], 'no-search': true, lang: ''};
    render(await primaries.get('factor-table')!.render({args, undecorated: true}), container);
    // eslint-disable-next-line no-restricted-properties -- our own markup, read as Storybook reads it
    const html = container.innerHTML.replace(/<!--\??(lit\$[0-9]+\$)?-->/g, '');
    expect(tidySnippet(html)).to.equal('<factor-table kind="inhiberend" actor="werkgever trainer" no-search></factor-table>');
  });

  for (const tag of LIBRARY_TAGS) {
    describe(`<${tag}>`, () => {
      const story = () => primaries.get(tag)!;

      if (CASES[tag]) {
        it(`shows what its args ask for: ${JSON.stringify(CASES[tag].args)}`, async () => {
          render(await story().render({args: CASES[tag].args}), root);
          await settle(root);
          CASES[tag].shows(root);
          await expect(root).to.be.accessible();
        });
      }

      it('has a control for every attribute of the manifest, and no arg for internal state', () => {
        const declaration = declarationOf(manifest, tag)!;
        const argTypes = argTypesFromManifest(manifest, tag) as Record<string, Record<string, any>>;
        for (const attribute of declaration.attributes ?? []) {
          expect(argTypes[attribute.name]?.control?.type, `a control for ${attribute.name}`).to.be.a('string');
        }
        const withControls = Object.keys(argTypes).filter((name) => argTypes[name].control);
        expect(withControls.sort()).to.deep.equal((declaration.attributes ?? []).map((attribute) => attribute.name).sort());
      });

      it('passes every attribute arg to the element, and leaves it out when empty or off', async () => {
        const argTypes = argTypesFromManifest(manifest, tag) as Record<string, Record<string, any>>;
        const attributes = (declarationOf(manifest, tag)!.attributes ?? []).map((attribute) => attribute.name);
        for (const name of attributes) {
          const {value, attribute} = sampleFor(argTypes[name]);
          render(await story().render({args: {[name]: value}}), root);
          const el = root.querySelector(tag)!;
          expect(el.getAttribute(name), `${name}: ${JSON.stringify(value)}`).to.equal(attribute);
          render(await story().render({args: {[name]: Array.isArray(value) ? [] : typeof value === 'boolean' ? false : ''}}), root);
          // `group` reflects its property: emptied, it is the page-wide group "".
          if (name !== 'group') expect(root.querySelector(tag)!.hasAttribute(name), `${name} emptied`).to.be.false;
          await settle(root);
        }
      });
    });
  }
});
