import {fixture, html} from '@open-wc/testing';
import {nothing, type TemplateResult} from 'lit';
import '../../src/elements/factor-table/factor-table.js';
import type {FactorTable} from '../../src/elements/factor-table/factor-table.component.js';
import {freshGroup, shadow} from '../shared/elements.js';

/** Renders a template and waits for the first `<factor-table>` in it to finish rendering. */
export async function tableFixture(template: TemplateResult): Promise<FactorTable> {
  const root = await fixture(template);
  const table = (root.localName === 'factor-table' ? root : root.querySelector('factor-table')) as FactorTable;
  await table.updateComplete;
  return table;
}

/** The columns tableInColumn made: removeColumns takes them away. */
const columns: HTMLElement[] = [];

/** A table (of a group of its own) inside a column of the given width, as in a CMS page's sidebar. */
export async function tableInColumn(width: number, query?: string): Promise<FactorTable> {
  const column = document.createElement('div');
  column.style.width = `${width}px`;
  document.body.append(column);
  columns.push(column);
  const table = await fixture<FactorTable>(html`<factor-table group=${freshGroup()} query=${query ?? nothing}></factor-table>`, {parentNode: column});
  await table.updateComplete;
  return table;
}

/** Removes the columns of tableInColumn; in an `after` hook, once the fixtures in them are gone. */
export const removeColumns = (): void => columns.splice(0).forEach((column) => column.remove());

export const headerOf = (table: FactorTable, column: string) =>
  shadow(table).querySelector<HTMLTableCellElement>(`thead th.col-${column}`)!;
export const sortButton = (table: FactorTable, column: string) => headerOf(table, column).querySelector('button')!;
export {html};
