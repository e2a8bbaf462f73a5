import type { Application, ReleaseDecision } from '../applications/application.js';
import { isFinal } from '../applications/status-machine.js';
import { StaleVersion, type ApplicationStore, type AuditEntry } from '../applications/store.js';
import { EditConflict } from '../audit/edit-conflict.js';
import { Conflict } from '../errors.js';
import type { Force } from '../profiles/forces.js';
import type { StaffPrincipal } from '../staff/principal.js';
import type { VacancyStore } from '../vacancies/store.js';
import { releaseRow, type ReleaseRow } from './release-row.js';
import type { ReleaseDecisionBody } from './schema.js';
import { openForRelease } from './scope.js';

export interface ReleaseOutcome {
  outcome: 'applied' | 'unchanged';
  row: ReleaseRow;
}

type Decided = Omit<ReleaseDecision, 'at' | 'by'>;

const decided = (body: ReleaseDecisionBody): Decided => ({
  decision: body.decision,
  ...(body.from !== undefined ? { from: body.from } : {}),
  ...(body.until !== undefined ? { until: body.until } : {}),
  ...(body.note !== undefined && body.note.trim() !== '' ? { note: body.note } : {}),
});

const sameDecision = (recorded: ReleaseDecision | undefined, wanted: Decided): boolean =>
  recorded !== undefined && recorded.decision === wanted.decision && recorded.from === wanted.from && recorded.until === wanted.until && recorded.note === wanted.note;

/**
 * `POST /admin/releases/{id}`: the officer's force approves their release for a period, or refuses
 * it, at the version read (issue 18, point 4). Only the approver of the officer's own force decides
 * (another force's officer is an unknown id), never on a withdrawn or ended application; the
 * decision and its author go into the audit trail in the same write. The same decision again
 * writes nothing, so a retry after a lost answer is harmless. A changed mind is a new decision.
 */
export const recordRelease = async (
  deps: { applications: Pick<ApplicationStore, 'get' | 'update'>; vacancies: Pick<VacancyStore, 'get'> },
  principal: StaffPrincipal,
  id: string,
  body: ReleaseDecisionBody,
  forces: readonly Force[],
  now: Date,
): Promise<ReleaseOutcome> => {
  const application = await openForRelease(deps.applications, principal, id);
  const call = await deps.vacancies.get(application.vacancy);
  const rowOf = (stored: Application) =>
    releaseRow(stored, call ?? { number: stored.vacancy, title: stored.vacancy, location: '', deadline: '' }, forces);
  const wanted = decided(body);
  if (sameDecision(application.release, wanted)) return { outcome: 'unchanged', row: rowOf(application) };
  const stale = (current: Application) =>
    new EditConflict(rowOf(current), `This application was changed by someone else (it is now at version ${current.version}); look at its new values and edit again.`, {
      key: 'problem.conflict.applicationChanged',
      values: { version: current.version },
    });
  if (application.version !== body.version) throw stale(application);
  if (isFinal(application.status)) {
    throw new Conflict(`A ${application.status} application takes no release decision.`, { key: 'problem.conflict.noReleaseDecision', values: { status: application.status } });
  }
  const at = now.toISOString();
  const release: ReleaseDecision = { ...wanted, at, by: principal.email };
  const audit: AuditEntry = { at, by: principal.email, action: 'release-decision', changes: { release: { from: application.release ?? null, to: release } } };
  try {
    return { outcome: 'applied', row: rowOf(await deps.applications.update(id, body.version, { release, updatedAt: at }, audit, application)) };
  } catch (error) {
    if (!(error instanceof StaleVersion)) throw error;
    const current = await deps.applications.get(id);
    throw current ? stale(current) : error;
  }
};
