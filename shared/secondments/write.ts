import { dateIn } from '../time/zoned.js';
import { secondmentChanged } from './problems.js';
import type { Secondment } from './secondment.js';
import { StaleSecondment, type SecondmentAuditEntry, type SecondmentStore } from './store.js';

/** The version the writer read is still the stored one, or a 409: read again, decide again. */
export const checkVersion = (secondment: Pick<Secondment, 'version'>, version: number): void => {
  if (secondment.version !== version) throw secondmentChanged();
};

/** The secondment's calendar day now, in its duty station. */
export const todayAt = (secondment: Pick<Secondment, 'timeZone'>, now: Date): string => dateIn(now, secondment.timeZone);

/**
 * Writes the change at the version read, with its audit entry, bumping the version; a write that
 * lost to another since (StaleSecondment) is the same 409 as a stale version sent.
 */
export const writeChange = async (
  store: Pick<SecondmentStore, 'update'>,
  current: Secondment,
  change: Partial<Secondment>,
  audit: Omit<SecondmentAuditEntry, 'at'>,
  now: Date,
): Promise<Secondment> => {
  const at = now.toISOString();
  const next: Secondment = { ...current, ...change, updatedAt: at, version: current.version + 1 };
  try {
    await store.update(next, current.version, { ...audit, at });
  } catch (error) {
    if (error instanceof StaleSecondment) throw secondmentChanged();
    throw error;
  }
  return next;
};
