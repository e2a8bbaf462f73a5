/**
 * HR's "Short-term proposals" tab (issue 15, point 7): every NCB's proposals in a grid, filtered and
 * sorted as the applications grid is, each row's history in a drawer, and on an open proposal two
 * actions: match (proposal-match-dialog.ts) and decline with a reason. A matched row links to its
 * application in the applications grid.
 */
import { createGrid, type ColDef, type GridApi, type ICellRendererParams, type SuppressKeyboardEventParams } from 'ag-grid-community';
import { countryName, formatList } from '#shared/i18n/format.js';
import type { ProposalAuditEntry } from '#shared/proposals/proposal.js';
import { byId, focusOn, h } from '../../../pages/client/dom.js';
import { language, t } from '../../../pages/client/words.js';
import { commonGridOptions } from './grid-setup.js';
import { formatDateTime, formatDay } from './labels.js';
import { showMessage } from './messages.js';
import { proposalMatchDialog } from './proposal-match-dialog.js';
import { proposalReasonDialog } from './proposal-reason-dialog.js';
import { areaName, durationLabel, officerName, stateLabel, type ProposalView } from './proposal-words.js';
import { describeProblem, segment, staffApi } from './staff-api.js';
import { ValueListFilter } from './value-list-filter.js';

/** Opens an application in the applications grid (main.ts: its vacancy chosen, the row shown). */
export type OpenApplication = (vacancy: string, id: string) => void;

type Column = ColDef<ProposalView>;

/**
 * The keyboard in the actions' cell: Enter on the cell goes to its first button; on
 * a button, Enter and Space press it (the grid would take them), and Tab and Shift+Tab move among
 * the cell's buttons as the browser moves, leaving the cell (the grid's own Tab) from the last or the first.
 */
const keysInActions = (params: SuppressKeyboardEventParams<ProposalView>): boolean => {
  const { event } = params;
  const focused = document.activeElement;
  const cell = focused?.closest('.ag-cell');
  const buttons = [...(cell?.querySelectorAll('button') ?? [])];
  const at = buttons.findIndex((button) => button === focused);
  if (event.type === 'keydown' && event.key === 'Enter' && at < 0 && focused?.classList.contains('ag-cell')) {
    // On the cell itself: to its first button (here, as the key goes down: the grid's own events come later).
    // The key's press would reach the button it moved to: not this time.
    event.preventDefault();
    buttons[0]?.focus();
    return true;
  }
  if (event.key === 'Enter' || event.key === ' ') return at >= 0;
  if (event.key !== 'Tab') return false;
  return event.shiftKey ? at > 0 : at < buttons.length - 1 && buttons.length > 0;
};

/** A code of the history (`document-received`) as an ICU select option: options are identifiers, without hyphens. */
const option = (code: string): string => code.replace(/-(\w)/g, (_, next: string) => next.toUpperCase());

const documentsCell = (proposal: ProposalView): string =>
  t('admin.proposals.hr.documents', { cv: proposal.documents.cv ? 'yes' : 'no', letter: proposal.documents.confirmationLetter ? 'yes' : 'no' });

