import {unsafeCSS, type CSSResult} from 'lit';
import type {ColumnKey} from '../../data/columns.js';

/**
 * Each column's width (data/columns.ts) in a container wider than 48em, on its header cell, from which the
 * fixed table layout takes it (factor-table.styles.ts): the short columns get what their header needs, the
 * text columns share the rest, the "how" sentences the most: that column has none and takes what the
 * others leave. Between 48em and 69em, and on paper, the stylesheet changes some of them; a column it does
 * not name keeps this width up to 69em, and on paper, where the layout is automatic, takes what its
 * content needs.
 */
const COLUMN_WIDTHS = {
  kind: '9em', factor: '22%', actor: '10.5%', source: '18%', evidence: '6.75em',
} satisfies Record<Exclude<ColumnKey, 'how'>, string>;

/** The widths as rules for the header cells. */
export const columnWidths: CSSResult = unsafeCSS(
  Object.entries(COLUMN_WIDTHS).map(([column, width]) => `thead .col-${column}{width:${width}}`).join(''));
