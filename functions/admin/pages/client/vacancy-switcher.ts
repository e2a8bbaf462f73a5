/** The vacancy switcher: each vacancy with its count of applications, and the chosen one's counts by status. */
import { applicationStatuses, type ApplicationStatus } from '#shared/applications/status-machine.js';
import { byId, h } from '../../../pages/client/dom.js';
import type { VacancySummary } from './answers.js';
import { eligibilityStates, formatDay, statusLabel, type EligibilityState } from './labels.js';
import { t } from '../../../pages/client/words.js';
import { staffApi, StaffApiError } from './staff-api.js';
import { circularLine, loadCircularCounts } from './circular-counts.js';
import { callTitle } from './mission-labels.js';

export interface SwitcherEvents {
  /** '' is "all vacancies" (an NCB officer's whole country). */
  onVacancy(vacancy: string): void;
  onStatus(status: ApplicationStatus | undefined): void;
  /** A chip of the eligibility counts: show only the rows in that state. */
  onEligibility(state: EligibilityState): void;
}

export interface VacancySwitcher {
  load(): Promise<string>;
  selected(): string;
  /** Counts from the rows in the grid (statuses, and whether each meets its notice's requirements), once they are loaded. */
  countFromRows(statuses: readonly ApplicationStatus[], incomplete: number, unconfirmed: number, eligibility?: readonly EligibilityState[]): void;
  title(vacancy: string): string;
}

const optionText = (summary: VacancySummary) =>
  t('admin.grid.switcher.option', { status: summary.vacancyStatus, vacancy: summary.vacancy, title: callTitle(summary.title, summary.mission), total: summary.total, deadline: formatDay(summary.deadline) });

