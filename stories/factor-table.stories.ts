import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {html} from 'lit';
import '../src/elements/factor-table/factor-table.js';
import {attr} from './attributes.js';

// The arg table comes from custom-elements.json (.storybook/arg-types.ts); the render binds every
// attribute, so each control and each URL arg (`args=kind:inhiberend;actor:werkgever;lang:en`) acts at once.
const meta: Meta = {
  title: 'Elementen/factor-table',
  component: 'factor-table',
  render: (args) => html`<factor-table kind=${attr(args.kind)} actor=${attr(args.actor)} source=${attr(args.source)}
    query=${attr(args.query)} lang=${attr(args.lang)} group=${attr(args.group)} src=${attr(args.src)}
    ?no-search=${args['no-search']} ?no-export=${args['no-export']} ?sync-url=${args['sync-url']}></factor-table>`,
};
export default meta;
type Story = StoryObj;

/** All 83 factors of the document, as `<factor-table></factor-table>` shows them. */
export const Standaard: Story = {};

/** Only the factors that hold people back: `kind="inhiberend"`. */
export const AlleenInhiberend: Story = {name: 'Alleen inhiberend', args: {kind: 'inhiberend'}};

/** What concerns employers: `actor="werkgever"`. Several actors: separated by spaces. */
export const EenActor: Story = {name: 'Eén actor', args: {actor: 'werkgever'}};

/** The search box filled in from the start: `query="motivatie"`. */
export const ZoektermIngevuld: Story = {name: 'Zoekterm ingevuld', args: {query: 'motivatie'}};

/** No factor matches: the message and the way back. */
export const LeegResultaat: Story = {name: 'Leeg resultaat', args: {query: 'ruimtevaart'}};

/** English interface text; the factors stay Dutch, marked as such for screen readers. */
export const Engels: Story = {args: {lang: 'en', kind: 'stimulerend'}};

/** Just the table, for a page that has its own filters: `no-search` and `no-export`. */
export const ZonderZoekveldEnDownload: Story = {name: 'Zonder zoekveld en download', args: {'no-search': true, 'no-export': true, actor: 'trainer'}};

/** In a 320 px column the rows become cards. */
export const Smal320px: Story = {
  name: 'Smal (320 px)',
  args: {actor: 'omgeving'},
  decorators: [(story) => html`<div class="sf-smal">${story()}</div>`],
};

/** A dataset of your own: `src` points at a JSON file in the dataset format. */
export const EigenDataset: Story = {name: 'Eigen dataset', args: {src: 'fixtures/eigen-dataset.json'}};

/** A dataset that breaks the format: a Dutch message that names the field and the row. */
export const Foutmelding: Story = {args: {src: 'fixtures/kapotte-dataset.json'}};
