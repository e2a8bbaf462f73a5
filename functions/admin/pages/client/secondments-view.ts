/**
 * The Secondments tab (issue 17, points 1 and 2; docs/secondments.md): HR's secondments not ended,
 * by last day, and the form that makes one of an appointed application; an NCB officer's own
 * country's, ended ones too (the API chooses by the sign-in). A row opens the record
 * (secondment-record.ts). A plain list, the way into a record; the serving secondees in a grid are
 * the Roster tab's (point 4, roster-view.ts).
 */
import type { SecondmentView } from '#shared/secondments/view.js';
import { byId, h } from '../../../pages/client/dom.js';
import { t } from '../../../pages/client/words.js';
import { showMessage } from './messages.js';
import { dayText, officerName, secondmentRecord } from './secondment-record.js';
import type { SignedInUser } from './signed-in-user.js';
import { mayEdit } from './signed-in-user.js';
import { describeProblem, staffApi } from './staff-api.js';

export const secondmentsView = (user: SignedInUser) => {
  const hr = mayEdit(user);
  const section = byId('secondments-view', HTMLElement);
  const list = byId('secondments-list', HTMLElement);
  const rows = byId('secondments-rows', HTMLElement);
  const state = byId('secondments-state', HTMLElement);
  const create = byId('secondment-create', HTMLFormElement);

  // main.ts hides the views it lists when a tab is chosen; this one hides itself when another is.
  for (const tab of byId('view-tabs', HTMLElement).querySelectorAll<HTMLButtonElement>('.tab')) {
    tab.addEventListener('click', () => {
      section.hidden = tab.dataset.view !== 'secondments';
    });
  }

  const showList = () => {
    record.hide();
    list.hidden = false;
    create.hidden = !hr;
    void load();
  };
  const record = secondmentRecord({ hr, ncb: !hr && Boolean(user.country) }, showList);

  const openRecord = async (id: string) => {
    try {
      await record.open(id);
      list.hidden = true;
      create.hidden = true;
      state.textContent = '';
    } catch (error) {
      showMessage(t('admin.secondments.failed', { detail: describeProblem(error) }), 'error');
    }
  };

  const line = (secondment: SecondmentView) => {
    const name = officerName(secondment);
    const open = h('button', { type: 'button', class: 'button button-small', 'aria-label': t('admin.secondments.openOf', { name }) }, t('admin.secondments.open'));
    open.addEventListener('click', () => void openRecord(secondment.id));
    return h(
      'tr',
      { 'data-secondment': secondment.id },
      h('th', { scope: 'row', dir: 'auto' }, name),
      h('td', {}, secondment.vacancy),
      h('td', { dir: 'auto' }, `${secondment.unit}, ${secondment.dutyStation}`),
      h('td', {}, t('admin.secondments.type', { type: secondment.type })),
      h('td', {}, t('admin.secondments.runValue', { firstDay: dayText(secondment.firstDay), lastDay: dayText(secondment.lastDay) })),
      h('td', {}, t('admin.secondments.stateValue', { state: secondment.state })),
      h('td', {}, t('admin.secondments.roomValue', { left: secondment.room.left, limit: secondment.room.limit })),
      h('td', {}, open),
    );
  };

  const load = async () => {
    try {
      const { secondments } = await staffApi<{ secondments: SecondmentView[] }>('GET', 'admin/secondments');
      state.textContent = secondments.length === 0 ? t('admin.secondments.none') : '';
      rows.replaceChildren(...secondments.map(line));
    } catch (error) {
      showMessage(t('admin.secondments.failed', { detail: describeProblem(error) }), 'error');
    }
  };

  create.addEventListener('submit', (event) => {
    event.preventDefault();
    const application = byId('secondment-create-application', HTMLInputElement).value.trim();
    const firstDay = byId('secondment-create-first-day', HTMLInputElement).value;
    const months = byId('secondment-create-months', HTMLInputElement).value;
    const save = byId('secondment-create-save', HTMLButtonElement);
    save.disabled = true;
    void staffApi<{ secondment: SecondmentView }>('POST', 'admin/secondments', {
      json: { applicationId: application, ...(firstDay ? { firstDay } : {}), ...(months ? { months: Number(months) } : {}) },
    })
      .then(async ({ secondment }) => {
        create.reset();
        await openRecord(secondment.id);
        showMessage(`The secondment of ${officerName(secondment)} is recorded.`, 'success');
      })
      .catch((error: unknown) => showMessage(t('admin.secondments.failed', { detail: describeProblem(error) }), 'error'))
      .finally(() => {
        save.disabled = false;
      });
  });

  return {
    load: async () => {
      byId('secondments-ncb-intro', HTMLElement).hidden = hr;
      create.hidden = !hr;
      await load();
    },
    /** One secondment's record, as its row's Open does (the roster opens it: roster-view.ts). */
    open: (id: string) => openRecord(id),
  };
};
