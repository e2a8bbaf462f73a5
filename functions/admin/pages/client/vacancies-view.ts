/** The vacancies tab (HR and admins): every vacancy in a grid; create, edit, publish, close, cancel; read a pasted notice. */
import { createGrid, type ColDef, type GridApi, type ICellRendererParams } from 'ag-grid-community';
import type { NoticeUnread } from '#shared/vacancies/notice-body-parser.js';
import { noticeFieldOf } from '#shared/vacancies/notice-form.js';
import type { Vacancy, VacancyStatus } from '#shared/vacancies/schema.js';
import { vacancyMoves } from './vacancy-moves.js';
import { durationText } from '../../../pages/format.js';
import { byId, h } from '../../../pages/client/dom.js';
import type { ParsedNotice, StoredVacancy, UnreadField } from './answers.js';
import { commonGridOptions } from './grid-setup.js';
import { formatDay } from './labels.js';
import { showMessage } from './messages.js';
import { describeProblem, segment, staffApi, StaffApiError } from './staff-api.js';
import { noticePartLabel } from './notice-editor.js';
import { checkVacancy, errorsByField, vacancyFieldSpecs, vacancyForm } from './vacancy-form.js';
import { ValueListFilter } from './value-list-filter.js';
import type { CircularCounts } from '#shared/circulars/counts.js';
import { t } from '../../../pages/client/words.js';
import { circularBouncedText, circularSummaryText, loadCircularCounts } from './circular-counts.js';
import { callTitle, missionOrganisationLabel, roleCategoryLabel } from './mission-labels.js';
import { stageProfile } from './stage-profile.js';

/**
 * A sending unit's calls (issue 18): the mission beside the title, who runs it, its own deadline.
 * A receiving stage's vacancies name no mission, and its list has none of these columns.
 */
const missionColumns = (): Array<ColDef<StoredVacancy>> =>
  stageProfile.postKind === 'mission-post'
    ? [
        {
          colId: 'mission',
          headerName: t('admin.mission.column.mission'),
          valueGetter: (p) => p.data?.mission?.mission ?? '',
          tooltipValueGetter: (p) =>
            p.data?.mission ? [missionOrganisationLabel(p.data.mission.organisation), roleCategoryLabel(p.data.mission.roleCategory)].join(' · ') : '',
          width: 170,
          filter: ValueListFilter,
        },
        {
          colId: 'missionDeadline',
          headerName: t('admin.mission.column.missionDeadline'),
          valueGetter: (p) => p.data?.mission?.missionDeadline ?? '',
          valueFormatter: (p) => formatDay(String(p.value ?? '')),
          width: 150,
        },
      ]
    : [];

const fieldLabel = (field: string) => vacancyFieldSpecs.find((spec) => spec.name === field)?.label ?? field;

const withoutNumber = ({ number: _number, ...rest }: Vacancy) => rest;

/** The API's `errors` paths (`body.deadline`, `body.notice.duties.0.title`) as form fields. */
const apiFieldErrors = (error: StaffApiError) =>
  errorsByField(
    error.errors.map((e) => {
      const [field = 'form', ...rest] = e.path.replace(/^body\./, '').split('.');
      // A mission post's fields keep their path (`mission.missionDeadline`): errorsByField names their inputs.
      if (field === 'mission') return { path: [field, ...rest], message: e.message };
      return { path: [field === 'notice' ? noticeFieldOf(rest.map((key) => (/^\d+$/.test(key) ? Number(key) : key))) : field], message: e.message };
    }),
  );

/** What the parse answers besides the header's: each part of the notice's body it could not read. */
type ParsedWithNotice = ParsedNotice & { unreadNotice?: NoticeUnread[] };

