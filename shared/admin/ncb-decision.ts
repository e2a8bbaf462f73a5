import type { Application, NcbValidation } from '../applications/application.js';
import { isFinal } from '../applications/status-machine.js';
import { StaleVersion, type ApplicationStore, type AuditEntry } from '../applications/store.js';
import { Conflict, ValidationFailed } from '../errors.js';
import type { StaffPrincipal } from '../staff/principal.js';
import type { NcbDecision } from './application-edit.js';
import { applicationConflict, lostRace } from './edit-application.js';
import { screeningRuleBroken } from './ncb-rules.js';
import { toApplicationRow } from './application-row.js';
import { openForStaff } from './staff-application.js';

export type NcbDecisionOutcome = { outcome: 'applied' | 'unchanged'; application: Application };

const sameDecision = (recorded: NcbValidation | undefined, wanted: Omit<NcbValidation, 'at' | 'by'>): boolean =>
  recorded !== undefined &&
  recorded.decision === wanted.decision &&
  recorded.screeningAttested === wanted.screeningAttested &&
  (recorded.note ?? undefined) === (wanted.note ?? undefined);

/**
 * `POST /admin/applications/{id}/ncb`: the NCB validates or declines its national's application
 * (an officer of another country gets the 404 of an unknown id), at the version it saw. A
 * validation attests the equivalent of Basic screening; the decision and its author go into the
 * audit trail in the same transaction. The same decision again writes nothing.
 */
export const recordNcbDecision = async (
  store: ApplicationStore,
  principal: StaffPrincipal,
  id: string,
  body: NcbDecision,
  now: Date,
): Promise<NcbDecisionOutcome> => {
  const broken = screeningRuleBroken(body);
  if (broken) throw new ValidationFailed([{ path: 'body.screeningAttested', message: broken }]);
  const application = await openForStaff(store, principal, id);
  const wanted = { decision: body.decision, screeningAttested: body.screeningAttested, ...(body.note ? { note: body.note } : {}) };
  // The same decision again, at any version: a retry after a lost answer changes nothing.
  if (sameDecision(application.ncbValidation, wanted)) return { outcome: 'unchanged', application };
  if (application.version !== body.version) throw applicationConflict(toApplicationRow(application, principal));
  if (isFinal(application.status)) throw new Conflict(`A ${application.status} application takes no NCB decision.`);
  const at = now.toISOString();
  const ncbValidation: NcbValidation = { ...wanted, at, by: principal.email };
  const audit: AuditEntry = {
    at,
    by: principal.email,
    action: 'ncb-decision',
    changes: { ncbValidation: { from: application.ncbValidation ?? null, to: ncbValidation } },
  };
  try {
    return { outcome: 'applied', application: await store.update(id, body.version, { ncbValidation, updatedAt: at }, audit) };
  } catch (error) {
    if (error instanceof StaleVersion) return lostRace(store, principal, id);
    throw error;
  }
};
