import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {html} from 'lit';
import '../src/elements/barrier-heatmap/barrier-heatmap.js';
import '../src/elements/factor-table/factor-table.js';
import type {Dataset} from '../src/data/index.js';

// Controls come from custom-elements.json (generated from the class's JSDoc): no argTypes here.
const meta: Meta = {
  title: 'Elementen/barrier-heatmap',
  component: 'barrier-heatmap',
  parameters: {layout: 'padded'},
};
export default meta;
type Story = StoryObj;

// Every story has its own group, so a cell chosen in one story never filters the next.
export const Standaard: Story = {render: () => html`<barrier-heatmap group="hm-standaard"></barrier-heatmap>`};

export const Stimulerend: Story = {
  render: () => html`<barrier-heatmap group="hm-stimulerend" kind="stimulerend"></barrier-heatmap>`,
};

export const Getransponeerd: Story = {
  render: () => html`<barrier-heatmap group="hm-transponeerd" transposed></barrier-heatmap>`,
};

export const MetGekoppeldeTabel: Story = {
  name: 'Met gekoppelde tabel',
  render: () => html`
    <barrier-heatmap group="hm-gekoppeld"></barrier-heatmap>
    <hr>
    <factor-table group="hm-gekoppeld" no-export></factor-table>`,
};

export const GefilterdDoorGroep: Story = {
  name: 'Gefilterd door de groep (zoekterm in de tabel)',
  render: () => html`
    <barrier-heatmap group="hm-zoek"></barrier-heatmap>
    <hr>
    <factor-table group="hm-zoek" query="tijd" no-export></factor-table>`,
};

export const AlsTabel: Story = {
  render: () => html`<barrier-heatmap group="hm-tabel" show-table></barrier-heatmap>`,
};

export const Smal320px: Story = {
  render: () => html`<div style="width: 320px; border: 1px dashed #999"><barrier-heatmap group="hm-smal"></barrier-heatmap></div>`,
};

export const Engels: Story = {render: () => html`<barrier-heatmap group="hm-en" lang="en"></barrier-heatmap>`};

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

export const EigenDataset: Story = {
  render: () => html`<barrier-heatmap group="hm-eigen" .data=${smallDataset}></barrier-heatmap>`,
};
