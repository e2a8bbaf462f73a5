/** The bar shown while rows are ticked: one status change for all of them (a result per row), or an export of just those. */
import type { GridApi } from 'ag-grid-community';
import { BULK_MAX_ROWS } from '#shared/admin/application-edit.js';
import { applicationStatuses, type ApplicationStatus } from '#shared/applications/status-machine.js';
import { byId, h } from '../../../pages/client/dom.js';
import type { ApplicationRow, BulkAnswer, BulkOutcome } from './answers.js';
import { statusLabels } from './labels.js';
import { showMessage } from './messages.js';
import { describeProblem, staffApi } from './staff-api.js';
import { startExport } from './spreadsheets.js';

const outcomeWords: Record<BulkOutcome, string> = {
  applied: 'changed',
  unchanged: 'already so',
  conflict: 'changed by someone else meanwhile (now showing their values)',
  invalid: 'refused',
  'not-found': 'no longer found',
};

/** "3 changed; 1 refused: Only complete applications can be shortlisted…" */
export const bulkSummary = (results: BulkAnswer['results']): string => {
  const counts = new Map<BulkOutcome, number>();
  for (const result of results) counts.set(result.outcome, (counts.get(result.outcome) ?? 0) + 1);
  const reasons = [...new Set(results.filter((result) => result.outcome === 'invalid' && result.detail).map((result) => result.detail))];
  return (
    [...counts].map(([outcome, count]) => `${count} ${outcomeWords[outcome]}`).join('; ') + (reasons.length > 0 ? `. Refused because: ${reasons.join(' ')}` : '.')
  );
};

/** The statuses at least one ticked row may move to. */
export const bulkTargets = (rows: readonly ApplicationRow[]): ApplicationStatus[] =>
  applicationStatuses.filter((status) => rows.some((row) => row.nextStatuses.includes(status)));

export const bulkActions = (api: GridApi<ApplicationRow>, options: { replaceRow(row: ApplicationRow): void; editable: boolean }) => {
  const bar = byId('bulk-bar', HTMLElement);
  const count = byId('bulk-count', HTMLElement);
  const select = byId('bulk-status', HTMLSelectElement);
  const apply = byId('bulk-apply', HTMLButtonElement);
  select.closest('label')?.toggleAttribute('hidden', !options.editable);
  apply.hidden = !options.editable;

  const selected = () => api.getSelectedRows();

  apply.addEventListener('click', async () => {
    const rows = selected();
    const status = select.value as ApplicationStatus;
    if (rows.length === 0 || !status) return;
    if (rows.length > BULK_MAX_ROWS) {
      showMessage(`At most ${BULK_MAX_ROWS} rows at once: tick fewer.`, 'error');
      return;
    }
    apply.disabled = true;
    try {
      const { results } = await staffApi<BulkAnswer>('POST', 'admin/applications/bulk', {
        json: { rows: rows.map((row) => ({ id: row.id, version: row.version })), changes: { status } },
      });
      for (const result of results) if (result.row) options.replaceRow(result.row);
      const bad = results.some((result) => result.outcome !== 'applied' && result.outcome !== 'unchanged');
      showMessage(`Move to ${statusLabels[status]}: ${bulkSummary(results)}`, bad ? 'warning' : 'success');
    } catch (error) {
      showMessage(`Nothing was changed: ${describeProblem(error)}`, 'error');
    } finally {
      apply.disabled = false;
    }
  });
  byId('bulk-export', HTMLButtonElement).addEventListener('click', () => void startExport('xlsx', { ids: selected().map((row) => row.id) }));
  byId('bulk-clear', HTMLButtonElement).addEventListener('click', () => api.deselectAll());

  return {
    selectionChanged() {
      const rows = selected();
      bar.hidden = rows.length === 0;
      count.textContent = `${rows.length} selected`;
      const targets = bulkTargets(rows);
      select.replaceChildren(h('option', { value: '' }, 'Choose a status'), ...targets.map((status) => h('option', { value: status }, statusLabels[status])));
      apply.disabled = targets.length === 0;
    },
  };
};
