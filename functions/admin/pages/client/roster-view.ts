/**
 * The Roster tab (issue 17, point 4; docs/secondments.md): every serving secondee, one row each, in
 * the applications grid's conventions (sort, filter, columns and filters kept per user, XLSX/CSV
 * export made by the API), with the counts by nationality, unit and type above it. The API chooses
 * the rows by the sign-in: an NCB officer reads its own country's officers only.
 */
import { createGrid, type CellKeyDownEvent, type GridApi } from 'ag-grid-community';
import type { RosterCount, RosterCounts, RosterRow } from '#shared/secondments/roster.js';
import { byId, h } from '../../../pages/client/dom.js';
import { t } from '../../../pages/client/words.js';
import type { ExportAnswer } from './answers.js';
import { layoutKey, readLayout, writeLayout } from './column-layout.js';
import { commonGridOptions } from './grid-setup.js';
import { countryName, gridWords } from './labels.js';
import { showMessage } from './messages.js';
import { rosterColumns, typeLabel } from './roster-columns.js';
import { mayEdit, type SignedInUser } from './signed-in-user.js';
import { describeProblem, staffApi } from './staff-api.js';

export interface RosterView {
  load(): Promise<void>;
  /** The grid, for the browser tests' hooks. */
  api(): GridApi<RosterRow>;
}

/** Ids travel in the export's link, which CloudFront takes up to 8,192 bytes long: 150 ids are some 5,600. */
const EXPORT_IDS_IN_LINK = 150;

const countItems = (counts: readonly RosterCount[], label: (value: string) => string) =>
  counts.map(({ value, count }) => h('li', { dir: 'auto' }, t('admin.roster.count', { label: label(value), count })));