export const vacanciesView = (openPanel?: (number: string, title: string) => void) => {
  const dialog = byId('vacancy-dialog', HTMLDialogElement);
  const paste = byId('paste-dialog', HTMLDialogElement);
  const unreadNote = byId('vacancy-unread', HTMLElement);
  const formError = byId('vacancy-error', HTMLElement);
  const form = vacancyForm();
  let editing: StoredVacancy | undefined;

  /** Appointments per vacancy (the switcher's summary): a vacancy is marked filled only with one. */
  let appointed = new Map<string, number>();
  /** Each published vacancy's circular (sent, bounced, acknowledged), loaded after the list. */
  const circulars = new Map<string, CircularCounts>();
  const loadCirculars = async (items: readonly StoredVacancy[]) => {
    const published = items.filter((vacancy) => vacancy.status === 'open' || vacancy.status === 'closed');
    const answers = await Promise.allSettled(published.map((vacancy) => loadCircularCounts(vacancy.number)));
    let failed = false;
    for (const answer of answers) {
      if (answer.status === 'fulfilled') circulars.set(answer.value.number, answer.value);
      else failed = true;
    }
    if (failed) showMessage(t('admin.circular.hr.loadFailed'), 'error');
    api.refreshCells({ columns: ['circular'], force: true });
  };
  const load = async () => {
    try {
      const [{ items }, summary] = await Promise.all([
        staffApi<{ items: StoredVacancy[] }>('GET', 'admin/vacancies'),
        staffApi<{ items: Array<{ vacancy: string; counts: Record<string, number> }> }>('GET', 'admin/applications/summary').catch(() => ({ items: [] })),
      ]);
      appointed = new Map(summary.items.map((entry) => [entry.vacancy, entry.counts.appointed ?? 0]));
      api.setGridOption('rowData', items);
      void loadCirculars(items);
    } catch (error) {
      showMessage(`The vacancies could not be loaded: ${describeProblem(error)}`, 'error');
    }
  };

  const openForm = (vacancy: Partial<StoredVacancy>, options: { unread?: UnreadField[]; unreadNotice?: NoticeUnread[]; existing?: StoredVacancy } = {}) => {
    editing = options.existing;
    const unread = options.unread ?? [];
    const unreadNotice = options.unreadNotice ?? [];
    byId('vacancy-heading', HTMLElement).textContent = editing ? `Vacancy ${editing.number}` : unread.length + unreadNotice.length > 0 ? 'Check the notice as read' : 'New vacancy';
    form.fill(vacancy, { unread: unread.map((one) => one.field), unreadNotice, locked: Boolean(editing) });
    unreadNote.hidden = unread.length + unreadNotice.length === 0;
    unreadNote.replaceChildren(
      ...(unread.length > 0
        ? [
            h('strong', {}, `${unread.length} field${unread.length === 1 ? '' : 's'} could not be read from the notice: fill in the highlighted ones before saving.`),
            h('ul', {}, ...unread.map((one) => h('li', {}, `${fieldLabel(one.field)}${one.reason ? `: ${one.reason}` : ''}`))),
          ]
        : []),
      // The notice's parts are optional: a part not read is for HR to check, not a reason to refuse the save.
      ...(unreadNotice.length > 0
        ? [
            h('strong', {}, `${unreadNotice.length} part${unreadNotice.length === 1 ? '' : 's'} of the notice could not be read: check the highlighted ones under “The notice”.`),
            h('ul', {}, ...unreadNotice.map((one) => h('li', {}, `${noticePartLabel(one.part)}: ${one.reason}`))),
          ]
        : []),
    );
    formError.hidden = true;
    dialog.showModal();
  };

  /** An edit starts from the vacancy as stored now, its notice included. */
  const openStored = async (number: string) => {
    try {
      const stored = await staffApi<StoredVacancy>('GET', `admin/vacancies/${segment(number)}`);
      openForm(stored, { existing: stored });
    } catch (error) {
      showMessage(`Vacancy ${number} could not be opened: ${describeProblem(error)}`, 'error');
    }
  };

  const save = async (vacancy: Vacancy): Promise<boolean> => {
    try {
      // An edit always says what the notice is now: `{}` when HR cleared every part (which removes it).
      if (editing) await staffApi('PUT', `admin/vacancies/${segment(editing.number)}`, { json: { version: editing.version, ...withoutNumber(vacancy), notice: vacancy.notice ?? {} } });
      else await staffApi('POST', 'admin/vacancies', { json: vacancy });
      showMessage(`Vacancy ${vacancy.number} saved.`, 'success');
      await load();
      return true;
    } catch (error) {
      if (!(error instanceof StaffApiError)) throw error;
      form.showErrors(apiFieldErrors(error));
      formError.textContent =
        error.status === 409 ? 'Someone else changed this vacancy meanwhile: close, and open it again to see their version.' : [error.title, error.detail].filter(Boolean).join(' ');
      formError.hidden = false;
      return false;
    }
  };

  const move = async (vacancy: StoredVacancy, to: VacancyStatus) => {
    try {
      const { number, version, ...fields } = vacancy;
      await staffApi('PUT', `admin/vacancies/${segment(number)}`, { json: { ...fields, version, status: to } });
      showMessage(`Vacancy ${vacancy.number} is now ${to}.`, 'success');
    } catch (error) {
      showMessage(`Vacancy ${vacancy.number} was not changed: ${describeProblem(error)}`, 'error');
    }
    await load();
  };

  const actionsCell = (params: ICellRendererParams<StoredVacancy>) => {
    const vacancy = params.data;
    if (!vacancy) return '';
    const edit = h('button', { type: 'button', class: 'cell-action' }, 'Edit');
    edit.addEventListener('click', () => void openStored(vacancy.number));
    const moves = vacancyMoves(vacancy, { appointed: appointed.get(vacancy.number) ?? 0, now: new Date() }).map(({ to, label }) => {
      const button = h('button', { type: 'button', class: 'cell-action' }, label);
      button.addEventListener('click', () => void move(vacancy, to));
      return button;
    });
    const panel = openPanel ? h('button', { type: 'button', class: 'cell-action', 'data-panel': vacancy.number }, 'Selection panel') : false;
    if (panel) panel.addEventListener('click', () => openPanel?.(vacancy.number, vacancy.title));
    return h('span', { class: 'cell-actions' }, edit, ...moves, panel);
  };

  const api: GridApi<StoredVacancy> = createGrid<StoredVacancy>(byId('vacancies-grid', HTMLElement), {
    ...commonGridOptions(),
    rowData: [],
    getRowId: (params) => params.data.number,
    defaultColDef: { sortable: true, resizable: true, filter: 'agTextColumnFilter', cellDataType: false },
    columnDefs: [
      { field: 'number', headerName: 'Number', width: 100, pinned: 'left' },
      { field: 'title', headerName: 'Title', flex: 1, minWidth: 220, tooltipValueGetter: (p) => callTitle(p.data?.title ?? '', p.data?.mission?.mission) },
      ...missionColumns(),
      {
        field: 'status',
        headerName: 'Status',
        width: 150,
        filter: ValueListFilter,
        // A vacancy made from a short-term proposal is off the public list and the circular until HR advertises it.
        cellRenderer: (p: ICellRendererParams<StoredVacancy>) =>
          h(
            'span',
            {},
            h('span', { class: `badge badge-v-${p.value}` }, String(p.value)),
            p.data?.advertised === false ? h('span', { class: 'badge badge-not-advertised', title: 'Not advertised: filled from short-term proposals' }, 'not advertised') : false,
          ),
      },
      { field: 'location', headerName: 'Duty station', width: 130 },
      { field: 'grade', headerName: 'Grade', width: 85 },
      { colId: 'duration', headerName: 'Duration', valueGetter: (p) => (p.data ? durationText(p.data) : ''), width: 150, tooltipValueGetter: (p) => String(p.value ?? '') },
      { field: 'secondmentType', headerName: 'Type', width: 115, filter: ValueListFilter },
      { field: 'clearance', headerName: 'Clearance', width: 115, filter: ValueListFilter },
      { field: 'posts', headerName: 'Posts', width: 85, filter: 'agNumberColumnFilter' },
      { field: 'publishedAt', headerName: 'Published', width: 120, valueFormatter: (p) => formatDay(String(p.value ?? '')) },
      { field: 'deadline', headerName: stageProfile.postKind === 'mission-post' ? t('admin.mission.field.deadline') : 'Deadline', width: stageProfile.postKind === 'mission-post' ? 150 : 120, valueFormatter: (p) => formatDay(String(p.value ?? '')), sort: 'desc' },
      {
        colId: 'circular',
        headerName: t('admin.circular.hr.column'),
        width: 260,
        valueGetter: (p) => {
          const counts = p.data ? circulars.get(p.data.number) : undefined;
          return counts && counts.editions > 0 ? circularSummaryText(counts) : '';
        },
        tooltipValueGetter: (p) => {
          const counts = p.data ? circulars.get(p.data.number) : undefined;
          return counts ? [circularSummaryText(counts), circularBouncedText(counts)].filter(Boolean).join('. ') : '';
        },
      },
      { colId: 'actions', headerName: 'Actions', cellRenderer: actionsCell, width: 380, sortable: false, filter: false, pinned: 'right' },
    ],
  });

  byId('vacancy-form', HTMLFormElement).addEventListener('submit', async (event) => {
    event.preventDefault();
    const checked = checkVacancy(form.values(), form.noticeFields());
    if (!checked.ok) {
      form.showErrors(checked.errors);
      return;
    }
    if (await save(checked.vacancy)) dialog.close();
  });
  byId('vacancy-cancel', HTMLButtonElement).addEventListener('click', () => dialog.close());
  byId('vacancy-new', HTMLButtonElement).addEventListener('click', () =>
    // The organisation's own duty station for its vacancies; a call for a mission post starts with none (each mission has its own).
    openForm(
      stageProfile.postKind === 'mission-post'
        ? { status: 'draft', posts: 1, clearance: 'Basic', secondmentType: 'regular' }
        : { status: 'draft', timeZone: 'Europe/Paris', location: 'Lyon', posts: 1, clearance: 'Basic', secondmentType: 'regular' },
    ),
  );
  byId('vacancy-paste', HTMLButtonElement).addEventListener('click', () => {
    byId('paste-error', HTMLElement).hidden = true;
    paste.showModal();
  });
  byId('paste-cancel', HTMLButtonElement).addEventListener('click', () => paste.close());
  byId('paste-form', HTMLFormElement).addEventListener('submit', async (event) => {
    event.preventDefault();
    const text = byId('paste-text', HTMLTextAreaElement).value;
    try {
      const { draft, unread, unreadNotice } = await staffApi<ParsedWithNotice>('POST', 'admin/vacancies/parse', { json: { text } });
      paste.close();
      openForm({ status: 'draft', ...draft }, { unread: unread.map((one) => (typeof one === 'string' ? { field: one } : one)), unreadNotice });
    } catch (error) {
      const message = byId('paste-error', HTMLElement);
      message.textContent = describeProblem(error, 'The notice could not be read.');
      message.hidden = false;
    }
  });

  return { load, api: () => api };
};
