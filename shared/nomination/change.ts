import type { Application } from '../applications/application.js';
import { StaleVersion, type AuditEntry, type NominationAction } from '../applications/store.js';
import type { StaffPrincipal } from '../staff/principal.js';
import { openCall, openCandidate, type MissionCall } from './call.js';
import { nominatedNow } from './counting.js';
import type { NominationDependencies, NominationOutcome } from './nominate.js';
import type { MissionNomination } from './nomination.js';
import { nominationRow } from './row.js';
import { staleNomination } from './stale.js';

/** What a step does to a nomination: `same` when it is already so (a retry), else the nomination after it (none: withdrawn). */
export type NominationStep = { same: true } | { same: false; action: NominationAction; next: MissionNomination | undefined; reason?: string };

/**
 * A step of a nomination after it was made (withdrawn, sent, answered), at the version HR read:
 * `step` judges it on the application and its call and throws what it refuses; the change and its
 * audit entry are one write. The same step again writes nothing, at any version.
 */
export const changeNomination = async (
  deps: NominationDependencies,
  principal: StaffPrincipal,
  vacancy: string,
  id: string,
  version: number,
  now: Date,
  step: (application: Application, call: MissionCall) => NominationStep,
): Promise<NominationOutcome & { application: Application; call: MissionCall }> => {
  const call = await openCall(deps.vacancies, vacancy);
  const application = await openCandidate(deps.applications, call, id);
  // The places held matter only to a row that can still be nominated (a withdrawn nomination's).
  const rowOf = async (stored: Application) =>
    nominationRow(stored, call, deps.forces, stored.nomination ? 0 : (await nominatedNow(deps.applications, vacancy, id)).holding.length, now);
  const judged = step(application, call);
  if (judged.same) return { outcome: 'unchanged', row: await rowOf(application), application, call };
  if (application.version !== version) throw await staleNomination(deps, call, id, now);
  const at = now.toISOString();
  const audit: AuditEntry = {
    at,
    by: principal.email,
    action: judged.action,
    changes: {
      nomination: { from: application.nomination ?? null, to: judged.next ?? null },
      ...(judged.reason ? { reason: { from: null, to: judged.reason } } : {}),
    },
  };
  try {
    const stored = await deps.applications.update(id, version, { nomination: judged.next, updatedAt: at }, audit, application);
    return { outcome: 'applied', row: await rowOf(stored), application: stored, call };
  } catch (error) {
    if (error instanceof StaleVersion) throw await staleNomination(deps, call, id, now);
    throw error;
  }
};
