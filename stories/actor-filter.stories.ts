import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {html} from 'lit';
import '../src/elements/actor-filter/actor-filter.js';
import '../src/elements/factor-table/factor-table.js';
import {attr} from './attributes.js';

// The arg table comes from custom-elements.json (.storybook/arg-types.ts); the render binds every attribute.
const filter = (args: Record<string, unknown>) => html`<actor-filter ?with-kind=${args['with-kind']} layout=${attr(args.layout)}
  ?compact=${args.compact} lang=${attr(args.lang)} group=${attr(args.group)} src=${attr(args.src)}
  ?sync-url=${args['sync-url']}></actor-filter>`;

const meta: Meta = {
  title: 'Elementen/actor-filter',
  component: 'actor-filter',
  render: filter,
};
export default meta;
type Story = StoryObj;

/** The four actors with their counts; a press filters every element of the group. */
export const Standaard: Story = {};

/** With the kind of factor too (`with-kind`). */
export const MetSoort: Story = {name: 'Met soort', args: {'with-kind': true}};

/** Stacked, for a sidebar (`layout="vertical"`), in a block of its own beside the table's block: no wiring. */
export const FilterEnTabelNaastElkaar: Story = {
  name: 'Filter en tabel in aparte blokken',
  args: {layout: 'vertical'},
  render: (args) => html`<div class="sf-naast-elkaar">
    <aside>${filter(args)}</aside>
    <main><factor-table no-export kind="stimulerend"></factor-table></main>
  </div>`,
};

/** English interface text. */
export const Engels: Story = {args: {lang: 'en', 'with-kind': true}};
