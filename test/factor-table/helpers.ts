import {fixture, html} from '@open-wc/testing';
import type {TemplateResult} from 'lit';
import '../../src/elements/factor-table/factor-table.js';
import type {FactorTable} from '../../src/elements/factor-table/factor-table.component.js';
import {shadow} from '../shared/elements.js';

/** Renders a template and waits for the first `<factor-table>` in it to finish rendering. */
export async function tableFixture(template: TemplateResult): Promise<FactorTable> {
  const root = await fixture(template);
  const table = (root.localName === 'factor-table' ? root : root.querySelector('factor-table')) as FactorTable;
  await table.updateComplete;
  return table;
}

export const headerOf = (table: FactorTable, column: string) =>
  shadow(table).querySelector<HTMLTableCellElement>(`thead th.col-${column}`)!;
export const sortButton = (table: FactorTable, column: string) => headerOf(table, column).querySelector('button')!;
export {html};
