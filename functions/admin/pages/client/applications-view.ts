/** The applications grid: one row per application of the chosen vacancy, edited in place through the one edit path of the API. */
import { createGrid, type CellEditRequestEvent, type CellKeyDownEvent, type GridApi } from 'ag-grid-community';
import type { ApplicationChanges } from '#shared/admin/application-edit.js';
import type { ApplicationStatus } from '#shared/applications/status-machine.js';
import { byId, h } from '../../../pages/client/dom.js';
import type { ApplicationRow } from './answers.js';
import { bulkActions } from './bulk-actions.js';
import { layoutKey, readLayout, writeLayout } from './column-layout.js';
import { applicationColumns } from './columns.js';
import { changeForCell, conflictMessage, isEditableColumn } from './edits.js';
import { commonGridOptions } from './grid-setup.js';
import { historyDrawer } from './history-drawer.js';
import { documentStateLabel, documentStates, eligibilityState, fullName, gridWords, ncbStateLabel, ncbStates, timeZoneNote } from './labels.js';
import { loadAllRows } from './load-rows.js';
import { clearMessage, showMessage } from './messages.js';
import { ncbDialog } from './ncb-dialog.js';
import { mayDecideAsNcb, mayEdit, type SignedInUser } from './signed-in-user.js';
import { spreadsheets } from './spreadsheets.js';
import { languageFreeFilters, savedBeforeCodes } from './saved-filters.js';
import { currentRowOf, describeProblem, segment, staffApi } from './staff-api.js';
import { t } from '../../../pages/client/words.js';
import { vacancySwitcher } from './vacancy-switcher.js';

export interface ApplicationsView {
  /** The grid, for the bench and the tests' hooks. */
  api: GridApi<ApplicationRow>;
}


