import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {html} from 'lit';
import '../src/elements/actor-filter/actor-filter.js';
import '../src/elements/factor-table/factor-table.js';
import '../src/elements/factor-landscape/factor-landscape.js';

const meta: Meta = {
  title: 'Elementen/actor-filter',
  component: 'actor-filter',
  parameters: {layout: 'padded'},
};
export default meta;
type Story = StoryObj;

export const FilterEnTabelNaastElkaar: Story = {
  name: 'Filter en tabel in aparte blokken',
  render: () => html`
    <div style="display: grid; grid-template-columns: minmax(12rem, 16rem) 1fr; gap: 1.5rem; align-items: start">
      <aside><actor-filter group="af-blokken" layout="vertical"></actor-filter></aside>
      <main><factor-table group="af-blokken" no-export></factor-table></main>
    </div>`,
};

export const TweeGroepen: Story = {
  name: 'Twee onafhankelijke groepen',
  render: () => html`
    <factor-landscape><h3>Groep 1</h3><actor-filter compact></actor-filter><factor-table no-search no-export kind="stimulerend"></factor-table></factor-landscape>
    <factor-landscape><h3>Groep 2</h3><actor-filter compact></actor-filter><factor-table no-search no-export kind="inhiberend"></factor-table></factor-landscape>`,
};

export const MetSoort: Story = {
  name: 'Met soort',
  render: () => html`<actor-filter group="af-soort" with-kind></actor-filter><factor-table group="af-soort"></factor-table>`,
};

export const Engels: Story = {
  render: () => html`<div lang="en"><actor-filter group="af-en" with-kind></actor-filter><factor-table group="af-en"></factor-table></div>`,
};
