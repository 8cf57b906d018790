import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {html} from 'lit';
import '../src/elements/factor-table/factor-table.js';

// Controls come from custom-elements.json (generated from the class's JSDoc): no argTypes here.
const meta: Meta = {
  title: 'Elementen/factor-table',
  component: 'factor-table',
  parameters: {layout: 'padded'},
};
export default meta;
type Story = StoryObj;

// Every story has its own group, so a filter set in one story never leaks into the next.
export const Standaard: Story = {render: () => html`<factor-table group="st-standaard"></factor-table>`};

export const AlleenInhiberend: Story = {
  render: () => html`<factor-table group="st-inhiberend" kind="inhiberend"></factor-table>`,
};

export const EenActor: Story = {
  render: () => html`<factor-table group="st-actor" actor="werkgever"></factor-table>`,
};

export const ZoektermIngevuld: Story = {
  render: () => html`<factor-table group="st-zoek" query="motivatie"></factor-table>`,
};

export const LeegResultaat: Story = {
  render: () => html`<factor-table group="st-leeg" query="ruimtevaart"></factor-table>`,
};

export const Engels: Story = {render: () => html`<factor-table group="st-en" lang="en"></factor-table>`};

export const Smal320px: Story = {
  render: () => html`<div style="width: 320px; border: 1px dashed #999"><factor-table group="st-smal"></factor-table></div>`,
};

export const EigenDataset: Story = {
  render: () => html`<factor-table group="st-eigen" src="fixtures/eigen-dataset.json"></factor-table>`,
};

export const Foutmelding: Story = {
  render: () => html`<factor-table group="st-fout" src="fixtures/kapotte-dataset.json"></factor-table>`,
};

export const GemeenteThema: Story = {
  render: () => html`<div class="thema-gemeente"><factor-table group="st-thema" kind="stimulerend"></factor-table></div>`,
};
