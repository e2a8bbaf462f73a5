/** The vacancies tab (HR and admins): every vacancy in a grid; create, edit, publish, close, cancel; read a pasted notice. */
import { createGrid, type GridApi, type ICellRendererParams } from 'ag-grid-community';
import type { Vacancy, VacancyStatus } from '#shared/vacancies/schema.js';
import { durationText } from '../../../pages/format.js';
import { byId, h } from '../../../pages/client/dom.js';
import type { ParsedNotice, StoredVacancy } from './answers.js';
import { commonGridOptions } from './grid-setup.js';
import { formatDay } from './labels.js';
import { showMessage } from './messages.js';
import { segment, staffApi, StaffApiError } from './staff-api.js';
import { checkVacancy, errorsByField, vacancyForm } from './vacancy-form.js';
import { ValueListFilter } from './value-list-filter.js';

/** The moves offered on a row: the API still judges each one (the secondment rules, the status machine). */
export const vacancyMoves = (status: VacancyStatus): Array<{ to: VacancyStatus; label: string }> =>
  status === 'draft'
    ? [{ to: 'open', label: 'Publish' }, { to: 'cancelled', label: 'Cancel' }]
    : status === 'open'
      ? [{ to: 'closed', label: 'Close' }, { to: 'cancelled', label: 'Cancel' }]
      : status === 'closed'
        ? [{ to: 'filled', label: 'Mark filled' }]
        : [];

const withoutNumber = ({ number: _number, ...rest }: Vacancy) => rest;

/** The API's `errors` paths (`body.deadline`) as form fields. */
const apiFieldErrors = (error: StaffApiError) =>
  errorsByField(error.errors.map((e) => ({ path: [e.path.replace(/^body\./, '').split('.')[0] ?? 'form'], message: e.message })));

export const vacanciesView = () => {
  const dialog = byId('vacancy-dialog', HTMLDialogElement);
  const paste = byId('paste-dialog', HTMLDialogElement);
  const unreadNote = byId('vacancy-unread', HTMLElement);
  const formError = byId('vacancy-error', HTMLElement);
  const form = vacancyForm();
  let editing: StoredVacancy | undefined;
  let api: GridApi<StoredVacancy>;

  const load = async () => {
    try {
      const { items } = await staffApi<{ items: StoredVacancy[] }>('GET', 'admin/vacancies');
      api.setGridOption('rowData', items);
    } catch (error) {
      showMessage(`The vacancies could not be loaded: ${error instanceof StaffApiError ? `${error.title} ${error.detail}` : 'try again.'}`, 'error');
    }
  };

  const openForm = (vacancy: Partial<StoredVacancy>, options: { unread?: string[]; existing?: StoredVacancy } = {}) => {
    editing = options.existing;
    byId('vacancy-heading', HTMLElement).textContent = editing ? `Vacancy ${editing.number}` : 'New vacancy';
    form.fill(vacancy, { unread: options.unread ?? [], locked: Boolean(editing) });
    unreadNote.hidden = !options.unread?.length;
    unreadNote.textContent = options.unread?.length ? `The notice did not say, or the reader could not find: ${options.unread.join(', ')}. Fill in the highlighted fields before saving.` : '';
    formError.hidden = true;
    dialog.showModal();
  };

  const save = async (vacancy: Vacancy): Promise<boolean> => {
    try {
      if (editing) await staffApi('PUT', `admin/vacancies/${segment(editing.number)}`, { json: { version: editing.version, ...withoutNumber(vacancy) } });
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
      const detail = error instanceof StaffApiError ? [error.title, error.detail, ...error.errors.map((e) => e.message)].filter(Boolean).join(' ') : 'try again.';
      showMessage(`Vacancy ${vacancy.number} was not changed: ${detail}`, 'error');
    }
    await load();
  };

  const actionsCell = (params: ICellRendererParams<StoredVacancy>) => {
    const vacancy = params.data;
    if (!vacancy) return '';
    const edit = h('button', { type: 'button', class: 'cell-action' }, 'Edit');
    edit.addEventListener('click', () => openForm(vacancy, { existing: vacancy }));
    const moves = vacancyMoves(vacancy.status).map(({ to, label }) => {
      const button = h('button', { type: 'button', class: 'cell-action' }, label);
      button.addEventListener('click', () => void move(vacancy, to));
      return button;
    });
    return h('span', { class: 'cell-actions' }, edit, ...moves);
  };

  api = createGrid<StoredVacancy>(byId('vacancies-grid', HTMLElement), {
    ...commonGridOptions(),
    rowData: [],
    getRowId: (params) => params.data.number,
    defaultColDef: { sortable: true, resizable: true, filter: 'agTextColumnFilter', cellDataType: false },
    columnDefs: [
      { field: 'number', headerName: 'Number', width: 100, pinned: 'left' },
      { field: 'title', headerName: 'Title', width: 240 },
      { field: 'status', headerName: 'Status', width: 110, filter: ValueListFilter, cellRenderer: (p: ICellRendererParams<StoredVacancy>) => h('span', { class: `badge badge-v-${p.value}` }, String(p.value)) },
      { field: 'location', headerName: 'Duty station', width: 130 },
      { field: 'grade', headerName: 'Grade', width: 80 },
      { colId: 'duration', headerName: 'Duration', valueGetter: (p) => (p.data ? durationText(p.data) : ''), width: 150 },
      { field: 'secondmentType', headerName: 'Type', width: 110, filter: ValueListFilter },
      { field: 'clearance', headerName: 'Clearance', width: 110, filter: ValueListFilter },
      { field: 'posts', headerName: 'Posts', width: 80, filter: 'agNumberColumnFilter' },
      { field: 'publishedAt', headerName: 'Published', width: 120, valueFormatter: (p) => formatDay(String(p.value ?? '')) },
      { field: 'deadline', headerName: 'Deadline', width: 120, valueFormatter: (p) => formatDay(String(p.value ?? '')), sort: 'desc' },
      { colId: 'actions', headerName: 'Actions', cellRenderer: actionsCell, width: 230, sortable: false, filter: false },
    ],
  });

  byId('vacancy-form', HTMLFormElement).addEventListener('submit', async (event) => {
    event.preventDefault();
    const checked = checkVacancy(form.values());
    if (!checked.ok) {
      form.showErrors(checked.errors);
      return;
    }
    if (await save(checked.vacancy)) dialog.close();
  });
  byId('vacancy-cancel', HTMLButtonElement).addEventListener('click', () => dialog.close());
  byId('vacancy-new', HTMLButtonElement).addEventListener('click', () =>
    openForm({ status: 'draft', timeZone: 'Europe/Paris', location: 'Lyon', posts: 1, clearance: 'Basic', secondmentType: 'regular' }),
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
      const { draft, unread } = await staffApi<ParsedNotice>('POST', 'admin/vacancies/parse', { json: { text } });
      paste.close();
      openForm({ status: 'draft', ...draft }, { unread });
    } catch (error) {
      const message = byId('paste-error', HTMLElement);
      message.textContent = error instanceof StaffApiError ? [error.title, error.detail, ...error.errors.map((e) => e.message)].filter(Boolean).join(' ') : 'The notice could not be read.';
      message.hidden = false;
    }
  });

  return { load, api: () => api };
};
