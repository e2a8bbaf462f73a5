/**
 * The Experts tab (issue 18, point 7; shared/expert-roster/), HR's and admins' on a sending unit's
 * page: the roster of deployable civilian experts as a table (by family name, then given name, as
 * the API lists it), a search by name or field, add and edit in one dialog, remove after a
 * confirmation; below it, the matching of a call (./expert-matches.ts).
 */
import type { RosterExpert } from '#shared/expert-roster/expert.js';
import { personName } from '#shared/i18n/names.js';
import { intlLocale } from '#shared/i18n/languages.js';
import { addDays, dateIn } from '#shared/time/zoned.js';
import { byId, h } from '../../../pages/client/dom.js';
import { language, t } from '../../../pages/client/words.js';
import { expertDialog } from './expert-dialog.js';
import { expertMatches } from './expert-matches.js';
import { formatDay, languageName, shownTimeZone } from './labels.js';
import { showMessage } from './messages.js';
import { roleCategoryLabel } from './mission-labels.js';
import { describeProblem, segment, staffApi } from './staff-api.js';

export interface ExpertsView {
  load(): Promise<void>;
}

/** A vetting this close to its end is flagged: a deployment's paperwork takes about that long. */
const VETTING_WARNING_DAYS = 90;

const list = new Intl.ListFormat(intlLocale(language), { type: 'conjunction' });

/** The working languages in words, each with its level ("Russian C1"). */
export const languagesText = (languages: RosterExpert['languages']): string => list.format(languages.map((entry) => `${languageName(entry.language)} ${entry.level}`));

/** Where a vetting stands on `today`, as a code in no language: the cell's `data-vetting` and its flag. */
export const vettingState = (expiresOn: string | undefined, today: string): 'none' | 'expired' | 'soon' | 'valid' =>
  expiresOn === undefined ? 'none' : expiresOn < today ? 'expired' : expiresOn <= addDays(today, VETTING_WARNING_DAYS) ? 'soon' : 'valid';

/** What the search box finds an expert by: the name, the address, and the fields in codes and in the page's words. */
const searchText = (expert: RosterExpert): string =>
  [personName(expert), expert.email, ...expert.fields, ...expert.fields.map(roleCategoryLabel)].join(' ').toLocaleLowerCase(intlLocale(language));

interface RowActions {
  edit(expert: RosterExpert): void;
  remove(expert: RosterExpert): void;
}

const rowElement = (expert: RosterExpert, today: string, actions: RowActions) => {
  const name = personName(expert);
  const vetting = vettingState(expert.vettingExpiresOn, today);
  const edit = h('button', { type: 'button', class: 'button button-quiet button-small', 'data-action': 'edit', 'aria-label': t('admin.experts.edit.label', { name }) }, t('admin.experts.edit'));
  edit.addEventListener('click', () => actions.edit(expert));
  const remove = h('button', { type: 'button', class: 'button button-quiet button-small', 'data-action': 'remove', 'aria-label': t('admin.experts.remove.label', { name }) }, t('admin.experts.remove'));
  remove.addEventListener('click', () => actions.remove(expert));
  return h(
    'tr',
    { 'data-expert': expert.id },
    // A name and an address stay as written, in their own direction.
    h('th', { scope: 'row', 'data-column': 'name' }, h('strong', { dir: 'auto' }, name), h('div', { class: 'hint' }, h('bdi', { dir: 'ltr' }, expert.email))),
    h('td', { 'data-column': 'fields' }, list.format(expert.fields.map(roleCategoryLabel))),
    h('td', { 'data-column': 'languages' }, languagesText(expert.languages)),
    h('td', { 'data-column': 'years' }, t('admin.experts.years', { years: expert.yearsOfExperience })),
    h(
      'td',
      { 'data-column': 'availability' },
      expert.availableUntil ? t('admin.experts.availability.range', { from: formatDay(expert.availableFrom), until: formatDay(expert.availableUntil) }) : t('admin.experts.availability.open', { from: formatDay(expert.availableFrom) }),
    ),
    h(
      'td',
      { 'data-column': 'vetting', 'data-vetting': vetting },
      vetting === 'none'
        ? t('admin.experts.vetting.none')
        : h('span', { class: vetting === 'expired' ? 'badge badge-ncb-declined' : vetting === 'soon' ? 'badge badge-ncb-pending' : '' }, t('admin.experts.vetting', { state: vetting, date: formatDay(expert.vettingExpiresOn ?? '') })),
    ),
    h(
      'td',
      { 'data-column': 'invited' },
      expert.invitations.length === 0 ? t('admin.experts.invited.none') : list.format(expert.invitations.map((one) => t('admin.experts.invited', { call: one.vacancy, date: formatDay(one.at.slice(0, 10)) }))),
    ),
    h('td', { 'data-column': 'actions' }, h('div', { class: 'release-actions' }, edit, remove)),
  );
};

