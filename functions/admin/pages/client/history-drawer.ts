/** The drawer with one application's audit trail: who changed what, when, newest first. */
import type { ApplicationRow } from '#shared/admin/application-row.js';
import { byId, focusOn, h } from '../../../pages/client/dom.js';
import type { HistoryEntry } from './answers.js';
import { documentRecord, formatDateTime, fullName, ncbDecisionRecord, statusLabel } from './labels.js';
import { rich, t } from '../../../pages/client/words.js';
import { describeProblem, segment, staffApi } from './staff-api.js';

/** A code of the history (`status-changed`, `ncbValidation`) as an ICU select option: options are identifiers, without hyphens. */
const option = (code: string): string => code.replace(/-(\w)/g, (_, next: string) => next.toUpperCase());

const isNcbDecision = (value: unknown): value is NonNullable<ApplicationRow['ncbValidation']> =>
  typeof value === 'object' && value !== null && ['validated', 'declined'].includes(String((value as { decision?: unknown }).decision));

const valueText = (field: string, value: unknown): string => {
  if (value === undefined || value === null || value === '') return t('admin.grid.history.none');
  if (typeof value === 'object' && 'sha256' in value && 'receivedAt' in value) return documentRecord(value);
  if (field === 'status' && typeof value === 'string') return statusLabel(value as ApplicationRow['status']);
  if (field === 'endedBecause' && typeof value === 'string') return t('admin.grid.history.endedBecause', { reason: option(value) });
  if (field === 'emailConfirmedAt' && typeof value === 'string') return formatDateTime(value);
  if (field === 'ncbValidation' && isNcbDecision(value)) return ncbDecisionRecord(value);
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
};

/**
 * The action and each field changed in the page's words (an NCB reads them in its language); a code
 * the catalogues do not know yet (one recorded by a newer version) shows as it is.
 */
const actionText = (action: string): string => t('admin.grid.history.action', { action: option(action) });
const fieldText = (field: string): string => t('admin.grid.history.field', { field: option(field) });
const authorText = (by: string): string => t('admin.grid.history.by', { by });

const entryItem = (entry: HistoryEntry): HTMLLIElement =>
  h(
    'li',
    { class: 'history-entry', 'data-action': entry.action },
    h('p', { class: 'history-head' }, h('strong', { dir: 'auto' }, actionText(entry.action)), ' · ', h('time', { datetime: entry.at }, formatDateTime(entry.at))),
    h('p', { class: 'history-by', dir: 'auto' }, authorText(entry.by)),
    Object.keys(entry.changes).length > 0
      ? h(
          'ul',
          { class: 'history-changes' },
          ...Object.entries(entry.changes).map(([field, change]) =>
            h(
              'li',
              { 'data-field': field },
              ...rich('admin.grid.history.change', {
                field: fieldText(field),
                from: h('span', { class: 'from', dir: 'auto' }, valueText(field, change.from)),
                to: h('span', { class: 'to', dir: 'auto' }, valueText(field, change.to)),
              }),
            ),
          ),
        )
      : false,
  );

export interface HistoryDrawer {
  open(row: ApplicationRow): Promise<void>;
  /** Shows the row's history again if the drawer is open on it (after an edit). */
  refreshIf(row: ApplicationRow): void;
}

export const historyDrawer = (): HistoryDrawer => {
  const drawer = byId('history-drawer', HTMLElement);
  const list = byId('history-list', HTMLOListElement);
  const who = byId('history-who', HTMLElement);
  let shown: ApplicationRow | undefined;
  let returnFocus: Element | null = null;

  const close = () => {
    drawer.hidden = true;
    shown = undefined;
    if (returnFocus instanceof HTMLElement) returnFocus.focus();
  };
  byId('history-close', HTMLButtonElement).addEventListener('click', close);
  drawer.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') close();
  });

  const load = async (row: ApplicationRow) => {
    who.textContent = t('admin.grid.history.who', { name: fullName(row), vacancy: row.vacancy });
    list.replaceChildren(h('li', { class: 'history-loading' }, t('admin.grid.history.loading')));
    try {
      const { items } = await staffApi<{ items: HistoryEntry[] }>('GET', `admin/applications/${segment(row.id)}/history`);
      const newestFirst = [...items].sort((a, b) => b.at.localeCompare(a.at));
      list.replaceChildren(...(newestFirst.length > 0 ? newestFirst.map(entryItem) : [h('li', {}, t('admin.grid.history.empty'))]));
    } catch (error) {
      list.replaceChildren(h('li', { class: 'form-error' }, describeProblem(error, t('admin.grid.history.failed'))));
    }
  };

  return {
    async open(row) {
      if (drawer.hidden) returnFocus = document.activeElement;
      shown = row;
      drawer.hidden = false;
      focusOn(byId('history-heading', HTMLElement));
      await load(row);
    },
    refreshIf(row) {
      if (shown?.id === row.id && !drawer.hidden) void load(row);
    },
  };
};