export const vacancySwitcher = (allowAll: boolean, events: SwitcherEvents): VacancySwitcher => {
  const select = byId('vacancy-select', HTMLSelectElement);
  const counts = byId('vacancy-counts', HTMLElement);
  let summaries: VacancySummary[] = [];
  /** HR's line on the chosen vacancy's circular (sent, bounced, acknowledged), kept across the counts' redraws. */
  let circular: HTMLElement | undefined;

  // Counts of received applications; those whose address is not confirmed yet are a chip apart, in no other count.
  const showCounts = (byStatus: Partial<Record<ApplicationStatus, number>>, total: number, incomplete: number, unconfirmed = 0, eligibility: Partial<Record<EligibilityState, number>> = {}) => {
    const chip = (label: string, count: number, status?: ApplicationStatus) => {
      const button = h('button', { type: 'button', class: `chip${status ? ` chip-${status}` : ''}`, 'aria-label': t('admin.grid.switcher.chip', { label, count }) }, label, ' ', h('strong', {}, String(count)));
      button.addEventListener('click', () => events.onStatus(status));
      return button;
    };
    counts.replaceChildren(
      chip(t('admin.grid.switcher.allChip'), total),
      ...applicationStatuses.filter((status) => (byStatus[status] ?? 0) > 0).map((status) => chip(statusLabel(status), byStatus[status] ?? 0, status)),
      ...(incomplete > 0 ? [h('span', { class: 'chip chip-warn' }, t('admin.grid.switcher.incomplete'), ' ', h('strong', {}, String(incomplete)))] : []),
      ...(unconfirmed > 0 ? [h('span', { class: 'chip chip-unconfirmed', title: t('admin.grid.switcher.unconfirmed.title') }, t('admin.grid.switcher.unconfirmed'), ' ', h('strong', {}, String(unconfirmed)))] : []),
      // Against the notice's requirements: advice for HR, each chip a filter of the grid's eligibility column.
      ...eligibilityStates
        .filter((state) => (eligibility[state] ?? 0) > 0)
        .map((state) => {
          const label = t('admin.grid.switcher.eligibility', { state });
          const count = eligibility[state] ?? 0;
          const button = h('button', { type: 'button', class: `chip chip-eligibility-${state}`, 'aria-label': t('admin.grid.switcher.chip', { label, count }) }, label, ' ', h('strong', {}, String(count)));
          button.addEventListener('click', () => events.onEligibility(state));
          return button;
        }),
      ...(circular && circular.dataset.circular === select.value ? [circular] : []),
    );
  };

  /**
   * The chosen vacancy's circular, for HR (the NCB's switcher offers "all vacancies" and has its
   * own Vacancies tab; the counts' route is HR's): a draft has none; a failure leaves the line out.
   */
  const showCircular = async (summary: VacancySummary | undefined) => {
    circular = undefined;
    if (allowAll || !summary || summary.vacancyStatus === 'draft') return;
    try {
      const answer = await loadCircularCounts(summary.vacancy);
      // Another vacancy chosen meanwhile, or none sent yet: nothing to say.
      if (select.value !== summary.vacancy || answer.editions === 0) return;
      circular = circularLine(answer);
      counts.append(circular);
    } catch {
      circular = undefined;
    }
  };

  select.addEventListener('change', () => {
    // The address names the vacancy shown, so a reload or a shared link opens the same one.
    window.history.replaceState(null, '', select.value ? `#vacancy=${encodeURIComponent(select.value)}` : window.location.pathname);
    const summary = summaries.find((one) => one.vacancy === select.value);
    if (summary) showCounts(summary.counts, summary.total, summary.incomplete, summary.unconfirmed);
    void showCircular(summary);
    events.onVacancy(select.value);
  });

  return {
    async load() {
      try {
        summaries = (await staffApi<{ items: VacancySummary[] }>('GET', 'admin/applications/summary')).items;
      } catch (error) {
        if (!(error instanceof StaffApiError) || error.status !== 404) throw error;
        // Without the summary route, the public list names the vacancies (no counts until rows load).
        const { items } = await staffApi<{ items: Array<{ number: string; title: string; status: VacancySummary['vacancyStatus']; deadline: string }> }>('GET', 'vacancies?status=all');
        summaries = items.map((vacancy) => ({ vacancy: vacancy.number, title: vacancy.title, vacancyStatus: vacancy.status, deadline: vacancy.deadline, counts: {}, total: 0, incomplete: 0, unconfirmed: 0 }));
      }
      // Open vacancies first, the nearest deadline first (the work of the day); then the others, latest first.
      const open = (summary: VacancySummary) => summary.vacancyStatus === 'open';
      summaries.sort((a, b) => Number(open(b)) - Number(open(a)) || (open(a) ? a.deadline.localeCompare(b.deadline) : b.deadline.localeCompare(a.deadline)));
      const previous = select.value;
      select.replaceChildren(
        ...(allowAll ? [h('option', { value: '' }, t('admin.grid.switcher.all'))] : []),
        ...summaries.map((summary) => h('option', { value: summary.vacancy }, optionText(summary))),
      );
      // A link such as the HR digest's (`/admin#vacancy=1701`) names the vacancy to open.
      const asked = new URLSearchParams(window.location.hash.slice(1)).get('vacancy');
      const chosen =
        summaries.find((one) => one.vacancy === previous) ??
        summaries.find((one) => one.vacancy === asked) ??
        summaries.find((one) => one.total > 0) ??
        summaries[0];
      select.value = allowAll && !chosen ? '' : (chosen?.vacancy ?? '');
      const summary = summaries.find((one) => one.vacancy === select.value);
      if (summary) showCounts(summary.counts, summary.total, summary.incomplete, summary.unconfirmed);
      void showCircular(summary);
      return select.value;
    },
    selected: () => select.value,
    countFromRows(statuses, incomplete, unconfirmed, eligibility = []) {
      const byStatus: Partial<Record<ApplicationStatus, number>> = {};
      for (const status of statuses) byStatus[status] = (byStatus[status] ?? 0) + 1;
      const byEligibility: Partial<Record<EligibilityState, number>> = {};
      for (const state of eligibility) byEligibility[state] = (byEligibility[state] ?? 0) + 1;
      showCounts(byStatus, statuses.length, incomplete, unconfirmed, byEligibility);
    },
    title: (vacancy) => summaries.find((one) => one.vacancy === vacancy)?.title ?? '',
  };
};
