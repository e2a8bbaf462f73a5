/** Export of what the grid shows (XLSX or CSV, made by the API), and re-import: a dry run previewed per row, then applied. */
import type { GridApi } from 'ag-grid-community';
import { byId, h } from '../../../pages/client/dom.js';
import type { ApplicationRow, ExportAnswer, ImportAnswer, ImportOutcome } from './answers.js';
import { fullName } from './labels.js';
import { isValueListModel } from './value-list.js';
import { showMessage } from './messages.js';
import { t } from '../../../pages/client/words.js';
import { describeProblem, staffApi } from './staff-api.js';

export interface ExportFilter {
  vacancy?: string;
  status?: string;
  ids?: string[];
}

/** Ids travel in the query string: past this many, the export keeps to the vacancy and status instead. */
export const EXPORT_IDS_MAX = 500;

export const exportPath = (format: 'xlsx' | 'csv', filter: ExportFilter): string => {
  const query = new URLSearchParams({ format });
  if (filter.vacancy) query.set('vacancy', filter.vacancy);
  if (filter.status) query.set('status', filter.status);
  if (filter.ids && filter.ids.length > 0) query.set('ids', filter.ids.join(','));
  return `admin/applications/export?${query}`;
};

export const startExport = async (format: 'xlsx' | 'csv', filter: ExportFilter): Promise<void> => {
  try {
    const answer = await staffApi<ExportAnswer>('GET', exportPath(format, filter));
    showMessage(t('admin.grid.exported', { rows: answer.rows, format: answer.format.toUpperCase() }), 'success');
    window.location.assign(answer.url);
  } catch (error) {
    showMessage(t('admin.grid.exportFailed', { reason: describeProblem(error) }), 'error');
  }
};

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const importContentType = (file: Pick<File, 'name' | 'type'>): string | undefined => {
  if (/\.xlsx$/i.test(file.name) || file.type === XLSX) return XLSX;
  if (/\.csv$/i.test(file.name) || file.type === 'text/csv') return 'text/csv';
  return undefined;
};

const outcomeLabels: Record<ImportOutcome, string> = {
  applied: 'Will change',
  unchanged: 'Unchanged',
  conflict: 'Conflict: changed on the server since the export',
  invalid: 'Refused',
};

/** What needs a look comes first: refused rows, conflicts, then changes; untouched rows last, in file order. */
export const previewOrder = <T extends { row: number; outcome: ImportOutcome }>(results: readonly T[]): T[] => {
  const rank: Record<ImportOutcome, number> = { invalid: 0, conflict: 1, applied: 2, unchanged: 3 };
  return [...results].sort((a, b) => rank[a.outcome] - rank[b.outcome] || a.row - b.row);
};

export const importCountsText = (answer: ImportAnswer): string => {
  const parts = (['applied', 'unchanged', 'conflict', 'invalid'] as const)
    .filter((outcome) => (answer.counts[outcome] ?? 0) > 0)
    .map((outcome) => `${answer.counts[outcome]} ${outcome === 'applied' ? (answer.dryRun ? 'to apply' : 'applied') : outcome}`);
  return parts.length > 0 ? parts.join(', ') : 'no rows';
};

export const spreadsheets = (api: GridApi<ApplicationRow>, options: { vacancy(): string; reload(): Promise<void>; editable: boolean }) => {
  const dialog = byId('import-dialog', HTMLDialogElement);
  const summary = byId('import-summary', HTMLElement);
  const body = byId('import-preview', HTMLTableElement).tBodies[0] ?? byId('import-preview', HTMLTableElement).createTBody();
  const applyButton = byId('import-apply', HTMLButtonElement);
  const input = byId('import-file', HTMLInputElement);
  let file: File | undefined;

  /** The grid's filter as the export can take it: the vacancy, a single ticked status, or the shown rows' ids. */
  const currentFilter = (): ExportFilter => {
    const vacancy = options.vacancy() || undefined;
    const model = api.getFilterModel();
    const status = model.status;
    const singleStatus = isValueListModel(status) && status.values.length === 1 ? status.values[0] : undefined;
    const others = Object.keys(model).filter((colId) => colId !== 'status' || !singleStatus);
    const searching = (api.getGridOption('quickFilterText') ?? '') !== '';
    if (others.length === 0 && !searching) return { vacancy, status: singleStatus };
    const ids: string[] = [];
    api.forEachNodeAfterFilterAndSort((node) => node.data && ids.push(node.data.id));
    if (ids.length <= EXPORT_IDS_MAX) return { vacancy, ids };
    showMessage(t('admin.grid.exportWhole', { max: EXPORT_IDS_MAX, status: singleStatus ? 'one' : 'any' }), 'info');
    return { vacancy, status: singleStatus };
  };

  const showResults = (answer: ImportAnswer) => {
    summary.textContent = `${answer.dryRun ? 'Dry run, nothing saved yet' : 'Applied'}: ${importCountsText(answer)}.`;
    const name = (id: string) => {
      const row = api.getRowNode(id)?.data;
      return row ? fullName(row) : id;
    };
    body.replaceChildren(
      ...previewOrder(answer.results).map((result) =>
        h(
          'tr',
          { class: `outcome-${result.outcome}` },
          h('td', {}, String(result.row)),
          h('td', { title: result.id }, name(result.id)),
          h('td', {}, answer.dryRun ? outcomeLabels[result.outcome] : result.outcome === 'applied' ? 'Applied' : outcomeLabels[result.outcome]),
          h('td', {}, result.detail ?? ''),
        ),
      ),
    );
    applyButton.hidden = !answer.dryRun || (answer.counts.applied ?? 0) === 0;
  };

  const send = async (dryRun: boolean) => {
    const contentType = file && importContentType(file);
    if (!file || !contentType) {
      showMessage('Choose an XLSX or CSV file exported from this grid.', 'error');
      return;
    }
    try {
      const answer = await staffApi<ImportAnswer>('POST', `admin/applications/import?dryRun=${dryRun}`, { raw: { body: file, contentType } });
      showResults(answer);
      if (!dialog.open) dialog.showModal();
      if (!dryRun) await options.reload();
    } catch (error) {
      showMessage(`The file could not be imported: ${describeProblem(error)}`, 'error');
    }
  };

  return {
    wire() {
      byId('export-xlsx', HTMLButtonElement).addEventListener('click', () => void startExport('xlsx', currentFilter()));
      byId('export-csv', HTMLButtonElement).addEventListener('click', () => void startExport('csv', currentFilter()));
      byId('import-label', HTMLElement).hidden = !options.editable;
      input.addEventListener('change', () => {
        file = input.files?.[0];
        input.value = '';
        if (file) void send(true);
      });
      applyButton.addEventListener('click', () => void send(false));
      byId('import-cancel', HTMLButtonElement).addEventListener('click', () => dialog.close());
    },
  };
};
