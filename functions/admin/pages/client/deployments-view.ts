/**
 * The Deployments tab (issue 18, point 6; shared/deployment/) of a sending unit's staff page: the
 * roster of deployments (officer, mission, role category, force, the tour's days, state, checklist
 * readiness in words, a pending extension), filtered by state and call; HR starts a deployment for
 * an officer the mission selected (the call's nomination board lists them), opens one to act on it
 * (client/deployment-dialog.ts), and counts them in the report. A force approver reads their own
 * force's officers (the API scopes the roster) and decides their extensions; no report, no start.
 */
import { checklistItems } from '#shared/deployment/deployment.js';
import type { NominationBoard } from '#shared/nomination/board.js';
import type { StoredVacancy } from '#shared/vacancies/store.js';
import { byId, h } from '../../../pages/client/dom.js';
import { t } from '../../../pages/client/words.js';
import { categoryLabel, formatDay } from './labels.js';
import { showMessage } from './messages.js';
import { callTitle, missionOrganisationLabel, roleCategoryLabel } from './mission-labels.js';
import { deploymentDialog, type DeploymentReader } from './deployment-dialog.js';
import { extensionDecider, fieldProblemText, stateOption, verdictOption, type Count, type DeploymentReport, type DeploymentRow, type DeploymentView } from './deployment-types.js';
import { describeProblem, segment, staffApi, StaffApiError } from './staff-api.js';

export interface DeploymentsView {
  load(): Promise<void>;
}

const reportTables = ['mission', 'organisation', 'category', 'force', 'roleCategory'] as const;
type ReportTable = (typeof reportTables)[number];
const countsOf: Readonly<Record<ReportTable, keyof DeploymentReport>> = {
  mission: 'byMission',
  organisation: 'byOrganisation',
  category: 'byCategory',
  force: 'byForce',
  roleCategory: 'byRoleCategory',
};

/** A count's row name in the page's words where the page knows the code (organisation, category, role category); a mission's or a force's name as the API gives it. */
const countLabel = (table: ReportTable, count: Count): string =>
  table === 'organisation' && ['EU', 'UN', 'OSCE'].includes(count.key)
    ? missionOrganisationLabel(count.key as 'EU' | 'UN' | 'OSCE')
    : table === 'category'
      ? categoryLabel(count.key)
      : table === 'roleCategory'
        ? roleCategoryLabel(count.key)
        : count.label;

/** One of the report's tables: a caption, the counts' rows, a header for each column. */
export const reportTable = (table: ReportTable, counts: readonly Count[]): HTMLElement =>
  h(
    'div',
    { class: 'preview-frame deployments-report-frame', tabindex: '0', role: 'region', 'aria-labelledby': `deployments-report-${table}-caption` },
    h(
      'table',
      { class: 'preview deployments-report', 'data-report': table },
      h('caption', { id: `deployments-report-${table}-caption` }, t('admin.deployments.report.by', { by: table })),
      h(
        'thead',
        {},
        h('tr', {}, h('th', { scope: 'col' }, t('admin.deployments.report.column', { by: table })), h('th', { scope: 'col' }, t('admin.deployments.report.column.total')), h('th', { scope: 'col' }, t('admin.deployments.report.column.now'))),
      ),
      h(
        'tbody',
        {},
        ...counts.map((count) => h('tr', { 'data-key': count.key }, h('th', { scope: 'row', dir: 'auto' }, countLabel(table, count)), h('td', {}, String(count.total)), h('td', {}, String(count.deployedNow)))),
      ),
    ),
  );

/** The checklist's four items in words (not colour alone), then whether the officer is ready. */
const checklistCell = (row: DeploymentRow) =>
  h(
    'td',
    { 'data-column': 'checklist' },
    h(
      'ul',
      { class: 'deployment-list' },
      ...checklistItems.map((item) => {
        const verdict = row.checklist[item];
        const badge = verdict === 'done' ? 'badge-ncb-validated' : verdict === 'missing' ? 'badge-ncb-declined' : 'badge-ncb-pending';
        return h(
          'li',
          { 'data-item': item, 'data-verdict': verdict },
          h('span', { class: `badge ${badge}` }, t('admin.deployments.checklistLine', { item: t('admin.deployments.item', { item }), verdict: t('admin.deployments.verdict', { verdict: verdictOption(verdict) }) })),
        );
      }),
    ),
    h('div', { 'data-ready': String(row.ready) }, h('strong', {}, t('admin.deployments.ready', { ready: row.ready ? 'yes' : 'no' }))),
  );

