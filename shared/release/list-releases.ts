import { listAll } from '../applications/list-all.js';
import { isFinal } from '../applications/status-machine.js';
import type { ApplicationStore } from '../applications/store.js';
import type { Force } from '../profiles/forces.js';
import type { StaffPrincipal } from '../staff/principal.js';
import type { VacancyStore } from '../vacancies/store.js';
import { releaseRow, type ReleaseRow } from './release-row.js';
import { inReleaseScope } from './scope.js';

/** A call whose applicants may still need releasing: open, or closed and in selection. */
const LIVE_CALLS = ['open', 'closed'] as const;

/**
 * `GET /admin/releases`: the serving officers whose release is asked, for the calls still live,
 * waiting ones first, then by the call's national deadline: an approver's own force's, HR's every
 * force's. Read per call (its applications' index, pattern 2 in docs/data-model.md), never a Scan:
 * a unit has tens of live calls, not thousands. Only confirmed, active applications count.
 */
export const listReleases = async (
  deps: { applications: Pick<ApplicationStore, 'list'>; vacancies: Pick<VacancyStore, 'listByStatus'> },
  principal: StaffPrincipal,
  forces: readonly Force[],
): Promise<ReleaseRow[]> => {
  const calls = (await Promise.all(LIVE_CALLS.map((status) => deps.vacancies.listByStatus(status)))).flat();
  const rows: ReleaseRow[] = [];
  for (const call of calls) {
    const applications = await listAll(deps.applications, { vacancy: call.number });
    for (const application of applications) {
      if (!isFinal(application.status) && inReleaseScope(principal, application)) rows.push(releaseRow(application, call, forces));
    }
  }
  const waiting = (row: ReleaseRow) => (row.release ? 1 : 0);
  return rows.sort((a, b) => waiting(a) - waiting(b) || a.call.deadline.localeCompare(b.call.deadline) || a.call.number.localeCompare(b.call.number) || a.id.localeCompare(b.id));
};
