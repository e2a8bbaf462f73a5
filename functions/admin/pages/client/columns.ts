/** The applications grid's columns: one per field staff work with, each with its filter and, where HR may change it, its editor. */
import type { ColDef, ICellRendererParams, ValueFormatterParams } from 'ag-grid-community';
import { NOTE_MAX, SCORE_MAX, SCORE_MIN } from '#shared/admin/application-edit.js';
import type { ApplicationRow } from '#shared/admin/application-row.js';
import { h } from '../../../pages/client/dom.js';
import {
  categoryLabel,
  countryName,
  cvState,
  documentStateLabel,
  documentStatesOf,
  educationLabel,
  eligibilityState,
  eligibilityStateLabel,
  formatDateTime,
  formatDay,
  fullName,
  languageName,
  languageWithLevel,
  letterState,
  ncbLabel,
  ncbState,
  ncbStateLabel,
  screeningDate,
  statusLabel,
  timeZoneNote,
} from './labels.js';
import { isFinal } from '#shared/applications/status-machine.js';
import { sortableName } from '#shared/i18n/names.js';
import { ValueListFilter } from './value-list-filter.js';
import { language, t, words } from '../../../pages/client/words.js';
import { eligibilityReasons } from '#shared/eligibility/reasons.js';
import { formatList } from '#shared/i18n/format.js';
import type { MessageKey } from '#shared/i18n/catalogues/index.js';
import type { ApplicantStatus } from '#shared/profiles/applicant-categories.js';
import { forceName, statusFieldsOf } from '#shared/admin/applicant-status-fields.js';
import type { StaffPageProfile } from '../page-profile.js';
import { stageProfile } from './stage-profile.js';
import { roleCategoryLabel, rosterAnswer, rosterAnswerLabel } from './mission-labels.js';

export interface ColumnActions {
  mayEdit: boolean;
  mayDecideAsNcb: boolean;
  download(row: ApplicationRow, kind: 'cv' | 'confirmationLetter'): void;
  openHistory(row: ApplicationRow): void;
  openNcb(row: ApplicationRow): void;
}

type Column = ColDef<ApplicationRow>;

const dateFilter: Partial<Column> = {
  filter: 'agDateColumnFilter',
  filterParams: {
    // Cells hold ISO instants; the filter compares calendar days in the reader's zone.
    comparator: (day: Date, cell: string) => {
      const at = new Date(cell);
      const cellDay = new Date(at.getFullYear(), at.getMonth(), at.getDate()).getTime();
      return cellDay === day.getTime() ? 0 : cellDay < day.getTime() ? -1 : 1;
    },
    buttons: ['reset'],
  },
  valueFormatter: (params: ValueFormatterParams<ApplicationRow, string>) => formatDateTime(params.value ?? ''),
  getQuickFilterText: () => '',
  width: 150,
};

const valueList = (label?: (value: string) => string): Partial<Column> => ({
  filter: ValueListFilter,
  filterParams: { label },
});

const documentCell = (actions: ColumnActions) => (params: ICellRendererParams<ApplicationRow>) => {
  const row = params.data;
  if (!row) return '';
  const item = (kind: 'cv' | 'confirmationLetter') => {
    const document = row.documents[kind];
    if (!document) return h('span', { class: 'doc doc-missing', title: t('admin.grid.document.missing.title', { document: kind }) }, t('admin.grid.document.missing', { document: kind }));
    // A candidate's copy of the letter is there to download, but does not count until the NCB confirms it.
    const awaiting = kind === 'confirmationLetter' && row.letterAwaitsNcb;
    const state = kind === 'confirmationLetter' ? letterState(row) : cvState(document.suppliedBy);
    const link = h(
      'button',
      { type: 'button', class: `doc ${awaiting ? 'doc-pending' : 'doc-received'}`, title: t('admin.grid.document.download', { state }), 'data-kind': kind, 'data-supplier': document.suppliedBy ?? 'unrecorded' },
      awaiting ? t('admin.grid.document.awaitingNcb') : t('admin.grid.document.received', { document: kind }),
    );
    link.addEventListener('click', (event) => {
      event.stopPropagation();
      actions.download(row, kind);
    });
    return link;
  };
  return h('span', { class: 'docs' }, item('cv'), item('confirmationLetter'));
};

