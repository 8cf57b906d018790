import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {html} from 'lit';
import '../src/elements/barrier-heatmap/barrier-heatmap.js';
import '../src/elements/factor-table/factor-table.js';
import type {Dataset} from '../src/data/index.js';
import {attr} from './attributes.js';

// The arg table comes from custom-elements.json (.storybook/arg-types.ts); the render binds every attribute.
const heatmap = (args: Record<string, unknown>) => html`<barrier-heatmap counts=${attr(args.counts)} kind=${attr(args.kind)} order=${attr(args.order)}
  ?transposed=${args.transposed} ?show-table=${args['show-table']} heading-level=${attr(args['heading-level'])} actor=${attr(args.actor)} source=${attr(args.source)}
  query=${attr(args.query)} lang=${attr(args.lang)} group=${attr(args.group)} src=${attr(args.src)}
  ?sync-url=${args['sync-url']} .data=${args.data}></barrier-heatmap>`;

const meta: Meta = {
  title: 'Elementen/barrier-heatmap',
  component: 'barrier-heatmap',
  render: heatmap,
};
export default meta;
type Story = StoryObj;

/** The inhibiting factors per actor and source; choose a cell to filter the group. */
export const Standaard: Story = {};

/** The stimulating factors instead (`counts="stimulerend"`). */
export const Stimulerend: Story = {args: {counts: 'stimulerend'}};

/** Sources as rows, actors as columns (`transposed`). */
export const Getransponeerd: Story = {args: {transposed: true}};

/** The same numbers as a plain table (`show-table`). */
export const AlsTabel: Story = {name: 'Als tabel', args: {'show-table': true}};

/** A cell chosen from the start (`actor` plus `source`), with a table of the same group that shows its factors. */
export const MetGekoppeldeTabel: Story = {
  name: 'Met gekoppelde tabel',
  args: {actor: 'werkgever', source: 'de-greef-heimens-visser-2020'},
  render: (args) => html`${heatmap(args)}<hr><factor-table no-export></factor-table>`,
};

/** The group's search narrows the counts: a table of the same group searches "tijd". */
export const GefilterdDoorGroep: Story = {
  name: 'Gefilterd door de groep (zoekterm in de tabel)',
  render: (args) => html`${heatmap(args)}<hr><factor-table query="tijd" no-export></factor-table>`,
};

/** In a 320 px column the grid scrolls sideways; the actors stay in view. */
export const Smal320px: Story = {name: 'Smal (320 px)', decorators: [(story) => html`<div class="sf-smal">${story()}</div>`]};

/** English interface text. */
export const Engels: Story = {args: {lang: 'en'}};

const smallDataset: Dataset = {
  title: 'Voorbeeld van een eigen dataset',
  language: 'nl',
  sources: [
    {id: 'gemeente-2023', citation: 'Gemeente Voorbeeld (2023)', authors: ['Gemeente Voorbeeld'], year: 2023,
      title: 'Scholing in de wijk', summary: 'Een verzonnen voorbeeldbron voor deze story.', findings: []},
    {id: 'fonds-2024', citation: 'O&O-fonds (2024)', authors: ['O&O-fonds'], year: 2024,
      title: 'Leren naast het werk', summary: 'Een tweede verzonnen voorbeeldbron.', findings: []},
  ],
  factors: [
    {id: 'geen-tijd', kind: 'inhiberend', factor: 'geen tijd', how: 'diensten wisselen vaak', actors: ['werknemer', 'werkgever'], sources: ['gemeente-2023']},
    {id: 'kosten', kind: 'inhiberend', factor: 'kosten', how: '', actors: ['werkgever'], sources: ['gemeente-2023', 'fonds-2024']},
    {id: 'reistijd', kind: 'inhiberend', factor: 'lange reistijd', how: 'opleiding ver weg', actors: ['werknemer', 'omgeving'], sources: ['fonds-2024']},
    {id: 'coach', kind: 'stimulerend', factor: 'een vaste coach', how: '', actors: ['trainer'], sources: ['fonds-2024']},
  ],
};

/** A dataset object of your own, set by a script as the `data` property (no attribute). */
export const EigenDataset: Story = {name: 'Eigen dataset', args: {data: smallDataset}};