/** `openRecord`: a row's secondment in the Secondments tab (a double click, or Enter on the row). */
export const rosterView = (user: SignedInUser, openRecord: (id: string) => void): RosterView => {
  const section = byId('roster-view', HTMLElement);
  const rowCount = byId('roster-row-count', HTMLElement);
  const storageKey = layoutKey('roster', user.email);
  // Arabic reads the grid from the right, as the page.
  const rtl = document.documentElement.dir === 'rtl';
  const columns = rosterColumns(rtl);
  const columnIds = columns.map((column) => column.colId ?? '');

  // main.ts hides the views it lists when a tab is chosen; this one hides itself when another is.
  for (const tab of byId('view-tabs', HTMLElement).querySelectorAll<HTMLButtonElement>('.tab')) {
    tab.addEventListener('click', () => {
      section.hidden = tab.dataset.view !== 'roster';
    });
  }

  const keepLayout = (): void => writeLayout(localStorage, storageKey, { columns: grid.getColumnState(), filters: grid.getFilterModel() });
  const showCount = () => {
    const shown = grid.getDisplayedRowCount();
    const total = grid.getGridOption('rowData')?.length ?? 0;
    rowCount.textContent = shown === total ? t('admin.grid.rows', { total }) : t('admin.grid.rows.filtered', { shown, total });
  };

  const grid: GridApi<RosterRow> = createGrid<RosterRow>(byId('roster-grid', HTMLElement), {
    ...commonGridOptions(),
    columnDefs: columns,
    getLocaleText: gridWords,
    enableRtl: rtl,
    defaultColDef: { sortable: true, resizable: true, filter: true, cellDataType: false, minWidth: 70 },
    getRowId: (params) => params.data.id,
    rowData: [],
    maintainColumnOrder: true,
    onColumnMoved: (event) => event.finished && keepLayout(),
    onColumnResized: (event) => event.finished && keepLayout(),
    onColumnVisible: keepLayout,
    onSortChanged: keepLayout,
    onRowDoubleClicked: (event) => event.data && openRecord(event.data.id),
    onCellKeyDown: (event: CellKeyDownEvent<RosterRow>) => {
      if ((event.event as KeyboardEvent | undefined)?.key === 'Enter' && event.data) openRecord(event.data.id);
    },
    onFilterChanged: () => {
      keepLayout();
      showCount();
    },
  });
  const saved = readLayout(localStorage, storageKey, columnIds);
  if (saved) {
    grid.applyColumnState({ state: saved.columns, applyOrder: true });
    grid.setFilterModel(saved.filters);
  }

  const showCounts = (counts: RosterCounts) => {
    byId('roster-total', HTMLElement).textContent = t('admin.roster.total', { total: counts.total });
    byId('roster-by-nationality', HTMLElement).replaceChildren(...countItems(counts.byNationality, countryName));
    byId('roster-by-unit', HTMLElement).replaceChildren(...countItems(counts.byUnit, (unit) => unit));
    byId('roster-by-type', HTMLElement).replaceChildren(...countItems(counts.byType, typeLabel));
  };

  const load = async () => {
    grid.setGridOption('loading', true);
    rowCount.textContent = t('admin.grid.rows.loading');
    try {
      const roster = await staffApi<{ rows: RosterRow[]; counts: RosterCounts }>('GET', 'admin/secondments/roster');
      grid.setGridOption('rowData', roster.rows);
      showCounts(roster.counts);
      showCount();
    } catch (error) {
      showMessage(t('admin.roster.loadFailed', { reason: describeProblem(error) }), 'error');
    } finally {
      grid.setGridOption('loading', false);
    }
  };

  /** The rows the grid shows, in its order, when a filter or the search leaves some out; else the whole roster (by last day). */
  const shownIds = (): string[] | undefined => {
    const filtering = Object.keys(grid.getFilterModel()).length > 0 || (grid.getGridOption('quickFilterText') ?? '') !== '';
    if (!filtering) return undefined;
    const ids: string[] = [];
    grid.forEachNodeAfterFilterAndSort((node) => node.data && ids.push(node.data.id));
    if (ids.length <= EXPORT_IDS_IN_LINK) return ids;
    showMessage(t('admin.roster.exportWhole', { max: EXPORT_IDS_IN_LINK }), 'info');
    return undefined;
  };

  const startExport = async (format: 'xlsx' | 'csv') => {
    const ids = shownIds();
    if (ids && ids.length === 0) {
      showMessage(t('admin.grid.exported', { rows: 0, format: format.toUpperCase() }), 'info');
      return;
    }
    const query = new URLSearchParams({ format });
    if (ids) query.set('ids', ids.join(','));
    try {
      const answer = await staffApi<ExportAnswer>('GET', `admin/secondments/roster/export?${query}`);
      showMessage(t('admin.grid.exported', { rows: answer.rows, format: answer.format.toUpperCase() }), 'success');
      window.location.assign(answer.url);
    } catch (error) {
      showMessage(t('admin.grid.exportFailed', { reason: describeProblem(error) }), 'error');
    }
  };

  // Toolbar: quick search, columns shown, layout reset, export.
  const search = byId('roster-search', HTMLInputElement);
  search.addEventListener('input', () => grid.setGridOption('quickFilterText', search.value));
  const columnsList = byId('roster-columns-list', HTMLElement);
  byId('roster-columns-menu', HTMLDetailsElement).addEventListener('toggle', () => {
    columnsList.replaceChildren(
      ...columns
        .filter((column) => column.colId !== 'officer')
        .map((column) => {
          const id = column.colId ?? '';
          const box = h('input', { type: 'checkbox', checked: grid.getColumn(id)?.isVisible() ?? false });
          box.addEventListener('change', () => grid.setColumnsVisible([id], box.checked));
          return h('label', { class: 'menu-choice' }, box, ` ${column.headerName ?? id}`);
        }),
    );
  });
  byId('roster-reset-layout', HTMLButtonElement).addEventListener('click', () => {
    grid.resetColumnState();
    grid.setFilterModel(null);
    search.value = '';
    grid.setGridOption('quickFilterText', '');
    localStorage.removeItem(storageKey);
  });
  byId('roster-export-xlsx', HTMLButtonElement).addEventListener('click', () => void startExport('xlsx'));
  byId('roster-export-csv', HTMLButtonElement).addEventListener('click', () => void startExport('csv'));

  return {
    load: async () => {
      byId('roster-intro', HTMLElement).textContent = t('admin.roster.intro', { reader: mayEdit(user) ? 'hr' : 'ncb' });
      await load();
    },
    api: () => grid,
  };
};