const ncbCell = (actions: ColumnActions) => (params: ICellRendererParams<ApplicationRow>) => {
  const row = params.data;
  if (!row) return '';
  const decision = row.ncbValidation?.decision ?? 'pending';
  // dir=auto: the label is in the page's language, right to left in Arabic inside the left-to-right grid.
  const label = ncbLabel(row);
  const badge = h('span', { class: `badge badge-ncb-${decision}`, title: [label, screeningDate(row)].filter(Boolean).join(' · '), dir: 'auto' }, label);
  // The API takes no decision on a withdrawn, rejected or appointed application: nothing to offer.
  if (!actions.mayDecideAsNcb || isFinal(row.status)) return badge;
  const act = h('button', { type: 'button', class: 'cell-action', title: t('admin.grid.ncbAction.title'), dir: 'auto' }, t('admin.grid.ncbAction', { decided: row.ncbValidation ? 'yes' : 'no' }));
  act.addEventListener('click', (event) => {
    event.stopPropagation();
    actions.openNcb(row);
  });
  // The button first: on a narrow screen the column is wider than the grid's view, and a long state (Arabic, French) would push it out of reach.
  return h('span', { class: 'cell-pair' }, act, badge);
};

const statusCell = (params: ICellRendererParams<ApplicationRow>) => {
  const row = params.data;
  if (!row) return '';
  const badge = h('span', { class: `badge badge-${row.status}`, dir: 'auto' }, statusLabel(row.status));
  // Not received yet: its address was never confirmed, so it is in none of HR's counts.
  if (row.emailConfirmed === false) {
    return h('span', { class: 'cell-pair' }, badge, h('span', { class: 'unconfirmed', title: t('admin.grid.unconfirmed.title'), dir: 'auto' }, t('admin.grid.unconfirmed')));
  }
  // Declined by the NCB while still open (after shortlisting too): it goes no further until the NCB validates again.
  if (row.ncbValidation?.decision === 'declined' && !isFinal(row.status)) {
    return h(
      'span',
      { class: 'cell-pair' },
      badge,
      h('span', { class: 'ncb-declined', title: t('admin.grid.ncbDeclined.title'), dir: 'auto' }, t('admin.grid.ncbDeclined')),
    );
  }
  return row.complete || ['rejected', 'withdrawn', 'appointed'].includes(row.status)
    ? badge
    : h('span', { class: 'cell-pair' }, badge, h('span', { class: 'incomplete', title: t('admin.grid.incomplete.title', { items: formatList(language, row.missing.map((item) => t('admin.grid.missingItem', { item }))) }), dir: 'auto' }, t('admin.grid.incomplete')));
};

/** The verdict, with each reason on hover (and read out): what the notice asks and what the application says. */
const eligibilityCell = (params: ICellRendererParams<ApplicationRow>) => {
  const row = params.data;
  if (!row?.eligibility) return '';
  const state = eligibilityState(row);
  const { reasons } = eligibilityReasons(row.eligibility, words);
  const override = row.eligibilityOverride ? [t('admin.grid.eligibility.overridden', { by: row.eligibilityOverride.by, reason: row.eligibilityOverride.reason })] : [];
  return h('span', { class: `badge badge-eligibility-${state}`, title: [...reasons, ...override].join('\n'), dir: 'auto' }, eligibilityStateLabel(state));
};

const historyCell = (actions: ColumnActions) => (params: ICellRendererParams<ApplicationRow>) => {
  const row = params.data;
  if (!row) return '';
  const button = h('button', { type: 'button', class: 'cell-action', 'aria-label': t('admin.grid.history.label', { name: fullName(row) }), dir: 'auto' }, t('admin.grid.history'));
  button.addEventListener('click', (event) => {
    event.stopPropagation();
    actions.openHistory(row);
  });
  return button;
};

const statusHeaders: Readonly<Record<keyof ApplicantStatus, MessageKey>> = {
  force: 'admin.mission.column.force',
  lineManager: 'admin.mission.column.lineManager',
  lineManagerEmail: 'admin.mission.column.lineManagerEmail',
  retiredOn: 'admin.mission.column.retiredOn',
  formerForce: 'admin.mission.column.formerForce',
  expertise: 'admin.mission.column.expertise',
  onExpertRoster: 'admin.mission.column.onExpertRoster',
};

