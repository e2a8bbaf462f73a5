import type { Vacancy } from '../vacancies/schema.js';
import type { LetterDependencies } from './dependencies.js';
import { applySetting, startingSetting, type LettersSetting } from './settings.js';
import { StaleLettersSetting } from './store.js';

/**
 * The setting the letters job sends `vacancy`'s letters by. A vacancy published before the stage's
 * letters began (startingSetting) with no setting stored gets one now, every kind off, saved by
 * `system` with its audit entry: from then on HR's overview and its save read it as stored (only the
 * job is told the stage's start). A save of HR's racing it at revision 0 wins, and is read again.
 */
export const jobSettingOf = async (deps: Pick<LetterDependencies, 'settings' | 'automaticFrom'>, vacancy: Pick<Vacancy, 'number' | 'publishedAt'>, now: Date): Promise<LettersSetting> => {
  const stored = await deps.settings.get(vacancy.number);
  const starting = startingSetting(stored, vacancy.publishedAt, deps.automaticFrom);
  if (starting === stored) return stored;
  const { next, audit } = applySetting(stored, { revision: 0, automatic: starting.automatic }, 'system', now.toISOString());
  try {
    await deps.settings.save(next, 0, audit);
    return next;
  } catch (error) {
    if (error instanceof StaleLettersSetting) return deps.settings.get(vacancy.number);
    throw error;
  }
};
