import type { IDoesFilterPassParams, IFilterComp, IFilterParams } from 'ag-grid-community';
import { h } from '../../../pages/client/dom.js';
import { t } from '../../../pages/client/words.js';
import { distinctValues, isValueListModel, passesValueList, valueListModel, type ValueListModel } from './value-list.js';

export interface ValueListFilterParams extends IFilterParams {
  /** How a raw value reads in the list (a status's label, a country's name). */
  label?: (value: string) => string;
}

/** A set-like column filter for the grid: a checkbox per value the column holds, with counts. */
export class ValueListFilter implements IFilterComp {
  private params!: ValueListFilterParams;
  private model: ValueListModel | null = null;
  private readonly gui = h('div', { class: 'value-filter', role: 'group' });

  init(params: ValueListFilterParams): void {
    this.params = params;
    this.gui.setAttribute('aria-label', t('admin.grid.filter.label', { column: params.colDef.headerName ?? params.colDef.colId ?? '' }));
  }

  getGui(): HTMLElement {
    return this.gui;
  }

  /** The list is built when it opens, from the rows loaded now. */
  afterGuiAttached(): void {
    const cells: Array<string | string[]> = [];
    this.params.api.forEachNode((node) => {
      const value = this.params.getValue(node) as string | string[] | null | undefined;
      cells.push(value ?? '');
    });
    const label = this.params.label ?? ((value: string) => value || t('admin.grid.filter.blank'));
    const boxes = distinctValues(cells).map(({ value, count }) => {
      const box = h('input', { type: 'checkbox', value, checked: this.model ? this.model.values.includes(value) : false });
      box.addEventListener('change', () => this.fromBoxes());
      return h('label', { class: 'value-filter-choice' }, box, ` ${label(value)} `, h('span', { class: 'value-filter-count' }, String(count)));
    });
    const clear = h('button', { type: 'button', class: 'button button-quiet button-small' }, t('admin.grid.filter.showAll'));
    clear.addEventListener('click', () => {
      for (const box of this.gui.querySelectorAll('input')) box.checked = false;
      this.fromBoxes();
    });
    this.gui.replaceChildren(...boxes, clear);
    this.gui.querySelector('input')?.focus();
  }

  private fromBoxes(): void {
    this.model = valueListModel([...this.gui.querySelectorAll('input:checked')].map((box) => (box as HTMLInputElement).value));
    this.params.filterChangedCallback();
  }

  isFilterActive(): boolean {
    return this.model !== null;
  }

  doesFilterPass(params: IDoesFilterPassParams): boolean {
    return passesValueList(this.model, this.params.getValue(params.node) as string | string[] | null | undefined);
  }

  getModel(): ValueListModel | null {
    return this.model;
  }

  setModel(model: unknown): void {
    this.model = isValueListModel(model) ? valueListModel(model.values) : null;
  }

  getModelAsString(model: ValueListModel | null): string {
    const label = this.params.label ?? ((value: string) => value);
    return model ? model.values.map(label).join(', ') : '';
  }
}
