/** An NCB officer's Vacancies tab: each published vacancy, their country's applications to it, and what those wait for from the NCB. */
import type { NcbVacancy } from '#shared/ncb/ncb-vacancies.js';
import type { NcbPendingItem } from '#shared/ncb/waiting.js';
import type { MessageKey } from '#shared/i18n/catalogues/index.js';
import { applicationStatuses } from '#shared/applications/status-machine.js';
import { formatList } from '#shared/i18n/format.js';
import { byId, h } from '../../../pages/client/dom.js';
import { language, t } from '../../../pages/client/words.js';
import { formatDateTime, formatDay, statusLabel } from './labels.js';
import { showMessage } from './messages.js';
import { describeProblem, segment, staffApi } from './staff-api.js';

/** What waits for the NCB, in its words (keys written out, never assembled). */
const waitingKeys: Record<NcbPendingItem, MessageKey> = {
  validation: 'admin.ncbVacancies.waiting.validation',
  confirmationLetter: 'admin.ncbVacancies.waiting.confirmationLetter',
  letterConfirmation: 'admin.ncbVacancies.waiting.letterConfirmation',
};
const waitingItems = Object.keys(waitingKeys) as NcbPendingItem[];

/** Whether the vacancy's circular reached the NCB and was acknowledged, in the NCB's words, with the button that acknowledges it. */
const circularState = (vacancy: NcbVacancy, acknowledge: (vacancy: string) => Promise<void>) => {
  const { circular } = vacancy;
  if (!circular) return h('div', { class: 'hint', 'data-circular': 'notSent' }, t('admin.circular.notSent'));
  if (circular.acknowledgedAt !== undefined) {
    return h('div', { class: 'hint', 'data-circular': 'acknowledged' }, t('admin.circular.acknowledged', { sent: formatDateTime(circular.sentAt), date: formatDateTime(circular.acknowledgedAt) }));
  }
  const button = h('button', { type: 'button', class: 'button button-quiet', 'aria-label': t('admin.circular.acknowledge.label', { number: vacancy.number }) }, t('admin.circular.acknowledge'));
  button.addEventListener('click', () => {
    button.setAttribute('disabled', '');
    void acknowledge(vacancy.number).finally(() => button.removeAttribute('disabled'));
  });
  const said = circular.edition > 1 ? t('admin.circular.amended', { date: formatDateTime(circular.sentAt) }) : t('admin.circular.sent', { date: formatDateTime(circular.sentAt) });
  return h('div', { class: 'hint', 'data-circular': 'sent' }, said, ' ', button);
};

const row = (vacancy: NcbVacancy, open: (vacancy: string) => void, acknowledge: (vacancy: string) => Promise<void>) => {
  const byStatus = applicationStatuses.filter((status) => (vacancy.counts[status] ?? 0) > 0).map((status) => `${statusLabel(status)} ${vacancy.counts[status]}`);
  const waiting = waitingItems.filter((item) => vacancy.waiting[item] > 0).map((item) => t(waitingKeys[item], { count: vacancy.waiting[item] }));
  const action = h('button', { type: 'button', class: 'button button-quiet', 'aria-label': t('admin.ncbVacancies.open.label', { number: vacancy.number }) }, t('admin.ncbVacancies.open'));
  action.addEventListener('click', () => open(vacancy.number));
  // The vacancy's own words (its title) stay in English, marked as such.
  return h(
    'tr',
    { 'data-vacancy': vacancy.number },
    h(
      'td',
      {},
      h('strong', {}, vacancy.number),
      ' ',
      h('span', { lang: 'en', dir: 'ltr' }, vacancy.title),
      vacancy.status === 'open' ? false : h('span', { class: 'badge' }, t('admin.ncbVacancies.closed')),
      // The circular sits under the vacancy it announced (the table's header row is the page's markup).
      circularState(vacancy, acknowledge),
    ),
    h('td', {}, formatDay(vacancy.deadline)),
    h('td', {}, t('admin.ncbVacancies.applications', { total: vacancy.total }), byStatus.length > 0 ? h('div', { class: 'hint' }, formatList(language, byStatus)) : false),
    h('td', { class: waiting.length > 0 ? 'waiting' : '' }, waiting.length > 0 ? formatList(language, waiting) : t('admin.ncbVacancies.waiting.none')),
    h('td', {}, t('admin.ncbVacancies.validated', { validated: vacancy.validated, limit: vacancy.maxValidatedPerCountry ?? 'none' })),
    h('td', {}, vacancy.total > 0 ? action : false),
  );
};

/** `open` shows a vacancy's applications in the grid (the vacancy switcher's choice). */
export const ncbVacanciesView = (open: (vacancy: string) => void) => {
  const view = {
    async load(): Promise<void> {
      const rows = byId('ncb-vacancies-rows', HTMLElement);
      try {
        const { items } = await staffApi<{ items: NcbVacancy[] }>('GET', 'admin/ncb-vacancies');
        rows.replaceChildren(...(items.length > 0 ? items.map((vacancy) => row(vacancy, open, acknowledge)) : [h('tr', {}, h('td', { colspan: '6' }, t('admin.ncbVacancies.empty')))]));
      } catch (error) {
        showMessage(t('admin.ncbVacancies.loadFailed', { reason: describeProblem(error) }), 'error');
      }
    },
  };
  /** The NCB's own country's circular (the server takes the country from the signed-in officer), then the tab again. */
  const acknowledge = async (number: string): Promise<void> => {
    try {
      await staffApi('POST', `admin/vacancies/${segment(number)}/circular/acknowledgement`);
      showMessage(t('admin.circular.acknowledgedNow', { number }), 'success');
      await view.load();
    } catch (error) {
      showMessage(t('admin.circular.acknowledgeFailed', { reason: describeProblem(error) }), 'error');
    }
  };
  return view;
};
