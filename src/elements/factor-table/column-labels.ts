import {unsafeCSS, type CSSResult} from 'lit';
import {columnNames} from '../../i18n/factor-table.js';

/**
 * In the card layout (containers up to 48em, as in factor-table.styles.ts) each cell names its column
 * first. The names are the same in every row, so they come from this stylesheet, one rule per column and
 * language, selected by the table's `ui-<language>` class, instead of an attribute bound on each of the
 * 500 cells: every such binding costs memory and work per row. Built from the interface strings, so a
 * label lives in one place; they are ours, never data, and JSON's quoting is valid CSS for them. The empty
 * alternative text after the slash keeps them out of the cell's accessible name: a screen reader's table
 * navigation already says the column's header, and would otherwise say it twice. Made when the element is
 * defined, before English texts can have come: so both languages' column names are in the entry.
 */
export const columnLabelStyles: CSSResult = unsafeCSS(`@container (max-width: 48em) {${
  Object.entries(columnNames).flatMap(([language, columns]) => Object.entries(columns)
    .filter(([column]) => column !== 'kind') // the kind badge speaks for itself
    .map(([column, label]) => `.ui-${language} tbody .col-${column}::before{content:${JSON.stringify(label)}/""}`)).join('')
}}`);
