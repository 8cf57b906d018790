import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {html} from 'lit';
import '../src/elements/source-citation/source-citation.js';
import {attr} from './attributes.js';

// The arg table comes from custom-elements.json (.storybook/arg-types.ts); the render binds every attribute.
const meta: Meta = {
  title: 'Elementen/source-citation',
  component: 'source-citation',
  render: (args) => html`<source-citation source=${attr(args.source)} ?all=${args.all} ?compact=${args.compact}
    heading-level=${attr(args['heading-level'])} factor=${attr(args.factor)} lang=${attr(args.lang)} group=${attr(args.group)} src=${attr(args.src)}
    ?sync-url=${args['sync-url']}></source-citation>`,
};
export default meta;
type Story = StoryObj;

/** The full card: reference, summary, findings, and the factors that cite the publication. */
export const Volledig: Story = {args: {source: 'de-greef-heimens-visser-2020'}};

/** The small card of the table's source dialog, for a sidebar: findings folded away. */
export const Compact: Story = {args: {source: 'tno-2011', compact: true}};

/** "ROA (2018)" in the table stands for two reports: the card shows both, each with its own reference, and which factor comes from which. */
export const DubbelLabel: Story = {name: 'Dubbel label', args: {source: 'roa-2018-kwetsbare-positie'}};

/** The dataset's whole reference list in APA order (`all`); each entry can be linked as `#bron-<id>`. */
export const Bronnenlijst: Story = {args: {all: true}};

/** English: our translation of the summary and findings, marked as a translation; the reference and the factors stay Dutch. */
export const Engels: Story = {args: {source: 'sanders-2013', lang: 'en'}};

/** The card as the table's source dialog shows it for one row (`factor`): why that row cites this one of the label's publications. */
export const MetToelichting: Story = {name: 'Met toelichting', args: {source: 'roa-2018-levenslang-leren', compact: true, factor: 'vertrouwen'}};

/** An id that is not in the dataset: a message with role="alert" and a `factor-error` event. */
export const OnbekendeBron: Story = {name: 'Onbekende bron', args: {source: 'xyz-2099'}};
