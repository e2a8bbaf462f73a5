/**
 * The Nominations tab (issue 18, point 5; shared/nomination/), HR's and admins' on a sending unit's
 * page: choose a call (those with a mission), read its mission, both deadlines and how many of the
 * allowed nominations are made, and act on each candidate the API lists (the nominated first, then
 * the interviewed by name): nominate, withdraw before the package goes, download the package,
 * record the day it went and the mission's answer. Every answer of the API replaces its row and the
 * board is read again, since a nomination changes what every other row may do (the cap).
 */
import type { ApplicationStatus } from '#shared/applications/status-machine.js';
import type { NominationBoard } from '#shared/nomination/board.js';
import type { NominationRow } from '#shared/nomination/row.js';
import type { StoredVacancy } from '#shared/vacancies/store.js';
import { byId, h, type Child } from '../../../pages/client/dom.js';
import { language, rich, t } from '../../../pages/client/words.js';
import { intlLocale } from '#shared/i18n/languages.js';
import { categoryLabel, formatDateTime, formatDay, statusLabel } from './labels.js';
import { showMessage } from './messages.js';
import { missionOrganisationLabel, roleCategoryLabel } from './mission-labels.js';
import { nominationDialog, type NominationStep } from './nomination-dialog.js';
import { currentRowOf, describeProblem, segment, staffApi } from './staff-api.js';

export interface NominationsView {
  load(): Promise<void>;
}

type Call = NominationBoard['call'];

const list = new Intl.ListFormat(intlLocale(language), { type: 'conjunction' });

/** What a candidate still lacks, in the page's words (a requirement no page word names stays its code). */
const missingText = (missing: readonly string[]): string => list.format(missing.map((what) => t('admin.nominations.missing', { what })));

/** Why the candidate cannot be nominated now, in the page's language; the API's English `why` when the reason is one the page does not know. */
export const whyText = (row: Pick<NominationRow, 'blockedBy' | 'why' | 'status' | 'missing'>, board: Pick<NominationBoard, 'allowed' | 'call'>): string => {
  const reasons: Record<string, string> = { 'not-interviewed': 'notInterviewed', incomplete: 'incomplete', 'national-deadline-open': 'deadlineOpen', full: 'full' };
  return t('admin.nominations.why', {
    reason: (row.blockedBy && reasons[row.blockedBy]) ?? 'other',
    status: statusLabel(row.status as ApplicationStatus),
    missing: missingText(row.missing),
    date: formatDay(board.call.deadline),
    allowed: board.allowed,
    why: row.why ?? '',
  });
};

/** Where a nomination stands, as a code in no language: the row's `data-state` and what its actions depend on. */
export const nominationState = (row: Pick<NominationRow, 'nomination'>): 'none' | 'nominated' | 'sent' | 'answered' =>
  !row.nomination ? 'none' : row.nomination.answer ? 'answered' : row.nomination.sent ? 'sent' : 'nominated';

const releaseCell = (row: NominationRow) => {
  const release = row.release;
  if (!row.force) return h('td', { 'data-column': 'release' }, t('admin.nominations.release.none'));
  const badge = release?.decision === 'approved' ? 'badge-ncb-validated' : release?.decision === 'refused' ? 'badge-ncb-declined' : 'badge-ncb-pending';
  return h(
    'td',
    { 'data-column': 'release' },
    h('span', { class: `badge ${badge}` }, t('admin.nominations.release', { decision: release?.decision ?? 'waiting', from: formatDay(release?.from ?? ''), until: formatDay(release?.until ?? '') })),
  );
};

/** The nomination so far, one line a step: nominated (by whom), sent, the mission's answer and HR's note. */
const nominationCell = (row: NominationRow) => {
  const nomination = row.nomination;
  if (!nomination) return h('td', { 'data-column': 'nomination' }, t('admin.nominations.state.none'));
  const answer = nomination.answer;
  return h(
    'td',
    { 'data-column': 'nomination' },
    h('div', {}, t('admin.nominations.state.nominated', { date: formatDateTime(nomination.nominatedAt) })),
    // An address and HR's note are isolated in the page's sentence, so that neither reorders it (Arabic).
    h('div', { class: 'hint' }, ...rich('admin.nominations.state.by', { by: h('bdi', { dir: 'ltr' }, nomination.nominatedBy) })),
    nomination.sent ? h('div', {}, t('admin.nominations.state.sent', { date: formatDay(nomination.sent.on) })) : false,
    answer
      ? h(
          'div',
          {},
          h(
            'span',
            { class: `badge ${answer.outcome === 'selected' ? 'badge-ncb-validated' : answer.outcome === 'reserve' ? 'badge-ncb-pending' : 'badge-ncb-declined'}` },
            t('admin.nominations.state.answer', { outcome: answer.outcome === 'not-selected' ? 'notSelected' : answer.outcome, date: formatDay(answer.on) }),
          ),
        )
      : false,
    answer?.note ? h('div', { class: 'hint' }, ...rich('admin.nominations.state.note', { note: h('bdi', { dir: 'auto' }, answer.note) })) : false,
  );
};

