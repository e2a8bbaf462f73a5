import type { Vacancy } from '../vacancies/schema.js';
import type { LetterDependencies } from './dependencies.js';
import { startingSetting, type LettersSetting } from './settings.js';

/** The letters setting `vacancy` works by: the stored one, or the default for when it was published. */
export const settingOf = async (deps: Pick<LetterDependencies, 'settings' | 'automaticFrom'>, vacancy: Pick<Vacancy, 'number' | 'publishedAt'>): Promise<LettersSetting> =>
  startingSetting(await deps.settings.get(vacancy.number), vacancy.publishedAt, deps.automaticFrom);