/** The proposal's history, newest first: what was done, by whom, and why where a reason was given. */
const historyDrawer = () => {
  const drawer = byId('proposal-history-drawer', HTMLElement);
  const list = byId('proposal-history-list', HTMLOListElement);
  let returnFocus: Element | null = null;
  const close = () => {
    drawer.hidden = true;
    if (returnFocus instanceof HTMLElement) returnFocus.focus();
  };
  byId('proposal-history-close', HTMLButtonElement).addEventListener('click', close);
  drawer.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') close();
  });
  /** An entry: what was done and by whom, the document it received, the vacancy it was matched to, the reason it closed. */
  const entry = (item: ProposalAuditEntry) => {
    const said = (field: string): string | undefined => {
      const value = item.changes[field]?.to;
      return typeof value === 'string' && value !== '' ? value : undefined;
    };
    const document = (['cv', 'confirmationLetter'] as const).find((kind) => item.changes[kind]);
    const reason = said('reason');
    const vacancy = said('vacancy');
    return h(
      'li',
      { class: 'history-entry', 'data-action': item.action },
      h('p', { class: 'history-head' }, h('strong', {}, t('admin.proposals.hr.history.entry', { action: option(item.action), by: item.by })), ' · ', h('time', { datetime: item.at }, formatDateTime(item.at))),
      document ? h('p', { class: 'history-by' }, t('admin.proposals.hr.history.document', { kind: document })) : false,
      vacancy ? h('p', { class: 'history-by' }, t('admin.proposals.hr.history.vacancy', { number: vacancy })) : false,
      reason ? h('p', { class: 'history-by', dir: 'auto' }, t('admin.proposals.hr.history.reason', { reason })) : false,
    );
  };
  return {
    async open(proposal: ProposalView) {
      if (drawer.hidden) returnFocus = document.activeElement;
      drawer.hidden = false;
      byId('proposal-history-who', HTMLElement).textContent = t('admin.proposals.hr.history.heading', { name: officerName(proposal), country: countryName(language, proposal.country) });
      focusOn(byId('proposal-history-heading', HTMLElement));
      list.replaceChildren(h('li', { class: 'history-loading' }, t('admin.grid.history.loading')));
      try {
        const { history } = await staffApi<{ history: ProposalAuditEntry[] }>('GET', `admin/proposals/${segment(proposal.id)}`);
        list.replaceChildren(...[...history].sort((a, b) => b.at.localeCompare(a.at)).map(entry));
      } catch (error) {
        list.replaceChildren(h('li', { class: 'form-error' }, t('admin.proposals.hr.history.failed', { reason: describeProblem(error) })));
      }
    },
  };
};

