import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {html, nothing} from 'lit';
import '../src/elements/source-citation/source-citation.js';

// Controls come from custom-elements.json (generated from the class's JSDoc): no argTypes here.
// The render binds the element's own attributes, so every control acts on the story.
const meta: Meta = {
  title: 'Elementen/source-citation',
  component: 'source-citation',
  parameters: {layout: 'padded'},
  render: (args) => html`<source-citation group=${args.group ?? nothing} source=${args.source ?? nothing}
    ?all=${args.all} ?compact=${args.compact} heading-level=${args['heading-level'] ?? args.headingLevel ?? nothing}
    lang=${args.lang ?? nothing}></source-citation>`,
};
export default meta;
type Story = StoryObj;

// Every story has its own group, so a filter set in one story never leaks into the next.

/** The full card: reference, summary, findings, and the factors that cite the publication. */
export const Volledig: Story = {args: {group: 'st-bron-volledig', source: 'tno-2011'}};

/** The small card of the table's source dialog; the child is the fallback shown until the element is defined. */
export const Compact: Story = {
  args: {group: 'st-bron-compact', source: 'de-greef-heimens-visser-2020', compact: true},
  render: (args) => html`<div style="max-width: 36rem">
    <source-citation group=${args.group} source=${args.source} ?compact=${args.compact} lang=${args.lang ?? nothing}>
      <p><i>Succesfactoren voor post-initiële arbeidsmarktgerichte scholing</i></p>
    </source-citation></div>`,
};

/** "ROA (2018)" in the table stands for two reports: the card shows both, each with its own reference. */
export const DubbelLabel: Story = {args: {group: 'st-bron-dubbel', source: 'roa-2018-kwetsbare-positie'}};

/** The dataset's whole reference list in APA order; each entry can be linked as `#bron-<id>`. */
export const Bronnenlijst: Story = {args: {group: 'st-bron-lijst', all: true}};

/** English interface text; the data stays Dutch. */
export const Engels: Story = {args: {group: 'st-bron-en', source: 'sanders-2013', lang: 'en'}};

/** An id that is not in the dataset: a message with role="alert" and a `factor-error` event. */
export const OnbekendeBron: Story = {args: {group: 'st-bron-onbekend', source: 'xyz-2099'}};