export const applicationsView = async (user: SignedInUser): Promise<ApplicationsView> => {
  const gridElement = byId('applications-grid', HTMLElement);
  const rowCount = byId('row-count', HTMLElement);
  byId('grid-time-zone', HTMLElement).textContent = timeZoneNote(new Date());
  const history = historyDrawer();
  const editable = mayEdit(user);
  const isNcbOnly = !editable;
  const storageKey = layoutKey('applications', user.email);

  const download = async (row: ApplicationRow, kind: 'cv' | 'confirmationLetter') => {
    try {
      const link = await staffApi<{ url: string }>('GET', `admin/applications/${segment(row.id)}/documents/${kind}`);
      // A 5-minute URL whose answer is an attachment: the browser saves it and stays on the page.
      window.location.assign(link.url);
    } catch (error) {
      showMessage(t('admin.grid.downloadFailed', { reason: describeProblem(error) }), 'error');
    }
  };

  /** Puts the saved row in the grid and flashes what changed, so a change is seen, not just made. */
  const replaceRow = (row: ApplicationRow, flash: string[] = []) => {
    api.applyTransaction({ update: [row] });
    const node = api.getRowNode(row.id);
    if (node && flash.length > 0) api.flashCells({ rowNodes: [node], columns: flash });
    history.refreshIf(row);
    recount();
  };
  const ncb = ncbDialog((row) => replaceRow(row, ['ncb', 'documents', 'status']));

  const columns = applicationColumns({
    mayEdit: editable,
    mayDecideAsNcb: mayDecideAsNcb(user),
    download: (row, kind) => void download(row, kind),
    openHistory: (row) => void history.open(row),
    openNcb: (row) => ncb.open(row),
  });
  const columnIds = columns.map((column) => column.colId ?? '');

  const saveEdit = async (row: ApplicationRow, changes: ApplicationChanges, colId: string) => {
    try {
      const saved = await staffApi<ApplicationRow>('PATCH', `admin/applications/${segment(row.id)}`, { json: { version: row.version, ...changes } });
      replaceRow(saved, [colId]);
      clearMessage();
    } catch (error) {
      const current = currentRowOf<ApplicationRow>(error);
      if (current) {
        // Someone saved first: show their values, say so, keep nothing of ours silently.
        replaceRow(current, columnIds.filter((id) => id !== 'history'));
        showMessage(conflictMessage(current, changes), 'warning');
      } else {
        showMessage(`${fullName(row)}: not saved. ${describeProblem(error)}`, 'error');
      }
    }
  };

  const onEdit = (event: CellEditRequestEvent<ApplicationRow>) => {
    const row = event.data;
    const colId = event.column.getColId();
    if (!row || !isEditableColumn(colId)) return;
    const change = changeForCell(row, colId, event.newValue);
    if (change.ok === 'same') return;
    if (change.ok === false) {
      showMessage(`${fullName(row)}: ${change.message}`, 'error');
      return;
    }
    void saveEdit(row, change.changes, colId);
  };

  /** Enter on a cell holding buttons (documents, NCB, history) works them from the keyboard. */
  const onCellKey = (event: CellKeyDownEvent<ApplicationRow>) => {
    const key = (event.event as KeyboardEvent | undefined)?.key;
    const row = event.data;
    if (key !== 'Enter' || !row) return;
    const colId = event.column.getColId();
    if (colId === 'history') void history.open(row);
    else if (colId === 'ncb' && mayDecideAsNcb(user)) ncb.open(row);
    else if (colId === 'documents') {
      const first = (['cv', 'confirmationLetter'] as const).find((kind) => row.documents[kind]);
      if (first) void download(row, first);
    }
  };

  const saved = readLayout(localStorage, storageKey, columnIds);
  const keepLayout = (): void => writeLayout(localStorage, storageKey, { columns: api.getColumnState(), filters: api.getFilterModel() });

  const api: GridApi<ApplicationRow> = createGrid<ApplicationRow>(gridElement, {
    ...commonGridOptions(),
    columnDefs: columns,
    getLocaleText: gridWords,
    defaultColDef: { sortable: true, resizable: true, filter: true, cellDataType: false, minWidth: 70 },
    getRowId: (params) => params.data.id,
    rowData: [],
    readOnlyEdit: true,
    onCellEditRequest: onEdit,
    onCellKeyDown: onCellKey,
    rowSelection: { mode: 'multiRow', checkboxes: true, headerCheckbox: true, selectAll: 'filtered', enableClickSelection: false },
    selectionColumnDef: { pinned: 'left', width: 48 },
    maintainColumnOrder: true,
    onColumnMoved: (event) => event.finished && keepLayout(),
    onColumnResized: (event) => event.finished && keepLayout(),
    onColumnVisible: keepLayout,
    onSortChanged: keepLayout,
    onFilterChanged: () => {
      keepLayout();
      showCount();
    },
    onSelectionChanged: () => bulk.selectionChanged(),
  });
  if (saved) {
    api.applyColumnState({ state: saved.columns, applyOrder: true });
    api.setFilterModel(
      languageFreeFilters(saved.filters, {
        documents: { codes: documentStates, label: documentStateLabel, englishWords: savedBeforeCodes.documents },
        ncb: { codes: ncbStates, label: ncbStateLabel, englishWords: savedBeforeCodes.ncb },
      }),
    );
  }

  const showCount = () => {
    const shown = api.getDisplayedRowCount();
    const total = api.getGridOption('rowData')?.length ?? 0;
    rowCount.textContent = shown === total ? t('admin.grid.rows', { total }) : t('admin.grid.rows.filtered', { shown, total });
  };
  const allRows = (): ApplicationRow[] => {
    const rows: ApplicationRow[] = [];
    api.forEachNode((node) => node.data && rows.push(node.data));
    return rows;
  };
  const recount = () => {
    const rows = allRows();
    // As the summary counts: received applications only, those still to confirm apart.
    const received = rows.filter((row) => row.emailConfirmed !== false);
    switcher.countFromRows(
      received.map((row) => row.status),
      received.filter((row) => !row.complete).length,
      rows.length - received.length,
      received.map(eligibilityState),
    );
    showCount();
  };

  const bulk = bulkActions(api, { replaceRow: (row) => replaceRow(row, ['status']), editable });
  const sheets = spreadsheets(api, { vacancy: () => switcher.selected(), reload: () => loadVacancy(switcher.selected()), editable });

  let loading = 0;
  const loadVacancy = async (vacancy: string) => {
    const ticket = ++loading;
    api.setGridOption('loading', true);
    rowCount.textContent = t('admin.grid.rows.loading');
    try {
      const rows = await loadAllRows(vacancy ? { vacancy } : {}, (loaded) => {
        if (ticket === loading) rowCount.textContent = t('admin.grid.rows.loaded', { count: loaded });
      });
      if (ticket !== loading) return;
      performance.mark('grid-data-ready');
      api.setGridOption('rowData', rows);
      api.setGridOption('loading', false);
      recount();
      // Painted: the frame after the grid has laid out the rows it shows.
      requestAnimationFrame(() => requestAnimationFrame(() => performance.mark('grid-rows-painted')));
    } catch (error) {
      api.setGridOption('loading', false);
      showMessage(t('admin.grid.loadFailed', { reason: describeProblem(error) }), 'error');
    }
  };

  const switcher = vacancySwitcher(isNcbOnly, {
    onVacancy: (vacancy) => void loadVacancy(vacancy),
    onStatus: (status?: ApplicationStatus) => {
      // "All" shows every row: no status, and no eligibility chip's filter either.
      const cleared = status ? Promise.resolve() : api.setColumnFilterModel('eligibility', null);
      void cleared.then(() => api.setColumnFilterModel('status', status ? { filterType: 'valueList', values: [status] } : null)).then(() => api.onFilterChanged());
    },
    onEligibility: (state) => {
      api.setColumnFilterModel('eligibility', { filterType: 'valueList', values: [state] }).then(() => api.onFilterChanged());
    },
  });

  // Toolbar: quick search, columns shown, layout reset.
  const search = byId('quick-search', HTMLInputElement);
  search.addEventListener('input', () => api.setGridOption('quickFilterText', search.value));
  const columnsList = byId('columns-list', HTMLElement);
  byId('columns-menu', HTMLDetailsElement).addEventListener('toggle', () => {
    columnsList.replaceChildren(
      ...columns
        .filter((column) => column.colId !== 'name')
        .map((column) => {
          const id = column.colId ?? '';
          const box = h('input', { type: 'checkbox', checked: api.getColumn(id)?.isVisible() ?? false });
          box.addEventListener('change', () => api.setColumnsVisible([id], box.checked));
          return h('label', { class: 'menu-choice' }, box, ` ${column.headerName ?? id}`);
        }),
    );
  });
  byId('reset-layout', HTMLButtonElement).addEventListener('click', () => {
    api.resetColumnState();
    api.setFilterModel(null);
    search.value = '';
    api.setGridOption('quickFilterText', '');
    localStorage.removeItem(storageKey);
  });

  sheets.wire();
  byId('applications-view', HTMLElement).hidden = false;
  const first = await switcher.load();
  await loadVacancy(first);
  return { api };
};
