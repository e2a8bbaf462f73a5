/**
 * What a panel marks (issue 16, point 1): criteria drawn from the vacancy's notice, each with a
 * weight. A criterion's id is derived from the notice part it comes from (`duty-2`, `language-en`),
 * never from its position in the panel, so a member's draft keeps its scores when HR reorders them.
 */
import type { VacancyNotice } from '../vacancies/notice-schema.js';

export const criterionKinds = ['experience', 'duty', 'language', 'competency', 'other'] as const;
export type CriterionKind = (typeof criterionKinds)[number];

/** A criterion the notice offers: HR picks among them and gives each a weight. */
export interface CriterionOption {
  id: string;
  kind: CriterionKind;
  label: string;
}

/** A criterion of a panel, as stored and shown. */
export interface Criterion extends CriterionOption {
  /** A positive integer: the combined mark weighs each criterion's mean by it. */
  weight: number;
}

/** The id of the one criterion HR may add that the notice does not name. */
export const OTHER_CRITERION = 'other';

const languageNames = new Intl.DisplayNames(['en'], { type: 'language' });
const languageName = (code: string): string => languageNames.of(code) ?? code;

/**
 * Every criterion the notice offers, in the notice's order: its experience, each duty with a
 * title, each required language (alternatives as one: "English or French"), and the competencies
 * (abilities, then aptitudes). A notice without a part offers nothing for it.
 */
export const criterionOptions = (notice: VacancyNotice | undefined): CriterionOption[] => {
  if (!notice) return [];
  const options: CriterionOption[] = [];
  if (notice.experience) {
    const years = notice.experience.minimumYears;
    options.push({ id: 'experience', kind: 'experience', label: years ? `Experience (at least ${years} years)` : 'Experience' });
  }
  for (const [index, duty] of (notice.duties ?? []).entries()) {
    if (duty.title) options.push({ id: `duty-${index + 1}`, kind: 'duty', label: duty.title });
  }
  const required = (notice.languages ?? []).filter((language) => language.need === 'required');
  const groups = new Map<string, string[]>();
  for (const language of required) {
    const group = language.either === undefined ? `alone-${language.language}` : `either-${language.either}`;
    groups.set(group, [...(groups.get(group) ?? []), language.language]);
  }
  for (const codes of groups.values()) {
    options.push({ id: `language-${codes.join('-')}`, kind: 'language', label: codes.map(languageName).join(' or ') });
  }
  for (const [index, ability] of (notice.abilities ?? []).entries()) options.push({ id: `ability-${index + 1}`, kind: 'competency', label: ability.text });
  for (const [index, aptitude] of (notice.aptitudes ?? []).entries()) options.push({ id: `aptitude-${index + 1}`, kind: 'competency', label: aptitude });
  return options;
};
