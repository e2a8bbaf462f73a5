/**
 * The Selection tab (issue 16, points 1 and 4). A panel member sees the vacancies whose panel names
 * them (the API answers only those), the shortlisted candidates in a grid with their own marking
 * state, a focused marking form per candidate, and the ranking once they have marked everyone (the
 * chair too, who then records the recommendation); HR every panel, its editor, history and ranking.
 */
import { createGrid, type GridApi, type ICellRendererParams } from 'ag-grid-community';
import type { CandidateAnswer, PanelAnswer, Seat } from '#shared/selection/reading.js';
import { byId, h } from '../../../pages/client/dom.js';
import { commonGridOptions } from './grid-setup.js';
import { countryName, educationLabel, languageName } from './labels.js';
import { markingForm } from './marking-form.js';
import { showMessage } from './messages.js';
import { panelEditor } from './panel-editor.js';
import { rankingView } from './ranking-view.js';
import { selectionHistory } from './selection-history.js';
import { selectionReportActions } from './selection-report-actions.js';
import { describeProblem, segment, staffApi, StaffApiError } from './staff-api.js';
import type { SignedInUser } from './signed-in-user.js';

const stateText: Readonly<Record<string, string>> = { none: 'Not marked', draft: 'Draft', submitted: 'Submitted' };
const verdictText: Readonly<Record<string, string>> = { met: 'Meets the requirements', unmet: 'Does not meet a requirement', unknown: 'To check' };