const rowElement = (row: DeploymentRow, open: (row: DeploymentRow) => void) => {
  const button = h('button', { type: 'button', class: 'button button-small', 'data-action': 'open', 'aria-label': t('admin.deployments.open.label', { name: row.officer.name }) }, t('admin.deployments.open'));
  button.addEventListener('click', () => open(row));
  const pending = row.pendingExtension;
  return h(
    'tr',
    { 'data-deployment': row.id, 'data-state': row.state },
    h('th', { scope: 'row', 'data-column': 'officer' }, h('strong', { dir: 'auto' }, row.officer.name), h('div', {}, categoryLabel(row.category)), h('div', { class: 'hint' }, h('bdi', { dir: 'ltr' }, row.officer.email))),
    h(
      'td',
      { 'data-column': 'mission' },
      h('strong', { dir: 'auto' }, row.mission.name),
      h('div', {}, missionOrganisationLabel(row.mission.organisation)),
      h('div', { class: 'hint', dir: 'auto' }, t('admin.deployments.dutyStation', { place: row.mission.dutyStation })),
      h('div', { class: 'hint' }, h('bdi', { dir: 'ltr' }, row.call)),
    ),
    h('td', { 'data-column': 'role' }, roleCategoryLabel(row.mission.roleCategory)),
    h('td', { 'data-column': 'force' }, row.force ? h('span', { dir: 'auto' }, row.force.name) : t('admin.deployments.force.none')),
    h('td', { 'data-column': 'deploymentDay' }, formatDay(row.deploymentDay)),
    h('td', { 'data-column': 'rotationDay' }, formatDay(row.rotationDay)),
    h('td', { 'data-column': 'state' }, h('span', { class: `badge badge-deployment-${row.state}` }, t('admin.deployments.state', { state: stateOption(row.state) }))),
    checklistCell(row),
    h(
      'td',
      { 'data-column': 'extension' },
      pending ? t('admin.deployments.extension.pending', { date: formatDay(pending.until), decider: extensionDecider(row) }) : t('admin.deployments.extension.none'),
    ),
    h('td', { 'data-column': 'actions' }, button),
  );
};