export const proposalsView = (openApplication: OpenApplication) => {
  const count = byId('proposals-count', HTMLElement);
  const history = historyDrawer();
  const replace = (proposal: ProposalView) => {
    api.applyTransaction({ update: [proposal] });
    const node = api.getRowNode(proposal.id);
    if (node) api.flashCells({ rowNodes: [node] });
    showCount();
  };
  const decline = proposalReasonDialog(
    { prefix: 'proposal-decline', action: 'decline', reasonNeeded: 'admin.proposals.hr.decline.reasonNeeded', done: 'admin.proposals.hr.decline.done', who: officerName },
    replace,
  );
  const match = proposalMatchDialog(({ proposal, application }) => {
    replace(proposal);
    showMessage(t('admin.proposals.hr.match.done', { name: officerName(proposal), vacancy: application.vacancyNumber }), 'success');
  });

  const actionsCell = (params: ICellRendererParams<ProposalView>) => {
    const proposal = params.data;
    if (!proposal) return '';
    const name = officerName(proposal);
    const button = (label: string, aria: string, act: () => void) => {
      const element = h('button', { type: 'button', class: 'cell-action', 'aria-label': aria }, label);
      element.addEventListener('click', act);
      return element;
    };
    const actions = [button(t('admin.proposals.hr.history'), t('admin.proposals.hr.history.label', { name }), () => void history.open(proposal))];
    if (proposal.state === 'open') {
      actions.push(
        button(t('admin.proposals.hr.match'), t('admin.proposals.hr.match.label', { name }), () => void match.open(proposal)),
        button(t('admin.proposals.hr.decline'), t('admin.proposals.hr.decline.label', { name }), () => decline.open(proposal)),
      );
    }
    const matched = proposal.match;
    if (matched) {
      actions.push(
        button(t('admin.proposals.hr.application', { vacancy: matched.vacancyNumber }), t('admin.proposals.hr.application.label', { vacancy: matched.vacancyNumber }), () =>
          openApplication(matched.vacancyNumber, matched.applicationId),
        ),
      );
    }
    return h('span', { class: 'cell-actions' }, ...actions);
  };

  const valueList = (label: (value: string) => string): Partial<Column> => ({ filter: ValueListFilter, filterParams: { label } });
  const columns: Column[] = [
    { colId: 'country', headerName: t('admin.proposals.hr.column.country'), valueGetter: (p) => p.data?.country ?? '', valueFormatter: (p) => countryName(language, String(p.value ?? '')), width: 130, ...valueList((code) => countryName(language, code)) },
    { colId: 'officer', headerName: t('admin.proposals.column.officer'), valueGetter: (p) => (p.data ? officerName(p.data) : ''), width: 180, filter: 'agTextColumnFilter' },
    {
      colId: 'areas',
      headerName: t('admin.proposals.column.areas'),
      valueGetter: (p) => p.data?.offer.areas ?? [],
      valueFormatter: (p) => formatList(language, ((p.value as string[] | undefined) ?? []).map(areaName)),
      getQuickFilterText: (p) => formatList(language, ((p.value as string[] | undefined) ?? []).map(areaName)),
      comparator: (a: string[], b: string[]) => a.join().localeCompare(b.join()),
      flex: 1,
      minWidth: 200,
      tooltipValueGetter: (p) => formatList(language, ((p.value as string[] | undefined) ?? []).map(areaName)),
      ...valueList(areaName),
    },
    { colId: 'availableFrom', headerName: t('admin.proposals.column.availableFrom'), valueGetter: (p) => p.data?.offer.availableFrom ?? '', valueFormatter: (p) => formatDay(String(p.value ?? '')), width: 150, sort: 'asc', filter: 'agTextColumnFilter' },
    { colId: 'duration', headerName: t('admin.proposals.column.duration'), valueGetter: (p) => p.data?.offer.durationMonths ?? 0, valueFormatter: (p) => durationLabel(Number(p.value ?? 0)), width: 110, filter: 'agNumberColumnFilter' },
    {
      colId: 'state',
      headerName: t('admin.proposals.column.state'),
      valueGetter: (p) => p.data?.state ?? '',
      cellRenderer: (p: ICellRendererParams<ProposalView>) => h('span', { class: `badge badge-proposal-${String(p.value)}` }, stateLabel(String(p.value))),
      getQuickFilterText: (p) => stateLabel(String(p.value ?? '')),
      width: 120,
      ...valueList(stateLabel),
    },
    { colId: 'lapsesAt', headerName: t('admin.proposals.hr.column.lapsesAt'), valueGetter: (p) => p.data?.lapsesAt ?? '', valueFormatter: (p) => formatDateTime(String(p.value ?? '')), width: 160, filter: 'agTextColumnFilter' },
    { colId: 'documents', headerName: t('admin.proposals.hr.column.documents'), valueGetter: (p) => (p.data ? documentsCell(p.data) : ''), width: 150, ...valueList((value) => value) },
    { colId: 'actions', headerName: t('admin.proposals.column.actions'), cellRenderer: actionsCell, width: 256, sortable: false, filter: false, pinned: 'right', suppressKeyboardEvent: keysInActions },
  ];

  const api: GridApi<ProposalView> = createGrid<ProposalView>(byId('proposals-grid', HTMLElement), {
    ...commonGridOptions(),
    rowData: [],
    getRowId: (params) => params.data.id,
    defaultColDef: { sortable: true, resizable: true, cellDataType: false, minWidth: 70 },
    columnDefs: columns,
    // After any change of what is shown: rows loaded or replaced, a filter, the quick search.
    onModelUpdated: () => showCount(),
  });
  const showCount = () => {
    const shown = api.getDisplayedRowCount();
    const total = api.getGridOption('rowData')?.length ?? 0;
    count.textContent = shown === total ? t('admin.proposals.hr.rows', { total }) : t('admin.proposals.hr.rows.filtered', { shown, total });
  };
  const search = byId('proposals-search', HTMLInputElement);
  search.addEventListener('input', () => api.setGridOption('quickFilterText', search.value));

  const load = async () => {
    try {
      const { proposals } = await staffApi<{ proposals: ProposalView[] }>('GET', 'admin/proposals');
      api.setGridOption('rowData', proposals);
      showCount();
    } catch (error) {
      showMessage(t('admin.proposals.hr.loadFailed', { reason: describeProblem(error) }), 'error');
    }
  };
  return { load, api: () => api };
};
