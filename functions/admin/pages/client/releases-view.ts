/**
 * The Releases tab (issue 18, point 4; shared/release/): a sending unit's serving officers who
 * applied to live calls, waiting ones first (the API's order), one row each with the call, its
 * mission and deadlines, and their force's decision so far. A force approver approves or refuses
 * each one's release in the dialog (release-dialog.ts); HR and admins read the same rows without
 * the actions, since only the officer's force decides. A plain table: tens of rows, not thousands.
 */
import type { ReleaseRow } from '#shared/release/release-row.js';
import { byId, h } from '../../../pages/client/dom.js';
import { t } from '../../../pages/client/words.js';
import { personName as fullName } from '#shared/i18n/names.js';
import { formatDateTime, formatDay, statusLabel } from './labels.js';
import { showMessage } from './messages.js';
import { releaseDialog, type ReleaseChoice } from './release-dialog.js';
import { mayRelease, type SignedInUser } from './signed-in-user.js';
import { describeProblem, staffApi } from './staff-api.js';

export interface ReleasesView {
  load(): Promise<void>;
}

/** The force's decision so far: the period released, the refusal and its reason, or waiting; who decided and when. */
const decisionCell = (row: ReleaseRow) => {
  const release = row.release;
  if (!release) return h('td', { 'data-column': 'decision' }, h('span', { class: 'badge badge-ncb-pending' }, t('admin.releases.state', { decision: 'waiting', from: '', until: '' })));
  const approved = release.decision === 'approved';
  return h(
    'td',
    { 'data-column': 'decision' },
    h(
      'span',
      { class: `badge ${approved ? 'badge-ncb-validated' : 'badge-ncb-declined'}` },
      t('admin.releases.state', { decision: release.decision, from: formatDay(release.from ?? ''), until: formatDay(release.until ?? '') }),
    ),
    !approved && release.note ? h('div', { class: 'release-reason', dir: 'auto' }, t('admin.releases.reason', { note: release.note })) : false,
    h('div', { class: 'hint' }, t('admin.releases.decidedBy', { by: release.by, date: formatDateTime(release.at) })),
  );
};

/** One officer's row; `decide` opens the dialog, for a force approver only. */
const releaseRowElement = (row: ReleaseRow, decide: ((row: ReleaseRow, choice: ReleaseChoice) => void) | undefined) => {
  const name = fullName(row);
  const action = (choice: ReleaseChoice) => {
    const button = h(
      'button',
      { type: 'button', class: choice === 'approved' ? 'button button-small' : 'button button-quiet button-small', 'data-action': choice, 'aria-label': t(choice === 'approved' ? 'admin.releases.approve.label' : 'admin.releases.refuse.label', { name }) },
      t(choice === 'approved' ? 'admin.releases.approve' : 'admin.releases.refuse'),
    );
    button.addEventListener('click', () => decide?.(row, choice));
    return button;
  };
  const { call } = row;
  // The officer's and the call's own words (names, titles, places) stay as written, in their own direction.
  return h(
    'tr',
    { 'data-release': row.id, 'data-state': row.release?.decision ?? 'waiting' },
    h('th', { scope: 'row', 'data-column': 'officer' }, h('strong', { dir: 'auto' }, name), h('div', { dir: 'auto' }, row.currentTitle), h('div', { class: 'hint', dir: 'auto' }, row.force.name)),
    h('td', { 'data-column': 'lineManager' }, row.lineManager ? h('div', { dir: 'auto' }, row.lineManager) : false, row.lineManagerEmail ? h('div', { class: 'hint', dir: 'ltr' }, row.lineManagerEmail) : false),
    h(
      'td',
      { 'data-column': 'call' },
      h('strong', { dir: 'ltr' }, call.number),
      ' ',
      h('span', { dir: 'auto' }, call.title),
      call.mission ? h('div', {}, t('admin.releases.mission', { mission: call.mission, organisation: call.organisation ?? '' })) : false,
      call.location ? h('div', { class: 'hint' }, t('admin.releases.dutyStation', { location: call.location })) : false,
    ),
    h(
      'td',
      { 'data-column': 'deadlines' },
      h('div', {}, t('admin.releases.deadline.national', { date: formatDay(call.deadline) })),
      call.missionDeadline ? h('div', {}, t('admin.releases.deadline.mission', { date: formatDay(call.missionDeadline) })) : false,
    ),
    h('td', { 'data-column': 'status' }, h('span', { class: `badge badge-${row.status}` }, statusLabel(row.status))),
    decisionCell(row),
    decide ? h('td', { 'data-column': 'actions' }, h('div', { class: 'release-actions' }, action('approved'), action('refused'))) : false,
  );
};

export const releasesView = (user: SignedInUser): ReleasesView => {
  const section = byId('releases-view', HTMLElement);
  const body = byId('releases-rows', HTMLElement);
  const count = byId('releases-count', HTMLElement);
  const decider = mayRelease(user);
  let rows: ReleaseRow[] = [];

  // main.ts hides the views it lists when a tab is chosen; this one hides itself when another is.
  for (const tab of byId('view-tabs', HTMLElement).querySelectorAll<HTMLButtonElement>('.tab')) {
    tab.addEventListener('click', () => {
      section.hidden = tab.dataset.view !== 'releases';
    });
  }

  const showCount = () => {
    count.textContent = t('admin.releases.count', { total: rows.length, waiting: rows.filter((row) => !row.release).length });
  };

  /** The row the dialog was opened on, and with which action: focus goes back to that action once the dialog closes. */
  let opened: { id: string; choice: ReleaseChoice } | undefined;
  const decide = (row: ReleaseRow, choice: ReleaseChoice) => {
    opened = { id: row.id, choice };
    dialog.open(row, choice);
  };
  const element = (row: ReleaseRow) => releaseRowElement(row, decider ? decide : undefined);

  /** The API's row in place of the old one, in the same place (the dialog's answer, or a 409's row as it stands now). */
  const replace = (row: ReleaseRow) => {
    rows = rows.map((old) => (old.id === row.id ? row : old));
    const old = body.querySelector<HTMLElement>(`tr[data-release="${CSS.escape(row.id)}"]`);
    if (!old) return;
    const next = element(row);
    old.replaceWith(next);
    showCount();
    const action = opened?.id === row.id ? next.querySelector<HTMLElement>(`[data-action="${opened.choice}"]`) : null;
    // After the dialog closed (it stays open on a 409), the old row's button being gone.
    setTimeout(() => {
      if (action && !byId('release-dialog', HTMLDialogElement).open) action.focus();
    }, 0);
  };
  const dialog = releaseDialog(replace);

  return {
    async load() {
      byId('releases-intro', HTMLElement).textContent = t('admin.releases.intro', { reader: decider ? 'force' : 'other' });
      byId('releases-actions-heading', HTMLElement).hidden = !decider;
      try {
        ({ items: rows } = await staffApi<{ items: ReleaseRow[] }>('GET', 'admin/releases'));
        const columns = decider ? '7' : '6';
        body.replaceChildren(...(rows.length > 0 ? rows.map(element) : [h('tr', {}, h('td', { colspan: columns }, t('admin.releases.empty')))]));
        showCount();
      } catch (error) {
        showMessage(t('admin.releases.loadFailed', { reason: describeProblem(error) }), 'error');
      }
    },
  };
};
