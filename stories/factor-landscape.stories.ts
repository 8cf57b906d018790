import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {html} from 'lit';
import '../src/elements/factor-landscape/factor-landscape.js';
import '../src/elements/actor-filter/actor-filter.js';
import '../src/elements/factor-table/factor-table.js';

// `<factor-landscape>` has no attributes: its content is the example.
const meta: Meta = {
  title: 'Elementen/factor-landscape',
  component: 'factor-landscape',
};
export default meta;
type Story = StoryObj;

/**
 * Two sets of filter and table on one page, each in its own `<factor-landscape>`: a filter acts on
 * the table beside it only, without group names.
 */
export const TweeOnafhankelijkeGroepen: Story = {
  name: 'Twee onafhankelijke groepen',
  render: () => html`
    <factor-landscape><h3>Groep 1: wat helpt</h3><actor-filter compact></actor-filter><factor-table no-search no-export kind="stimulerend" actor="trainer"></factor-table></factor-landscape>
    <factor-landscape><h3>Groep 2: wat remt</h3><actor-filter compact></actor-filter><factor-table no-search no-export kind="inhiberend" actor="trainer"></factor-table></factor-landscape>`,
};