/** How each status field's cell reads and filters: forces by name, a date as a day, codes (expertise, the roster's answer) in the page's words. */
const statusCells = (forces: StaffPageProfile['forces']): Readonly<Record<keyof ApplicantStatus, Partial<Column>>> => {
  const force = (key: 'force' | 'formerForce'): Partial<Column> => ({
    valueGetter: (params) => forceName(forces, params.data?.applicantStatus?.[key]) ?? '',
    width: 200,
    ...valueList(),
  });
  const text: Partial<Column> = { filter: 'agTextColumnFilter', filterParams: { buttons: ['reset'] }, width: 190 };
  return {
    force: force('force'),
    lineManager: { ...text, valueGetter: (params) => params.data?.applicantStatus?.lineManager ?? '' },
    lineManagerEmail: { ...text, valueGetter: (params) => params.data?.applicantStatus?.lineManagerEmail ?? '', width: 230 },
    retiredOn: { valueGetter: (params) => params.data?.applicantStatus?.retiredOn ?? '', valueFormatter: (params) => formatDay(String(params.value ?? '')), width: 130, filter: 'agTextColumnFilter' },
    formerForce: force('formerForce'),
    expertise: {
      valueGetter: (params) => params.data?.applicantStatus?.expertise ?? '',
      valueFormatter: (params) => (params.value ? roleCategoryLabel(String(params.value)) : ''),
      getQuickFilterText: (params) => (params.value ? roleCategoryLabel(String(params.value)) : ''),
      width: 200,
      ...valueList(roleCategoryLabel),
    },
    onExpertRoster: {
      valueGetter: (params) => rosterAnswer(params.data?.applicantStatus?.onExpertRoster),
      valueFormatter: (params) => rosterAnswerLabel(String(params.value ?? '')),
      width: 180,
      ...valueList(rosterAnswerLabel),
    },
  };
};

/**
 * A sending unit's applicant's status (issue 18, point 3), one column per field some category of
 * the stage's applicants gives (shared/admin/applicant-status-fields.ts): none on a receiving stage.
 */
const applicantStatusColumns = (profile: StaffPageProfile): Column[] => {
  const cells = statusCells(profile.forces);
  return statusFieldsOf(profile.applicantCategories).map((key) => ({ colId: key, headerName: t(statusHeaders[key]), ...cells[key] }));
};