export const deploymentsView = (reader: DeploymentReader, now: () => Date): DeploymentsView => {
  const section = byId('deployments-view', HTMLElement);
  const body = byId('deployments-rows', HTMLElement);
  const stateFilter = byId('deployments-state', HTMLSelectElement);
  const callFilter = byId('deployments-call', HTMLSelectElement);
  const count = byId('deployments-count', HTMLElement);
  /** The calls the roster has shown, for the call filter: number to mission. */
  const calls = new Map<string, string>();
  let rows: DeploymentRow[] = [];
  /** The row whose dialog was opened last: focus goes back to it when the dialog closes. */
  let opened: string | undefined;

  for (const tab of byId('view-tabs', HTMLElement).querySelectorAll<HTMLButtonElement>('.tab')) {
    tab.addEventListener('click', () => {
      section.hidden = tab.dataset.view !== 'deployments';
    });
  }
  byId('deployments-start', HTMLButtonElement).hidden = !reader.hr;
  byId('deployments-report', HTMLElement).hidden = !reader.hr;
  byId('deployments-intro', HTMLElement).hidden = !reader.hr;
  byId('deployments-intro-force', HTMLElement).hidden = reader.hr;

  const fillCallFilter = () => {
    const chosen = callFilter.value;
    callFilter.replaceChildren(
      h('option', { value: '' }, t('admin.deployments.filter.allCalls')),
      ...[...calls].sort(([a], [b]) => a.localeCompare(b)).map(([number, mission]) => h('option', { value: number }, callTitle(number, mission))),
    );
    callFilter.value = chosen;
  };

  const draw = () => {
    body.replaceChildren(...(rows.length > 0 ? rows.map((row) => rowElement(row, open)) : [h('tr', {}, h('td', { colspan: '10' }, t('admin.deployments.empty')))]));
    count.textContent = t('admin.deployments.count', { count: rows.length });
  };

  /** The roster as the filters ask; an answer for filters no longer chosen is dropped. */
  const read = async () => {
    const asked = { state: stateFilter.value, call: callFilter.value };
    const query = new URLSearchParams(Object.entries(asked).filter(([, value]) => value !== '')).toString();
    try {
      const answer = await staffApi<{ items: DeploymentRow[] }>('GET', `admin/deployments${query ? `?${query}` : ''}`);
      if (asked.state !== stateFilter.value || asked.call !== callFilter.value) return;
      rows = answer.items;
      let more = false;
      for (const row of rows) {
        if (!calls.has(row.call)) more = true;
        calls.set(row.call, row.mission.name);
      }
      if (more) fillCallFilter();
      draw();
    } catch (problem) {
      showMessage(t('admin.deployments.loadFailed', { reason: describeProblem(problem) }), 'error');
    }
  };

  const dialog = deploymentDialog(reader, now, (_deployment: DeploymentView) => void read());
  const open = (row: DeploymentRow) => {
    opened = row.id;
    void dialog.open(row.id);
  };
  byId('deployment-dialog', HTMLDialogElement).addEventListener('close', () => {
    if (opened) body.querySelector<HTMLElement>(`tr[data-deployment="${CSS.escape(opened)}"] [data-action="open"]`)?.focus();
    if (reader.hr) void report();
  });
  stateFilter.addEventListener('change', () => void read());
  callFilter.addEventListener('change', () => void read());

  // --- The report (HR's): the counts over a period, five tables with captions ---
  const reportFrom = byId('deployments-report-from', HTMLInputElement);
  const reportUntil = byId('deployments-report-until', HTMLInputElement);
  const report = async () => {
    const query = new URLSearchParams(Object.entries({ from: reportFrom.value, until: reportUntil.value }).filter(([, value]) => value !== '')).toString();
    try {
      const answer = await staffApi<DeploymentReport>('GET', `admin/deployments/report${query ? `?${query}` : ''}`);
      reportFrom.value = answer.period.from;
      reportUntil.value = answer.period.until;
      byId('deployments-report-totals', HTMLElement).textContent = t('admin.deployments.report.totals', {
        total: answer.total,
        from: formatDay(answer.period.from),
        until: formatDay(answer.period.until),
        now: answer.deployedNow,
      });
      byId('deployments-report-tables', HTMLElement).replaceChildren(...reportTables.map((table) => reportTable(table, answer[countsOf[table]] as Count[])));
    } catch (problem) {
      showMessage(t('admin.deployments.report.failed', { reason: describeProblem(problem) }), 'error');
    }
  };
  byId('deployments-report-form', HTMLFormElement).addEventListener('submit', (event) => {
    event.preventDefault();
    void report();
  });

  // --- Start a deployment (HR's): the call, its officer the mission selected, the two days ---
  const start = byId('deployment-start-dialog', HTMLDialogElement);
  const startForm = byId('deployment-start-form', HTMLFormElement);
  const startCall = byId('deployment-start-call', HTMLSelectElement);
  const startCandidate = byId('deployment-start-candidate', HTMLSelectElement);
  const startError = byId('deployment-start-error', HTMLElement);
  const startFields = ['call', 'candidate', 'deploymentDay', 'rotationDay'] as const;
  type StartField = (typeof startFields)[number];
  const startControl = (field: StartField) => byId(`deployment-start-${field}`, HTMLElement) as HTMLInputElement | HTMLSelectElement;
  const clearStart = () => {
    startError.hidden = true;
    for (const field of startFields) {
      byId(`deployment-start-${field}-error`, HTMLElement).hidden = true;
      startControl(field).removeAttribute('aria-invalid');
    }
  };
  const showStartErrors = (problems: ReadonlyMap<StartField, string>) => {
    for (const [field, message] of problems) {
      const shown = byId(`deployment-start-${field}-error`, HTMLElement);
      shown.textContent = message;
      shown.hidden = false;
      startControl(field).setAttribute('aria-invalid', 'true');
    }
    const first = startFields.find((field) => problems.has(field));
    if (first) startControl(first).focus();
  };
  const failStart = (message: string) => {
    startError.textContent = message;
    startError.hidden = false;
  };

  /** The selected officers of the chosen call (the nomination board's rows the mission answered "selected"). */
  const fillCandidates = async () => {
    const asked = startCall.value;
    startCandidate.replaceChildren();
    if (!asked) return;
    try {
      // The call's selected officers, less those whose deployment is already started (one per application).
      const [board, started] = await Promise.all([
        staffApi<NominationBoard>('GET', `admin/nominations/${segment(asked)}`),
        staffApi<{ items: DeploymentRow[] }>('GET', `admin/deployments?call=${segment(asked)}`),
      ]);
      if (asked !== startCall.value) return;
      const deployed = new Set(started.items.map((row) => row.id));
      const selected = board.candidates.filter((row) => row.nomination?.answer?.outcome === 'selected' && !deployed.has(row.id));
      startCandidate.replaceChildren(...selected.map((row) => h('option', { value: row.id }, row.name)));
      if (selected.length === 0) failStart(t('admin.deployments.start.noneSelected'));
      else startError.hidden = true;
    } catch (problem) {
      failStart(t('admin.deployments.loadFailed', { reason: describeProblem(problem) }));
    }
  };
  startCall.addEventListener('change', () => void fillCandidates());

  byId('deployments-start', HTMLButtonElement).addEventListener('click', async () => {
    startForm.reset();
    clearStart();
    try {
      const { items } = await staffApi<{ items: StoredVacancy[] }>('GET', 'admin/vacancies');
      const missionCalls = items.filter((item) => item.mission && item.status !== 'draft' && item.status !== 'cancelled');
      startCall.replaceChildren(...missionCalls.map((item) => h('option', { value: item.number }, t('admin.nominations.callOption', { number: item.number, title: item.title, mission: item.mission?.mission ?? '' }))));
    } catch (problem) {
      showMessage(t('admin.deployments.start.callsFailed', { reason: describeProblem(problem) }), 'error');
      return;
    }
    start.showModal();
    startCall.focus();
    await fillCandidates();
  });
  byId('deployment-start-cancel', HTMLButtonElement).addEventListener('click', () => start.close());
  startForm.addEventListener('input', (event) => {
    const field = (event.target as { name?: unknown } | null)?.name;
    if (typeof field !== 'string' || !(startFields as readonly string[]).includes(field)) return;
    byId(`deployment-start-${field}-error`, HTMLElement).hidden = true;
    startControl(field as StartField).removeAttribute('aria-invalid');
  });
  startForm.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearStart();
    const values = { call: startCall.value, candidate: startCandidate.value, deploymentDay: startControl('deploymentDay').value, rotationDay: startControl('rotationDay').value };
    const problems = new Map<StartField, string>(startFields.filter((field) => !values[field]).map((field) => [field, t('admin.deployments.error.required', { field })]));
    if (values.deploymentDay && values.rotationDay && values.rotationDay <= values.deploymentDay) problems.set('rotationDay', t('admin.deployments.error.rotationAfter'));
    if (problems.size > 0) {
      showStartErrors(problems);
      return;
    }
    const save = byId('deployment-start-save', HTMLButtonElement);
    save.disabled = true;
    const name = startCandidate.selectedOptions[0]?.textContent ?? '';
    // The API answers the same application's deployment with the same days as it stands (200): the page says it was there already.
    const known = rows.some((row) => row.id === values.candidate);
    try {
      const answer = await staffApi<{ deployment: DeploymentView }>('POST', 'admin/deployments', { json: { applicationId: values.candidate, deploymentDay: values.deploymentDay, rotationDay: values.rotationDay } });
      start.close();
      showMessage(t('admin.deployments.started', { outcome: known ? 'unchanged' : 'started', name }), 'success');
      opened = answer.deployment.id;
      await read();
      body.querySelector<HTMLElement>(`tr[data-deployment="${CSS.escape(answer.deployment.id)}"] [data-action="open"]`)?.focus();
      void report();
    } catch (problem) {
      const fields = problem instanceof StaffApiError && (problem.status === 400 || problem.status === 422) ? problem.errors.map((one) => ({ field: one.path.replace(/^body\./, ''), message: fieldProblemText(one, problem) })) : [];
      const onFields = new Map<StartField, string>(fields.filter((one) => one.field === 'deploymentDay' || one.field === 'rotationDay').map((one) => [one.field as StartField, one.message]));
      if (onFields.size > 0) showStartErrors(onFields);
      else failStart(t('admin.deployments.failed', { reason: describeProblem(problem) }));
    } finally {
      save.disabled = false;
    }
  });

  return {
    async load() {
      await read();
      if (reader.hr) await report();
    },
  };
};
