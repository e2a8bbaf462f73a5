import { Conflict } from '../errors.js';
import type { StaffPrincipal } from '../staff/principal.js';
import type { LetterDependencies } from './dependencies.js';
import { vacancyOf } from './send-letters.js';
import { applySetting, type LettersSetting, type SettingBody } from './settings.js';
import { StaleLettersSetting } from './store.js';

/** HR turns automatic letter kinds on or off for a vacancy, at the revision read; audited; a change of nothing writes nothing. */
export const saveLettersSetting = async (deps: LetterDependencies, principal: StaffPrincipal, number: string, body: SettingBody, now: Date): Promise<LettersSetting> => {
  await vacancyOf(deps, number);
  const current = await deps.settings.get(number);
  const stale = () => new Conflict(`The letters setting of vacancy ${number} was changed by someone else (it is now at revision ${current.revision}): read it again.`);
  const { next, audit } = applySetting(current, body, principal.email, now.toISOString());
  if (Object.keys(audit.changes).length === 0) return current;
  if (body.revision !== current.revision) throw stale();
  try {
    await deps.settings.save(next, current.revision, audit);
  } catch (error) {
    if (error instanceof StaleLettersSetting) throw stale();
    throw error;
  }
  return next;
};