/** The columns in their default order; ids are stable, since a user's saved layout refers to them. */
export const applicationColumns = (actions: ColumnActions, profile: StaffPageProfile = stageProfile): Column[] => [
  { colId: 'vacancy', field: 'vacancy', headerName: t('admin.grid.column.vacancy'), width: 115, ...valueList() },
  {
    colId: 'name',
    headerName: t('admin.grid.column.name'),
    valueGetter: (params) => (params.data ? sortableName(params.data) : ''),
    filter: 'agTextColumnFilter',
    filterParams: { buttons: ['reset'] },
    width: 190,
    pinned: 'left',
    lockPinned: true,
  },
  {
    colId: 'nationality',
    field: 'nationality',
    headerName: t('admin.grid.column.nationality'),
    valueFormatter: (params) => countryName(String(params.value ?? '')),
    getQuickFilterText: (params) => `${params.value} ${countryName(String(params.value ?? ''))}`,
    width: 140,
    ...valueList(countryName),
  },
  {
    // The country whose NCB validates: the home administration's (the nationality when the candidate named none).
    colId: 'ncbCountry',
    field: 'ncbCountry',
    headerName: t('admin.grid.column.ncbCountry'),
    headerTooltip: t('admin.grid.column.ncbCountry.tooltip'),
    valueFormatter: (params) => countryName(String(params.value ?? '')),
    getQuickFilterText: (params) => `${params.value} ${countryName(String(params.value ?? ''))}`,
    width: 140,
    ...valueList(countryName),
  },
  {
    colId: 'category',
    field: 'category',
    headerName: t('admin.grid.column.category'),
    valueFormatter: (params) => (params.value ? categoryLabel(String(params.value)) : ''),
    width: 160,
    ...valueList(categoryLabel),
  },
  ...applicantStatusColumns(profile),
  { colId: 'currentTitle', field: 'currentTitle', headerName: t('admin.grid.column.currentTitle'), filter: 'agTextColumnFilter', filterParams: { buttons: ['reset'] }, width: 200 },
  { colId: 'years', field: 'yearsOfExperience', headerName: t('admin.grid.column.years'), filter: 'agNumberColumnFilter', width: 90, type: 'numericColumn' },
  {
    colId: 'languages',
    field: 'languages',
    headerName: t('admin.grid.column.languages'),
    // Each language with the candidate's CEFR level ("French C1"); the filter lists the languages alone.
    valueFormatter: (params) => ((params.value as string[] | undefined) ?? []).map((code) => languageWithLevel(code, params.data?.languageLevels)).join(', '),
    getQuickFilterText: (params) => ((params.value as string[] | undefined) ?? []).map(languageName).join(' '),
    width: 180,
    sortable: false,
    ...valueList(languageName),
  },
  {
    colId: 'status',
    field: 'status',
    headerName: t('admin.grid.column.status'),
    cellRenderer: statusCell,
    width: 200,
    editable: (params) => actions.mayEdit && (params.data?.nextStatuses.length ?? 0) > 0,
    cellEditor: 'agSelectCellEditor',
    // Only the moves the status machine allows from this row's status, as the API computed them.
    cellEditorParams: (params: { data?: ApplicationRow }) => ({
      values: params.data ? [params.data.status, ...params.data.nextStatuses] : [],
    }),
    // The editor's list words its values with this.
    valueFormatter: (params) => (params.value ? statusLabel(params.value as ApplicationRow['status']) : ''),
    ...valueList((value) => statusLabel(value as ApplicationRow['status'])),
  },
  {
    colId: 'documents',
    headerName: t('admin.grid.column.documents'),
    // Codes, not words: a filter saved in one language still matches in another (saved-filters.ts).
    valueGetter: (params) => (params.data ? documentStatesOf(params.data) : []),
    cellRenderer: documentCell(actions),
    getQuickFilterText: () => '',
    sortable: false,
    width: 180,
    ...valueList(documentStateLabel),
  },
  {
    colId: 'ncb',
    headerName: t('admin.grid.column.ncb'),
    valueGetter: (params) => (params.data ? ncbState(params.data) : ''),
    getQuickFilterText: (params) => (params.data ? ncbLabel(params.data) : ''),
    cellRenderer: ncbCell(actions),
    width: actions.mayDecideAsNcb ? 300 : 250,
    ...valueList(ncbStateLabel),
  },
  {
    colId: 'education',
    field: 'education',
    headerName: t('admin.grid.column.education'),
    // Beside the judgement against the notice, which names an education too; empty for an application made before the form asked it.
    valueFormatter: (params) => (params.value ? educationLabel(params.value as string) : ''),
    width: 170,
    ...valueList(educationLabel),
  },
  {
    // Advice for HR against the notice's requirements (shared/eligibility/), never a rejection; a code as the value, so a saved filter survives a language switch.
    colId: 'eligibility',
    headerName: t('admin.grid.column.eligibility'),
    headerTooltip: t('admin.grid.column.eligibility.tooltip'),
    valueGetter: (params) => (params.data ? eligibilityState(params.data) : ''),
    getQuickFilterText: (params) => (params.data ? eligibilityStateLabel(eligibilityState(params.data)) : ''),
    cellRenderer: eligibilityCell,
    width: 160,
    ...valueList(eligibilityStateLabel),
  },
  {
    // HR's reason to go on despite a flag; only where there is a flag (the API refuses an override of an application that meets every requirement).
    colId: 'eligibilityOverride',
    field: 'eligibilityOverride.reason',
    headerName: t('admin.grid.column.eligibilityOverride'),
    filter: 'agTextColumnFilter',
    filterParams: { buttons: ['reset'] },
    width: 220,
    hide: !actions.mayEdit,
    editable: (params) => actions.mayEdit && params.data?.eligibility !== undefined && params.data.eligibility.verdict !== 'met',
    cellEditor: 'agLargeTextCellEditor',
    cellEditorPopup: true,
    cellEditorParams: { maxLength: 500, rows: 4, cols: 50 },
    tooltipField: 'eligibilityOverride.reason',
  },
  {
    colId: 'score',
    field: 'score',
    headerName: 'Score',
    filter: 'agNumberColumnFilter',
    type: 'numericColumn',
    width: 95,
    // HR's assessment: an NCB officer's rows do not carry it.
    hide: !actions.mayEdit,
    editable: () => actions.mayEdit,
    cellEditor: 'agNumberCellEditor',
    cellEditorParams: { min: SCORE_MIN, max: SCORE_MAX, precision: 0 },
  },
  {
    colId: 'note',
    field: 'note',
    headerName: 'Note',
    filter: 'agTextColumnFilter',
    filterParams: { buttons: ['reset'] },
    width: 240,
    hide: !actions.mayEdit,
    editable: () => actions.mayEdit,
    cellEditor: 'agLargeTextCellEditor',
    cellEditorPopup: true,
    cellEditorParams: { maxLength: NOTE_MAX, rows: 6, cols: 50 },
    tooltipField: 'note',
  },
  { colId: 'submitted', field: 'submittedAt', headerName: t('admin.grid.column.submitted'), headerTooltip: t('admin.grid.column.submitted.tooltip', { timeZone: timeZoneNote(new Date()) }), ...dateFilter },
  { colId: 'updated', field: 'updatedAt', headerName: t('admin.grid.column.updated'), ...dateFilter },
  { colId: 'version', field: 'version', headerName: t('admin.grid.column.version'), filter: 'agNumberColumnFilter', type: 'numericColumn', width: 95, hide: true },
  {
    colId: 'history',
    headerName: t('admin.grid.column.history'),
    cellRenderer: historyCell(actions),
    sortable: false,
    filter: false,
    width: 105,
    pinned: 'right',
    suppressHeaderMenuButton: true,
  },
];