export const expertsView = (now: () => Date): ExpertsView => {
  const section = byId('experts-view', HTMLElement);
  const body = byId('experts-rows', HTMLElement);
  const search = byId('experts-search', HTMLInputElement);
  const count = byId('experts-count', HTMLElement);
  const removeDialog = byId('expert-remove-dialog', HTMLDialogElement);
  const removeError = byId('expert-remove-error', HTMLElement);
  let experts: RosterExpert[] = [];
  let removing: RosterExpert | undefined;
  /** The row last acted on: focus goes back to it once the table is drawn again. */
  let acted: string | undefined;

  // main.ts hides the views it lists when a tab is chosen; this one hides itself when another is.
  for (const tab of byId('view-tabs', HTMLElement).querySelectorAll<HTMLButtonElement>('.tab')) {
    tab.addEventListener('click', () => {
      section.hidden = tab.dataset.view !== 'experts';
    });
  }

  const draw = () => {
    const today = dateIn(now(), shownTimeZone);
    const asked = search.value.trim().toLocaleLowerCase(intlLocale(language));
    const shown = asked ? experts.filter((expert) => searchText(expert).includes(asked)) : experts;
    const empty = experts.length === 0 ? t('admin.experts.empty') : t('admin.experts.noneFound');
    body.replaceChildren(...(shown.length > 0 ? shown.map((expert) => rowElement(expert, today, actions)) : [h('tr', {}, h('td', { colspan: '8' }, empty))]));
    count.textContent = t('admin.experts.count', { shown: shown.length, total: experts.length });
    if (!acted) return;
    const again = body.querySelector<HTMLElement>(`tr[data-expert="${CSS.escape(acted)}"] [data-action="edit"]`);
    if (again && !byId('expert-dialog', HTMLDialogElement).open) again.focus();
  };

  const read = async () => {
    try {
      experts = (await staffApi<{ items: RosterExpert[] }>('GET', 'admin/experts')).items;
      draw();
    } catch (error) {
      showMessage(t('admin.experts.loadFailed', { reason: describeProblem(error) }), 'error');
    }
  };

  /** An expert the API answered, in place of the old one (or added), then the roster again in the API's order. */
  const saved = (expert: RosterExpert) => {
    acted = expert.id;
    experts = experts.some((one) => one.id === expert.id) ? experts.map((one) => (one.id === expert.id ? expert : one)) : [...experts, expert];
    draw();
    void read();
  };

  const dialog = expertDialog(saved);
  const matches = expertMatches(() => void read());

  const actions: RowActions = {
    edit: (expert) => {
      acted = expert.id;
      dialog.open(expert);
    },
    remove: (expert) => {
      removing = expert;
      removeError.hidden = true;
      byId('expert-remove-text', HTMLElement).textContent = t('admin.experts.remove.confirm', { name: personName(expert) });
      removeDialog.showModal();
      byId('expert-remove-cancel', HTMLButtonElement).focus();
    },
  };

  byId('expert-remove-cancel', HTMLButtonElement).addEventListener('click', () => removeDialog.close());
  byId('expert-remove-form', HTMLFormElement).addEventListener('submit', async (event) => {
    event.preventDefault();
    const expert = removing;
    if (!expert) return;
    const yes = byId('expert-remove-yes', HTMLButtonElement);
    yes.disabled = true;
    try {
      await staffApi<unknown>('DELETE', `admin/experts/${segment(expert.id)}`);
      removeDialog.close();
      experts = experts.filter((one) => one.id !== expert.id);
      acted = undefined;
      draw();
      showMessage(t('admin.experts.removed', { name: personName(expert) }), 'success');
      search.focus();
      void read();
    } catch (problem) {
      removeError.textContent = t('admin.experts.removeFailed', { name: personName(expert), reason: describeProblem(problem) });
      removeError.hidden = false;
    } finally {
      yes.disabled = false;
    }
  });
  byId('experts-add', HTMLButtonElement).addEventListener('click', () => dialog.open());
  search.addEventListener('input', () => {
    acted = undefined;
    draw();
  });

  return {
    async load() {
      await Promise.all([read(), matches.load()]);
    },
  };
};
