import { formatCalendarDate, formatNumber } from '#shared/i18n/format.js';
import type { MissionPost } from '#shared/profiles/mission.js';
import type { Vacancy } from '#shared/vacancies/schema.js';
import { deadlineText, durationText, fact, vacancyText } from './form-fields.js';
import { html, type SafeHtml } from './html.js';
import type { PageWords } from './page-words.js';
import { roleCategoryWords } from './profile-words.js';

/** The mission's own deadline, a day in the duty station (shared/profiles/mission.ts), and what the unit does before it. */
export const missionDeadlineText = (words: PageWords, mission: Pick<MissionPost, 'missionDeadline'>): string =>
  words.t('form.mission.missionDeadline.date', { date: formatCalendarDate(words.language, mission.missionDeadline) });

/**
 * A call for a mission post's facts (issue 18, point 2): the mission and who runs it, the role
 * category, the rank sought, duty station and duration as a vacancy's, and both deadlines, each
 * labelled: the national one (the call's `deadline`, said as a vacancy's is) and the mission's.
 */
export const missionFacts = (words: PageWords, vacancy: Vacancy, mission: MissionPost): SafeHtml => html`${fact(words.t('form.mission.name'), vacancyText(words, mission.mission))}
    ${fact(words.t('form.mission.runBy'), words.t('form.mission.organisation', { organisation: mission.organisation }))}
    ${fact(words.t('form.mission.roleCategory'), words.t(roleCategoryWords[mission.roleCategory]))}
    ${fact(words.t('form.mission.rankSought'), vacancyText(words, mission.rankSought))}
    ${fact(words.t('form.fact.grade'), vacancyText(words, vacancy.grade))}
    ${fact(words.t('form.fact.dutyStation'), vacancyText(words, vacancy.location))}
    ${fact(words.t('form.fact.duration'), durationText(words, vacancy))}
    ${fact(words.t('form.fact.clearance'), vacancy.clearance)}
    ${fact(words.t('form.fact.posts'), formatNumber(words.language, vacancy.posts))}
    ${fact(words.t('form.mission.nationalDeadline'), deadlineText(words, vacancy))}
    ${fact(words.t('form.mission.missionDeadline'), missionDeadlineText(words, mission))}`;
