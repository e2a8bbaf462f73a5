/**
 * HR nominates a candidate to the mission (issue 18, point 5): the nomination is written with its
 * audit entry in the one transaction that claims a place in the call's nominations item, at the
 * revision the count was judged on, so two nominations at once can never pass the call's number.
 */
import type { Application } from '../applications/application.js';
import { NominationsMoved, StaleVersion, type ApplicationStore, type AuditEntry } from '../applications/store.js';
import { Conflict, ForbiddenTransition, calendarDate, type ProblemMessage } from '../errors.js';
import { personName } from '../i18n/names.js';
import type { Force } from '../profiles/forces.js';
import type { StaffPrincipal } from '../staff/principal.js';
import type { VacancyStore } from '../vacancies/store.js';
import { openCall, openCandidate, type MissionCall } from './call.js';
import { MISSION_POOL, nominatedNow } from './counting.js';
import type { MissionNomination } from './nomination.js';
import { blockText, nominationBlock, type NominationBlock } from './readiness.js';
import { nominationRow, type NominationRow } from './row.js';
import { staleNomination } from './stale.js';

export interface NominationDependencies {
  applications: Pick<ApplicationStore, 'get' | 'list' | 'update' | 'nominations'>;
  vacancies: Pick<VacancyStore, 'get'>;
  forces: readonly Force[];
}

export interface NominationOutcome {
  outcome: 'nominated' | 'unchanged' | 'applied';
  row: NominationRow;
}

/** One more nomination than the call allows: a 409 naming the ones that hold its places. */
export class NominationsFull extends Conflict {
  constructor(call: MissionCall, holding: readonly Application[]) {
    const allowed = call.mission.nominationsAllowed;
    const named = holding.map((application) => `${personName(application)} (${application.id})`).join(', ');
    super(
      `Call ${call.number} takes at most ${allowed} ${allowed === 1 ? 'nomination' : 'nominations'}, and the unit has nominated ${holding.length}: ${named}. Withdraw one of them first to nominate another.`,
      { key: 'problem.conflict.nominationsFull', values: { vacancy: call.number, allowed, count: holding.length, named } },
    );
  }
}

/** The refusal of a candidate the rules hold back, said in the reader's language. */
const refusal = (block: Exclude<NominationBlock, { reason: 'full' }>): ForbiddenTransition => {
  const translation: ProblemMessage =
    block.reason === 'not-interviewed'
      ? { key: 'problem.unprocessable.notInterviewed', values: { status: block.status } }
      : block.reason === 'incomplete'
        ? // What a sending unit's applicant can lack (../profiles/requirements.ts), as each language says it.
          { key: 'problem.unprocessable.nominationIncomplete', values: { missing: block.missing.includes('cv') && block.missing.includes('release') ? 'both' : (block.missing[0] ?? 'both') } }
        : { key: 'problem.unprocessable.nationalDeadlineOpen', values: { deadline: calendarDate(block.deadline), timeZone: block.timeZone } };
  return new ForbiddenTransition(blockText(block), translation);
};

/** Another nomination of the call took the item meanwhile this many times: a 409 to retry, rather than a loop. */
const ATTEMPTS = 5;

/** `POST /admin/nominations/{vacancy}/applications/{id}` `{version}`. */
export const nominate = async (deps: NominationDependencies, principal: StaffPrincipal, vacancy: string, id: string, version: number, now: Date): Promise<NominationOutcome> => {
  const call = await openCall(deps.vacancies, vacancy);
  const application = await openCandidate(deps.applications, call, id);
  const rowOf = (stored: Application, holding: number) => nominationRow(stored, call, deps.forces, holding, now);
  // A retry of a nomination that was made finds it in place, whatever the version.
  // (A nominated row reads no count.)
  if (application.nomination) return { outcome: 'unchanged', row: rowOf(application, 0) };
  if (application.version !== version) throw await staleNomination(deps, call, id, now);
  if (call.status === 'draft' || call.status === 'cancelled') {
    throw new Conflict(`Call ${call.number} is ${call.status}: the unit nominates only to a published call.`, { key: 'problem.conflict.callNotNominating', values: { vacancy: call.number, status: call.status } });
  }
  const at = now.toISOString();
  const nomination: MissionNomination = { nominatedAt: at, nominatedBy: principal.email };
  const audit: AuditEntry = { at, by: principal.email, action: 'nominated', changes: { nomination: { from: null, to: nomination } } };
  for (let attempt = 1; ; attempt += 1) {
    const { revision, holding } = await nominatedNow(deps.applications, vacancy, id);
    const block = nominationBlock(application, call, holding.length, now);
    if (block?.reason === 'full') throw new NominationsFull(call, holding);
    if (block) throw refusal(block);
    const guard = { nominations: { vacancy, country: MISSION_POOL, revision, claims: [...holding.map((one) => one.id), id] } };
    try {
      const stored = await deps.applications.update(id, version, { nomination, updatedAt: at }, audit, application, guard);
      return { outcome: 'nominated', row: rowOf(stored, holding.length + 1) };
    } catch (error) {
      if (error instanceof StaleVersion) throw await staleNomination(deps, call, id, now);
      if (!(error instanceof NominationsMoved)) throw error;
      if (attempt >= ATTEMPTS) throw new Conflict('Other nominations to this call are being recorded at this moment: try again in a moment.', { key: 'problem.conflict.missionNominationsBusy' });
    }
  }
};
