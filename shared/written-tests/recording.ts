/**
 * A written test result recorded (issue 16, point 2), by hand or by a CSV row: the one rule both
 * take. The result is written on the application (`writtenTest`) and a shortlisted application
 * moves to `tested` through the status machine in the same conditional write, with its audit
 * entry. A failed candidate stays `tested` with `passed: false` (HR rejects; the letters send the
 * regret). The same mark recorded again changes nothing; another mark corrects it (audited).
 */
import { readiness } from '../admin/application-row.js';
import type { Application } from '../applications/application.js';
import { checkTransition } from '../applications/status-machine.js';
import { StaleVersion, type AuditEntry } from '../applications/store.js';
import type { VacancyTerms } from '../applications/vacancy-terms.js';
import { Conflict, ForbiddenTransition, NotFound, ValidationFailed } from '../errors.js';
import type { StaffPrincipal } from '../staff/principal.js';
import type { WrittenTestDependencies } from './dependencies.js';
import { resultOf, sameResult } from './result.js';
import type { TestInvitation, WrittenTest } from './test.js';

/** Why a result cannot be recorded, as one line (an import lists one per row), and the kind of refusal. */
export interface ResultRefusal {
  kind: 'not-found' | 'conflict' | 'transition' | 'mark';
  reason: string;
}

export type ResultJudgement = { refused: ResultRefusal } | { unchanged: true } | { write: { status?: 'tested'; result: ReturnType<typeof resultOf> } };

/**
 * Judges a result before any write: the application is of the vacancy, invited to a test that has
 * started and is not cancelled, shortlisted (to move to tested) or tested (a correction), and the
 * mark is within the test's maximum.
 */
export const judgeResult = (
  vacancy: string,
  application: Application | undefined,
  invitation: TestInvitation | undefined,
  test: WrittenTest | undefined,
  terms: VacancyTerms | undefined,
  mark: number,
  principal: StaffPrincipal,
  now: Date,
): ResultJudgement => {
  if (!application || application.vacancy !== vacancy) return { refused: { kind: 'not-found', reason: 'No application with this reference to this vacancy.' } };
  if (!invitation || !test) return { refused: { kind: 'conflict', reason: 'This candidate is not invited to a written test of this vacancy.' } };
  if (test.status === 'cancelled') return { refused: { kind: 'conflict', reason: 'The test this candidate is invited to is cancelled: move them to another sitting first.' } };
  if (Date.parse(test.startsAt) > now.getTime()) return { refused: { kind: 'conflict', reason: 'This candidate’s test has not started yet.' } };
  if (mark > test.maxMark) return { refused: { kind: 'mark', reason: `The mark ${mark} is above the test’s maximum of ${test.maxMark}.` } };
  if (sameResult(application.writtenTest, test.id, mark)) return { unchanged: true };
  const result = resultOf(test, mark, now.toISOString(), principal.email);
  if (application.status === 'tested') return { write: { result } };
  if (application.status !== 'shortlisted') return { refused: { kind: 'transition', reason: `A ${application.status} application takes no test result: only shortlisted (or tested, to correct it) ones do.` } };
  const verdict = checkTransition('shortlisted', 'tested', readiness(application, terms, now).context);
  if (!verdict.allowed) return { refused: { kind: 'transition', reason: verdict.reason } };
  return { write: { status: 'tested', result } };
};

const asError = (refusal: ResultRefusal): Error => {
  if (refusal.kind === 'not-found') return new NotFound(refusal.reason);
  if (refusal.kind === 'transition') return new ForbiddenTransition(refusal.reason);
  if (refusal.kind === 'mark') return new ValidationFailed([{ path: 'mark', message: refusal.reason }]);
  return new Conflict(refusal.reason);
};

export interface RecordOutcome {
  outcome: 'recorded' | 'unchanged';
  application: Application;
}

/** Writes a judged result at the version read: the status move, the result and the audit entry in one transaction. */
export const writeResult = async (
  deps: Pick<WrittenTestDependencies, 'applications'>,
  principal: StaffPrincipal,
  application: Application,
  write: { status?: 'tested'; result: ReturnType<typeof resultOf> },
  terms: VacancyTerms | undefined,
): Promise<Application> => {
  const { result } = write;
  const before = application.writtenTest;
  const changes: AuditEntry['changes'] = {
    writtenTest: { from: before ? { testId: before.testId, mark: before.mark, passed: before.passed } : null, to: { testId: result.testId, mark: result.mark, passed: result.passed } },
  };
  if (write.status) changes.status = { from: application.status, to: write.status };
  const audit: AuditEntry = { at: result.recordedAt, by: principal.email, action: write.status ? 'status-changed' : 'edited', changes };
  const update: Partial<Omit<Application, 'id' | 'version'>> = { writtenTest: result, updatedAt: result.recordedAt, ...(write.status ? { status: write.status } : {}) };
  return deps.applications.update(application.id, application.version, update, audit, application, write.status && terms ? { posts: terms.posts } : undefined);
};

/** HR records one candidate's mark by hand. Two writes racing: one lands; the other finds it (unchanged) or answers 409 with what is stored. */
export const recordResult = async (deps: WrittenTestDependencies, principal: StaffPrincipal, vacancy: string, applicationId: string, mark: number, now: Date): Promise<RecordOutcome> => {
  const read = async () => {
    const application = await deps.applications.get(applicationId);
    const invitation = application ? await deps.writtenTests.invitation(vacancy, applicationId) : undefined;
    const test = invitation ? await deps.writtenTests.test(vacancy, invitation.testId) : undefined;
    const terms = application?.status === 'shortlisted' ? await deps.applications.vacancyTerms(vacancy) : undefined;
    return { application, judgement: judgeResult(vacancy, application, invitation, test, terms, mark, principal, now), terms };
  };
  const { application, judgement, terms } = await read();
  if ('refused' in judgement) throw asError(judgement.refused);
  if (!application) throw new NotFound('No application with this reference to this vacancy.');
  if ('unchanged' in judgement) return { outcome: 'unchanged', application };
  try {
    return { outcome: 'recorded', application: await writeResult(deps, principal, application, judgement.write, terms) };
  } catch (error) {
    if (!(error instanceof StaleVersion)) throw error;
    const fresh = await read();
    if ('unchanged' in fresh.judgement && fresh.application) return { outcome: 'unchanged', application: fresh.application };
    const now = fresh.application?.writtenTest;
    throw new Conflict(`This application changed meanwhile${now ? ` (its recorded mark is now ${now.mark})` : ''}: read it again.`);
  }
};