export const selectionView = (user: SignedInUser) => {
  const select = byId('selection-vacancy', HTMLSelectElement);
  const summary = byId('selection-summary', HTMLElement);
  const editButton = byId('selection-edit-panel', HTMLButtonElement);
  const historyButton = byId('selection-history', HTMLButtonElement);
  const hr = user.groups.includes('hr') || user.groups.includes('admin');
  let panels: PanelAnswer[] = [];
  let shown: PanelAnswer | undefined;

  const ranking = rankingView();
  const history = selectionHistory();
  const report = selectionReportActions();
  const loadCandidates = async () => {
    if (!shown) return [];
    const { items } = await staffApi<{ items: CandidateAnswer[] }>('GET', `admin/selection/panels/${segment(shown.panel.vacancy)}/candidates`);
    return items;
  };
  const refresh = async () => {
    if (!shown) return;
    try {
      api.setGridOption('rowData', await loadCandidates());
    } catch (error) {
      showMessage(`The candidates could not be loaded: ${describeProblem(error)}`, 'error');
    }
    await ranking.load(shown.panel.vacancy, shown.seat);
  };
  const marking = markingForm(
    async (applicationId) => (await loadCandidates()).find((item) => item.candidate.applicationId === applicationId),
    () => void refresh(),
  );
  const editor = panelEditor((vacancy) => {
    showMessage(`The panel of vacancy ${vacancy} is saved.`, 'success');
    void load(vacancy);
  });

  const openCv = async (item: CandidateAnswer) => {
    try {
      const { url } = await staffApi<{ url: string }>('GET', `admin/selection/panels/${segment(shown?.panel.vacancy ?? '')}/candidates/${segment(item.candidate.applicationId)}/cv`);
      window.open(url, '_blank', 'noopener');
    } catch (error) {
      showMessage(`The CV could not be opened: ${describeProblem(error)}`, 'error');
    }
  };

  const actionsCell = (params: ICellRendererParams<CandidateAnswer>) => {
    const item = params.data;
    if (!item || !shown) return '';
    const panel = shown;
    const actions: HTMLElement[] = [];
    if (panel.seat !== 'hr') {
      const markButton = h(
        'button',
        { type: 'button', class: 'cell-action', 'data-mark': item.candidate.applicationId, 'aria-label': `${item.mine === 'submitted' ? 'Your marks for' : 'Mark'} ${item.candidate.name}` },
        item.mine === 'submitted' ? 'Marks' : 'Mark…',
      );
      markButton.addEventListener('click', () => marking.open({ vacancy: panel.panel.vacancy, criteria: panel.panel.criteria, anchors: panel.anchors, member: user.email }, item));
      actions.push(markButton);
    }
    if (item.candidate.hasCv) {
      const cv = h('button', { type: 'button', class: 'cell-action', 'aria-label': `CV of ${item.candidate.name}` }, 'CV');
      cv.addEventListener('click', () => void openCv(item));
      actions.push(cv);
    }
    return h('span', { class: 'cell-actions' }, ...actions);
  };

  const api: GridApi<CandidateAnswer> = createGrid<CandidateAnswer>(byId('selection-grid', HTMLElement), {
    ...commonGridOptions(),
    // A panel's shortlist is short: the grid takes the rows' height, and the ranking follows it.
    domLayout: 'autoHeight',
    // Ten columns: every cell is drawn, so a phone's narrow grid still holds each row's buttons (scrolled to, not created on scroll).
    suppressColumnVirtualisation: true,
    rowData: [],
    getRowId: (params) => params.data.candidate.applicationId,
    defaultColDef: { sortable: true, resizable: true, cellDataType: false },
    columnDefs: [
      { colId: 'name', headerName: 'Candidate', valueGetter: (p) => p.data?.candidate.name ?? '', width: 190, pinned: 'left' },
      {
        colId: 'mine',
        headerName: hr ? 'Marks submitted' : 'Your marks',
        valueGetter: (p) => (p.data?.mine ? (stateText[p.data.mine] ?? p.data.mine) : `${p.data?.marks.length ?? 0} submitted`),
        headerTooltip: 'Your marks: not marked, draft or submitted (HR: how many members have submitted)',
        width: 130,
      },
      { colId: 'nationality', headerName: 'Nationality', valueGetter: (p) => (p.data ? countryName(p.data.candidate.nationality) : ''), width: 130 },
      { colId: 'title', headerName: 'Current title', valueGetter: (p) => p.data?.candidate.currentTitle ?? '', width: 190, tooltipValueGetter: (p) => String(p.value ?? '') },
      { colId: 'years', headerName: 'Years', valueGetter: (p) => p.data?.candidate.yearsOfExperience, width: 85 },
      {
        colId: 'languages',
        headerName: 'Languages',
        valueGetter: (p) => (p.data?.candidate.languages ?? []).map((one) => `${languageName(one.language)}${one.level ? ` ${one.level}` : ''}`).join(', '),
        width: 200,
        tooltipValueGetter: (p) => String(p.value ?? ''),
      },
      { colId: 'education', headerName: 'Education', valueGetter: (p) => (p.data?.candidate.education ? educationLabel(p.data.candidate.education) : ''), width: 130 },
      { colId: 'eligibility', headerName: 'Eligibility', valueGetter: (p) => (p.data ? (verdictText[p.data.candidate.eligibility.verdict] ?? p.data.candidate.eligibility.verdict) : ''), width: 190 },
      { colId: 'submissions', headerName: 'Members submitted', valueGetter: (p) => (p.data?.submissions === undefined ? '' : `${p.data.submissions} of ${shown?.panel.members.length ?? ''}`), width: 150 },
      { colId: 'actions', headerName: 'Actions', cellRenderer: actionsCell, width: 150, sortable: false, pinned: 'right' },
    ],
  });

  const show = async (vacancy: string) => {
    shown = panels.find((item) => item.panel.vacancy === vacancy);
    editButton.hidden = !hr || !shown;
    historyButton.hidden = !hr || !shown;
    report.show(hr && shown ? shown.panel.vacancy : undefined);
    if (!shown) {
      summary.textContent = hr ? 'No vacancy has a selection panel yet: name one from the Vacancies tab (Selection panel).' : 'You sit on no selection panel.';
      api.setGridOption('rowData', []);
      return;
    }
    const { panel, seat } = shown;
    const seatWords: Record<Seat, string> = { hr: 'You see the panel as HR', chair: 'You chair this panel', member: 'You sit on this panel' };
    summary.textContent = `${seatWords[seat]}. Members: ${panel.members.join(', ')} (chair ${panel.chair}). Criteria: ${panel.criteria.map((criterion) => `${criterion.label} ×${criterion.weight}`).join('; ')}. Spread flagged above ${panel.spreadThreshold}.`;
    await refresh();
  };

  const load = async (wanted?: string) => {
    try {
      ({ items: panels } = await staffApi<{ items: PanelAnswer[] }>('GET', 'admin/selection/panels'));
    } catch (error) {
      showMessage(`The selection panels could not be loaded: ${describeProblem(error)}`, 'error');
      return;
    }
    select.replaceChildren(...panels.map((item) => h('option', { value: item.panel.vacancy }, `${item.panel.vacancy}${item.title ? ` · ${item.title}` : ''}`)));
    const chosen = panels.find((item) => item.panel.vacancy === wanted) ?? panels[0];
    if (chosen) select.value = chosen.panel.vacancy;
    await show(chosen?.panel.vacancy ?? '');
  };

  select.addEventListener('change', () => void show(select.value));
  editButton.addEventListener('click', () => {
    if (shown) void openEditor(shown.panel.vacancy, shown.title);
  });
  historyButton.addEventListener('click', () => {
    if (shown) void history.open(shown.panel.vacancy);
  });

  const openEditor = async (vacancy: string, title?: string) => {
    try {
      await editor.open(vacancy, title);
    } catch (error) {
      const why = error instanceof StaffApiError && error.status === 404 ? 'the vacancy was not found.' : describeProblem(error);
      showMessage(`The panel of vacancy ${vacancy} could not be opened: ${why}`, 'error');
    }
  };

  return { load: () => load(), openEditor };
};
