/**
 * A sending unit's call on the status page (issue 18, point 2): the mission, who runs it, the role
 * category and the rank sought, and both deadlines, labelled, where the panel shows the vacancy's
 * facts. Read from `GET /vacancies/{number}` (the same answer as the notice's: notice.ts); a
 * vacancy without a mission, or a failed read, leaves the panel as it is.
 */
import { formatCalendarDate } from '#shared/i18n/format.js';
import { roleCategoryWords } from '../profile-words.js';
import { h } from './dom.js';
import { publicVacancy } from './notice.js';
import { inEnglish, language, t } from './words.js';

const row = (term: string, value: Node | string, id: string) => h('div', { class: 'fact', 'data-fact': id }, h('dt', {}, term), h('dd', {}, value));

export const showMission = async (panel: HTMLElement, number: string): Promise<void> => {
  const vacancy = await publicVacancy(number).catch(() => undefined);
  const mission = vacancy?.mission;
  const deadline = panel.querySelector<HTMLElement>('[data-fact="deadline"]');
  if (!mission || !deadline || panel.querySelector('[data-fact="mission"]')) return;
  const term = deadline.querySelector('dt');
  if (term) term.textContent = t('form.mission.nationalDeadline');
  deadline.before(
    row(t('form.mission.name'), inEnglish(mission.mission), 'mission'),
    row(t('form.mission.runBy'), t('form.mission.organisation', { organisation: mission.organisation }), 'organisation'),
    row(t('form.mission.roleCategory'), t(roleCategoryWords[mission.roleCategory]), 'roleCategory'),
    row(t('form.mission.rankSought'), inEnglish(mission.rankSought), 'rankSought'),
  );
  deadline.after(
    row(t('form.mission.missionDeadline'), t('form.mission.missionDeadline.date', { date: formatCalendarDate(language, mission.missionDeadline) }), 'missionDeadline'),
  );
};