interface RowActions {
  nominate(row: NominationRow, button: HTMLButtonElement): void;
  package(row: NominationRow): void;
  open(row: NominationRow, step: NominationStep): void;
}

const actionButton = (action: string, text: string, label: string, onClick: (button: HTMLButtonElement) => void, quiet = true) => {
  const button = h('button', { type: 'button', class: quiet ? 'button button-quiet button-small' : 'button button-small', 'data-action': action, 'aria-label': label }, text);
  button.addEventListener('click', () => onClick(button));
  return button;
};

/** The actions a row's state allows: nominate (disabled, with the reason beside it, when it cannot be); withdraw before the package goes; the package, sent and the answer after. */
const actionsCell = (row: NominationRow, board: NominationBoard, actions: RowActions) => {
  const state = nominationState(row);
  const name = row.name;
  if (state === 'none') {
    const whyId = `nomination-why-${row.id}`;
    const button = actionButton('nominate', t('admin.nominations.nominate'), t('admin.nominations.nominate.label', { name }), (button) => actions.nominate(row, button), false);
    if (!row.canNominate) {
      button.disabled = true;
      button.setAttribute('aria-describedby', whyId);
    }
    return h('td', { 'data-column': 'actions' }, h('div', { class: 'release-actions' }, button), row.canNominate ? false : h('p', { class: 'hint', id: whyId, 'data-why': row.blockedBy ?? '' }, whyText(row, board)));
  }
  const buttons: Child[] = [
    actionButton('package', t('admin.nominations.package'), t('admin.nominations.package.label', { name }), () => actions.package(row)),
    state === 'nominated' ? actionButton('sent', t('admin.nominations.sent'), t('admin.nominations.sent.label', { name }), () => actions.open(row, 'sent'), false) : false,
    // The answer once the package went. Once answered, the dialog opens on it: a reserve may still be selected, and the same
    // answer again sends whichever email could not be sent before (the API sends each once).
    state === 'sent' || state === 'answered' ? actionButton('answer', t('admin.nominations.answer'), t('admin.nominations.answer.label', { name }), () => actions.open(row, 'answer'), state === 'answered') : false,
    state === 'nominated' ? actionButton('withdraw', t('admin.nominations.withdraw'), t('admin.nominations.withdraw.label', { name }), () => actions.open(row, 'withdraw')) : false,
  ];
  return h('td', { 'data-column': 'actions' }, h('div', { class: 'release-actions' }, ...buttons));
};

const rowElement = (row: NominationRow, board: NominationBoard, actions: RowActions) =>
  h(
    'tr',
    { 'data-nomination': row.id, 'data-state': nominationState(row) },
    // The candidate's and the force's names stay as written, in their own direction.
    h('th', { scope: 'row', 'data-column': 'candidate' }, h('strong', { dir: 'auto' }, row.name), h('div', {}, categoryLabel(row.category)), row.force ? h('div', { class: 'hint', dir: 'auto' }, row.force.name) : false),
    h('td', { 'data-column': 'status' }, h('span', { class: `badge badge-${row.status}` }, statusLabel(row.status))),
    releaseCell(row),
    h('td', { 'data-column': 'missing' }, row.missing.length > 0 ? missingText(row.missing) : t('admin.nominations.missing.none')),
    nominationCell(row),
    actionsCell(row, board, actions),
  );

const showCall = (call: Call, board: NominationBoard) => {
  const mission = call.mission;
  byId('nominations-mission', HTMLElement).textContent = t('admin.nominations.mission', { mission: mission.mission, organisation: missionOrganisationLabel(mission.organisation) });
  byId('nominations-role', HTMLElement).textContent = t('admin.nominations.roleAndRank', { role: roleCategoryLabel(mission.roleCategory), rank: mission.rankSought });
  byId('nominations-duty-station', HTMLElement).textContent = t('admin.nominations.dutyStation', { location: call.location, timeZone: call.timeZone });
  byId('nominations-deadline-national', HTMLElement).textContent = t('admin.nominations.deadline.national', { date: formatDay(call.deadline) });
  byId('nominations-deadline-mission', HTMLElement).textContent = t('admin.nominations.deadline.mission', { date: formatDay(mission.missionDeadline) });
  byId('nominations-count', HTMLElement).textContent = t('admin.nominations.count', { nominated: board.nominated, allowed: board.allowed });
  byId('nominations-summary', HTMLElement).hidden = false;
};

