/**
 * Each user's grid layout (column order, widths, hidden columns, sort and filters), kept in
 * localStorage under their email so that two people sharing a browser keep their own.
 */
import type { ColumnState } from 'ag-grid-community';

export interface GridLayout {
  columns: ColumnState[];
  filters: Record<string, unknown>;
}

export const layoutKey = (grid: string, email: string): string => `secondment-hub.layout.${grid}.${email.toLowerCase()}`;

const isColumnState = (value: unknown): value is ColumnState =>
  typeof value === 'object' && value !== null && typeof (value as ColumnState).colId === 'string';

/** A saved layout, or undefined when none is saved or it is not one (an older format, a hand edit). */
export const readLayout = (storage: Pick<Storage, 'getItem'>, key: string, knownColumns: readonly string[]): GridLayout | undefined => {
  try {
    const saved = JSON.parse(storage.getItem(key) ?? 'null') as Partial<GridLayout> | null;
    if (!saved || !Array.isArray(saved.columns)) return undefined;
    // A column that no longer exists is dropped; one added since keeps its default place.
    const columns = saved.columns.filter(isColumnState).filter((column) => knownColumns.includes(column.colId));
    const filters = typeof saved.filters === 'object' && saved.filters !== null ? saved.filters : {};
    return { columns, filters: Object.fromEntries(Object.entries(filters).filter(([colId]) => knownColumns.includes(colId))) };
  } catch {
    return undefined;
  }
};

export const writeLayout = (storage: Pick<Storage, 'setItem'>, key: string, layout: GridLayout): void => {
  try {
    storage.setItem(key, JSON.stringify(layout));
  } catch {
    // Storage full or disabled: the layout simply is not kept.
  }
};
