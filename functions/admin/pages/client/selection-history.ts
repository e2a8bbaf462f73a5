/**
 * A panel's history in the page's drawer (HR): the panel created or changed, marks saved and
 * submitted, recommendations, each with who, when, the candidate and what changed, newest first.
 * The drawer is the applications' one (history-drawer.ts); the selection's entries are worded here.
 */
import type { SelectionAuditEntry } from '#shared/selection/store.js';
import { byId, focusOn, h } from '../../../pages/client/dom.js';
import { formatDateTime } from './labels.js';
import { describeProblem, segment, staffApi } from './staff-api.js';

const actionWords: Readonly<Record<SelectionAuditEntry['action'], string>> = {
  'panel-created': 'Panel named',
  'panel-changed': 'Panel changed',
  'marks-saved': 'Draft marks saved',
  'marks-submitted': 'Marks submitted',
  recommended: 'Recommendation recorded',
  'report-signed': 'Selection report signed off',
};

const valueText = (value: unknown): string => {
  if (value === null || value === undefined || value === '') return 'none';
  if (Array.isArray(value)) return value.map((one) => (typeof one === 'object' && one !== null && 'label' in one ? `${String(one.label)} ×${String((one as { weight?: unknown }).weight ?? '')}` : valueText(one))).join(', ');
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
};

export const selectionHistory = () => {
  const drawer = byId('history-drawer', HTMLElement);
  const list = byId('history-list', HTMLOListElement);
  let returnFocus: Element | null = null;
  const close = () => {
    if (drawer.hidden) return;
    drawer.hidden = true;
    if (returnFocus instanceof HTMLElement) returnFocus.focus();
  };
  byId('history-close', HTMLButtonElement).addEventListener('click', close);
  drawer.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') close();
  });

  const entry = (item: SelectionAuditEntry) =>
    h(
      'li',
      { class: 'history-entry', 'data-action': item.action },
      h('p', { class: 'history-head' }, h('strong', {}, actionWords[item.action] ?? item.action), ' · ', h('time', { datetime: item.at }, formatDateTime(item.at))),
      h('p', { class: 'history-by', dir: 'ltr' }, `by ${item.by}${item.applicationId ? ` · candidate ${item.applicationId}` : ''}`),
      Object.keys(item.changes).length > 0
        ? h('ul', { class: 'history-changes' }, ...Object.entries(item.changes).map(([field, change]) => h('li', { 'data-field': field, dir: 'auto' }, `${field}: ${valueText(change.from)} → ${valueText(change.to)}`)))
        : false,
      // A draft's entry names what changed, never the marks: nobody reads another member's draft.
      item.changed && item.changed.length > 0 ? h('p', { class: 'history-by', dir: 'auto' }, `Changed: ${item.changed.join(', ')}`) : false,
    );

  return {
    async open(vacancy: string) {
      if (drawer.hidden) returnFocus = document.activeElement;
      drawer.hidden = false;
      byId('history-who', HTMLElement).textContent = `Selection panel of vacancy ${vacancy}`;
      focusOn(byId('history-heading', HTMLElement));
      list.replaceChildren(h('li', { class: 'history-loading' }, 'Loading…'));
      try {
        const { items } = await staffApi<{ items: SelectionAuditEntry[] }>('GET', `admin/selection/panels/${segment(vacancy)}/history`);
        const newestFirst = [...items].sort((a, b) => b.at.localeCompare(a.at));
        list.replaceChildren(...(newestFirst.length > 0 ? newestFirst.map(entry) : [h('li', {}, 'Nothing recorded yet.')]));
      } catch (error) {
        list.replaceChildren(h('li', { class: 'form-error' }, describeProblem(error)));
      }
    },
  };
};