export const nominationsView = (): NominationsView => {
  const section = byId('nominations-view', HTMLElement);
  const select = byId('nominations-call', HTMLSelectElement);
  const body = byId('nominations-rows', HTMLElement);
  let board: NominationBoard | undefined;

  // main.ts hides the views it lists when a tab is chosen; this one hides itself when another is.
  for (const tab of byId('view-tabs', HTMLElement).querySelectorAll<HTMLButtonElement>('.tab')) {
    tab.addEventListener('click', () => {
      section.hidden = tab.dataset.view !== 'nominations';
    });
  }

  /** The row and action the last step was taken on: focus goes back to that row once the board is drawn again. */
  let acted: { id: string; action: string } | undefined;
  const base = (vacancy: string, id: string) => `admin/nominations/${segment(vacancy)}/applications/${segment(id)}`;

  const draw = () => {
    if (!board) return;
    const shown = board;
    showCall(shown.call, shown);
    body.replaceChildren(...(shown.candidates.length > 0 ? shown.candidates.map((row) => rowElement(row, shown, actions)) : [h('tr', {}, h('td', { colspan: '6' }, t('admin.nominations.empty')))]));
    if (!acted) return;
    const row = body.querySelector<HTMLElement>(`tr[data-nomination="${CSS.escape(acted.id)}"]`);
    const again = row?.querySelector<HTMLElement>(`[data-action="${acted.action}"]:not([disabled])`) ?? row?.querySelector<HTMLElement>('[data-action]:not([disabled])');
    if (again && !byId('nomination-dialog', HTMLDialogElement).open) again.focus();
  };

  /** The board of the chosen call; an answer for a call no longer chosen is dropped. */
  const read = async () => {
    const asked = select.value;
    if (!asked) return;
    try {
      const answer = await staffApi<NominationBoard>('GET', `admin/nominations/${segment(asked)}`);
      if (asked !== select.value) return;
      board = answer;
      draw();
    } catch (error) {
      showMessage(t('admin.nominations.loadFailed', { reason: describeProblem(error) }), 'error');
    }
  };

  /** A row the API answered, in place of the old one, then the whole board again (the count and every row's cap). */
  const replace = (row: NominationRow) => {
    if (board) board = { ...board, candidates: board.candidates.map((old) => (old.id === row.id ? row : old)) };
    draw();
    void read();
  };

  const actions: RowActions = {
    nominate: async (row, button) => {
      if (!board) return;
      // One nomination at a time from this button; the board drawn again gives it back (or the next step's actions).
      button.disabled = true;
      acted = { id: row.id, action: 'package' };
      try {
        const answer = await staffApi<{ outcome: 'nominated' | 'unchanged'; row: NominationRow }>('POST', base(board.call.number, row.id), { json: { version: row.version } });
        showMessage(t('admin.nominations.nominated', { outcome: answer.outcome, name: row.name }), 'success');
        replace(answer.row);
      } catch (problem) {
        const current = currentRowOf<NominationRow>(problem);
        showMessage(current ? t('admin.nominations.changed', { name: row.name, version: current.version }) : t('admin.nominations.nominateFailed', { name: row.name, reason: describeProblem(problem) }), 'error');
        acted = { id: row.id, action: 'nominate' };
        if (current) replace(current);
        else void read();
      }
    },
    package: async (row) => {
      if (!board) return;
      acted = { id: row.id, action: 'package' };
      try {
        const answer = await staffApi<{ url: string; expiresAt: string; fileName: string; files: string[] }>('GET', `${base(board.call.number, row.id)}/package`);
        showMessage(t('admin.nominations.packageReady', { name: row.name, file: answer.fileName, count: answer.files.length }), 'success');
        // The short-lived link answers with the ZIP as an attachment: the browser downloads it and the page stays.
        window.location.assign(answer.url);
      } catch (problem) {
        showMessage(t('admin.nominations.packageFailed', { name: row.name, reason: describeProblem(problem) }), 'error');
      }
    },
    open: (row, step) => {
      if (!board) return;
      acted = { id: row.id, action: step === 'withdraw' ? 'nominate' : 'answer' };
      dialog.open(row, board.call.number, step);
    },
  };

  const dialog = nominationDialog(base, replace);

  const fill = async (): Promise<boolean> => {
    try {
      const { items } = await staffApi<{ items: StoredVacancy[] }>('GET', 'admin/vacancies');
      const calls = items.filter((item) => item.mission && item.status !== 'draft' && item.status !== 'cancelled');
      select.replaceChildren(...calls.map((item) => h('option', { value: item.number }, t('admin.nominations.callOption', { number: item.number, title: item.title, mission: item.mission?.mission ?? '' }))));
      if (calls.length === 0) body.replaceChildren(h('tr', {}, h('td', { colspan: '6' }, t('admin.nominations.noCalls'))));
      return calls.length > 0;
    } catch (error) {
      showMessage(t('admin.nominations.callsFailed', { reason: describeProblem(error) }), 'error');
      return false;
    }
  };

  select.addEventListener('change', () => {
    acted = undefined;
    void read();
  });

  return {
    async load() {
      if (await fill()) await read();
    },
  };
};
