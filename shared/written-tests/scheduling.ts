/**
 * HR's part of written tests (issue 16, point 2): a test scheduled, corrected and cancelled;
 * shortlisted candidates invited to it, or moved to it from another sitting. Every email goes once
 * (sendOnce, its claim named by the test and what changed), after the write it reports: a failed
 * send leaves the write standing and says so in the answer, and the same request sends it again.
 */
import { listAll } from '../applications/list-all.js';
import type { Application } from '../applications/application.js';
import { Conflict, NotFound, ValidationFailed, type FieldIssue } from '../errors.js';
import { sendOnce, type SendOutcome } from '../email/send-once.js';
import type { StaffPrincipal } from '../staff/principal.js';
import type { Vacancy } from '../vacancies/schema.js';
import type { WrittenTestDependencies } from './dependencies.js';
import { testCancelledEmail, testChangedEmail, testInvitationEmail } from './emails.js';
import { instantIn } from './local-time.js';
import { TestChanged } from './store.js';
import type { TestBody, TestInvitation, WrittenTest } from './test.js';

/** Statuses whose candidate is invited to a written test, and told of its changes: shortlisted (and tested, already marked). */
export const testedStatuses: readonly Application['status'][] = ['shortlisted', 'tested'];

export const vacancyOf = async (deps: Pick<WrittenTestDependencies, 'vacancies'>, number: string): Promise<Vacancy> => {
  const vacancy = await deps.vacancies.get(number);
  if (!vacancy) throw new NotFound(`No vacancy ${number}.`);
  return vacancy;
};

export const testOf = async (deps: Pick<WrittenTestDependencies, 'writtenTests'>, vacancy: string, id: string): Promise<WrittenTest> => {
  const test = await deps.writtenTests.test(vacancy, id);
  if (!test) throw new NotFound('There is no such written test for this vacancy.', { key: 'problem.notFound.writtenTest' });
  return test;
};

/** The body's times read in its zone (a time the zone skips is refused); the test ends after it starts, in the future. */
const timesOf = (body: TestBody, now: Date) => {
  const issues: FieldIssue[] = [];
  const startsAt = instantIn(body.startsAt, body.timeZone);
  const endsAt = instantIn(body.endsAt, body.timeZone);
  const skipped = (field: string) => ({ path: field, message: `No such time in ${body.timeZone}: its clocks skip it (a change to summer time) or it is no date.` });
  if (!startsAt) issues.push(skipped('startsAt'));
  if (!endsAt) issues.push(skipped('endsAt'));
  if (startsAt && startsAt.getTime() <= now.getTime()) issues.push({ path: 'startsAt', message: 'A written test starts in the future.' });
  if (startsAt && endsAt && endsAt.getTime() <= startsAt.getTime()) issues.push({ path: 'endsAt', message: 'The test ends after it starts.' });
  if (startsAt && endsAt && endsAt.getTime() - startsAt.getTime() > 31 * 86_400_000) issues.push({ path: 'endsAt', message: 'A window stays open 31 days at most.' });
  if (startsAt && endsAt && body.durationMinutes !== undefined && body.durationMinutes * 60_000 > endsAt.getTime() - startsAt.getTime()) {
    issues.push({ path: 'durationMinutes', message: 'The test takes longer than the window is open.' });
  }
  if (issues.length > 0 || !startsAt || !endsAt) throw new ValidationFailed(issues);
  return { startsAt: startsAt.toISOString(), endsAt: endsAt.toISOString() };
};

const testFields = (body: TestBody, now: Date) => ({
  format: body.format,
  ...timesOf(body, now),
  ...(body.durationMinutes !== undefined ? { durationMinutes: body.durationMinutes } : {}),
  timeZone: body.timeZone,
  ...(body.platformLink !== undefined ? { platformLink: body.platformLink } : {}),
  ...(body.address !== undefined ? { address: body.address } : {}),
  maxMark: body.maxMark,
  passMark: body.passMark,
});

export const scheduleTest = async (deps: WrittenTestDependencies, principal: StaffPrincipal, vacancy: string, body: TestBody, now: Date): Promise<WrittenTest> => {
  await vacancyOf(deps, vacancy);
  if (body.revision !== undefined) throw new ValidationFailed([{ path: 'revision', message: 'A new test has no revision.' }]);
  const test: WrittenTest = { id: deps.newId(), vacancy, ...testFields(body, now), status: 'scheduled', revision: 1, sequence: 0, updatedAt: now.toISOString(), updatedBy: principal.email };
  await deps.writtenTests.createTest(test);
  return test;
};

/** Each candidate's email: what became of it. */
export interface CandidateEmail {
  applicationId: string;
  email: SendOutcome;
}

export interface TestChangeOutcome {
  test: WrittenTest;
  /** The invited candidates told, one email each (none when only the marks changed). */
  emails: CandidateEmail[];
}

const sameForCandidates = (a: WrittenTest, b: WrittenTest) =>
  a.startsAt === b.startsAt && a.endsAt === b.endsAt && a.durationMinutes === b.durationMinutes && a.timeZone === b.timeZone && a.platformLink === b.platformLink && a.address === b.address;

/** The applications invited to `test` that are still in the running (shortlisted or tested). */
const invitedTo = async (deps: WrittenTestDependencies, test: WrittenTest): Promise<Application[]> => {
  const invitations = (await deps.writtenTests.invitations(test.vacancy)).filter((invitation) => invitation.testId === test.id);
  const applications = await Promise.all(invitations.map((invitation) => deps.applications.get(invitation.applicationId)));
  return applications.filter((application): application is Application => application !== undefined && testedStatuses.includes(application.status));
};

const replace = async (deps: WrittenTestDependencies, test: WrittenTest, revision: number) => {
  try {
    await deps.writtenTests.replaceTest(test, revision);
  } catch (error) {
    if (error instanceof TestChanged) throw new Conflict('The test changed meanwhile: read it again.');
    throw error;
  }
};

/** Results already recorded against the test: its marks then stand, and it is not cancelled. */
const marked = (applications: readonly Application[], test: WrittenTest) => applications.filter((application) => application.writtenTest?.testId === test.id).length;

/**
 * Corrects a test at the revision read. Candidates invited to it are told once per change of
 * time, place or link (the claim names the revision), with the calendar event replaced; the
 * marks may change only while no result is recorded against them.
 */
export const correctTest = async (deps: WrittenTestDependencies, principal: StaffPrincipal, vacancy: string, id: string, body: TestBody, now: Date): Promise<TestChangeOutcome> => {
  const about = await vacancyOf(deps, vacancy);
  const before = await testOf(deps, vacancy, id);
  if (body.revision === undefined) throw new ValidationFailed([{ path: 'revision', message: 'Send the revision you read to correct a test.' }]);
  if (before.status === 'cancelled') throw new Conflict('This test is cancelled: schedule a new one instead.');
  if (body.revision !== before.revision) throw new Conflict(`The test changed meanwhile (revision ${before.revision}, you read ${body.revision}): read it again.`);
  const corrected: WrittenTest = { ...before, ...testFields(body, now), revision: before.revision + 1, updatedAt: now.toISOString(), updatedBy: principal.email };
  if (body.platformLink === undefined) delete corrected.platformLink;
  if (body.address === undefined) delete corrected.address;
  if (body.durationMinutes === undefined) delete corrected.durationMinutes;
  const candidates = await invitedTo(deps, before);
  const recorded = marked(candidates, before);
  if (recorded > 0 && (corrected.maxMark !== before.maxMark || corrected.passMark !== before.passMark)) {
    throw new Conflict(`Results are recorded against this test’s marks (${recorded}): its maximum and pass marks stay as they are.`);
  }
  const tell = !sameForCandidates(before, corrected);
  corrected.sequence = tell ? before.sequence + 1 : before.sequence;
  await replace(deps, corrected, before.revision);
  const emails: CandidateEmail[] = [];
  if (tell) {
    for (const candidate of candidates) {
      const claim = { scope: `APPLICATION#${candidate.id}`, kind: `written-test-changed-${corrected.id}-${corrected.revision}`, day: vacancy };
      emails.push({ applicationId: candidate.id, email: await sendOnce(deps.email, claim, testChangedEmail(candidate, about, corrected, now), now) });
    }
  }
  return { test: corrected, emails };
};

/** Cancels a test with no result recorded: its candidates stay invited to it (HR moves them to another sitting) and are told once. */
export const cancelTest = async (deps: WrittenTestDependencies, principal: StaffPrincipal, vacancy: string, id: string, revision: number, now: Date): Promise<TestChangeOutcome> => {
  const about = await vacancyOf(deps, vacancy);
  const before = await testOf(deps, vacancy, id);
  if (before.status === 'cancelled') throw new Conflict('This test is cancelled already.');
  if (revision !== before.revision) throw new Conflict(`The test changed meanwhile (revision ${before.revision}, you read ${revision}): read it again.`);
  const candidates = await invitedTo(deps, before);
  const recorded = marked(candidates, before);
  if (recorded > 0) throw new Conflict(`Results are recorded against this test (${recorded}): it took place and cannot be cancelled.`);
  const cancelled: WrittenTest = { ...before, status: 'cancelled', revision: before.revision + 1, sequence: before.sequence + 1, updatedAt: now.toISOString(), updatedBy: principal.email };
  await replace(deps, cancelled, before.revision);
  const emails: CandidateEmail[] = [];
  for (const candidate of candidates) {
    const claim = { scope: `APPLICATION#${candidate.id}`, kind: `written-test-cancelled-${cancelled.id}`, day: vacancy };
    emails.push({ applicationId: candidate.id, email: await sendOnce(deps.email, claim, testCancelledEmail(candidate, about, cancelled, now), now) });
  }
  return { test: cancelled, emails };
};

export interface TestInvitationOutcome {
  applicationId: string;
  outcome: 'invited' | 'moved' | 'already-invited' | 'not-invitable' | 'not-found';
  email?: SendOutcome;
  reason?: string;
}

/** Every shortlisted application of the vacancy, page by page (the vacancy-and-status index, never a Scan). */
const shortlistedOf = (deps: WrittenTestDependencies, vacancy: string): Promise<Application[]> => listAll(deps.applications, { vacancy, status: 'shortlisted' }, { pageSize: 200 });

/** Whether the test an application is invited to has started and is not cancelled: they may have sat it. */
const satAlready = async (deps: WrittenTestDependencies, vacancy: string, testId: string, now: Date): Promise<boolean> => {
  const other = await deps.writtenTests.test(vacancy, testId);
  return other !== undefined && other.status === 'scheduled' && Date.parse(other.startsAt) <= now.getTime();
};

/**
 * Invites applications of the vacancy to `testId`: the chosen ones, or every shortlisted one.
 * A shortlisted application not yet marked is invited; one invited to another sitting of the
 * vacancy is moved to this one (its answer goes: it answers the new time); "every shortlisted"
 * leaves out one whose sitting has taken place (it awaits its result). The invitation email,
 * with the .ics, goes once per application and test: inviting again sends nothing more.
 */
export const inviteToTest = async (
  deps: WrittenTestDependencies,
  principal: StaffPrincipal,
  vacancy: string,
  testId: string,
  chosen: { applicationIds?: readonly string[] | undefined; allShortlisted?: true | undefined },
  now: Date,
): Promise<TestInvitationOutcome[]> => {
  const about = await vacancyOf(deps, vacancy);
  const test = await testOf(deps, vacancy, testId);
  if (test.status === 'cancelled') throw new Conflict('This test is cancelled: invite candidates to another.');
  if (Date.parse(test.startsAt) <= now.getTime()) throw new Conflict('This test has started: invite candidates to a later one.');
  const applications = chosen.allShortlisted
    ? await shortlistedOf(deps, vacancy)
    : await Promise.all([...new Set(chosen.applicationIds ?? [])].map(async (id) => (await deps.applications.get(id)) ?? id));
  const outcomes: TestInvitationOutcome[] = [];
  for (const application of applications) {
    if (typeof application === 'string' || application.vacancy !== vacancy) {
      outcomes.push({ applicationId: typeof application === 'string' ? application : application.id, outcome: 'not-found' });
      continue;
    }
    if (application.status !== 'shortlisted') {
      const reason = application.status === 'tested' ? 'This candidate’s result is recorded already.' : `A ${application.status} application is not invited: only shortlisted ones are.`;
      outcomes.push({ applicationId: application.id, outcome: 'not-invitable', reason });
      continue;
    }
    const current = await deps.writtenTests.invitation(vacancy, application.id);
    // "Every shortlisted" leaves alone one who has sat another sitting and awaits a result: only choosing them moves them.
    if (chosen.allShortlisted && current && current.testId !== test.id && (await satAlready(deps, vacancy, current.testId, now))) {
      outcomes.push({ applicationId: application.id, outcome: 'not-invitable', reason: 'Invited to a sitting that has taken place: record their result, or choose them to move them.' });
      continue;
    }
    let outcome: TestInvitationOutcome['outcome'] = 'already-invited';
    if (current?.testId !== test.id) {
      const invitation: TestInvitation = { vacancy, applicationId: application.id, testId: test.id, invitedAt: now.toISOString(), invitedBy: principal.email, revision: (current?.revision ?? 0) + 1 };
      try {
        await deps.writtenTests.putInvitation(invitation, current?.revision);
      } catch (error) {
        if (!(error instanceof TestChanged)) throw error;
        outcomes.push({ applicationId: application.id, outcome: 'not-invitable', reason: 'The invitation changed meanwhile (an answer, or another move): read it again.' });
        continue;
      }
      outcome = current ? 'moved' : 'invited';
    }
    // Sent again on a repeated invitation too: sendOnce finds its claim and sends nothing, unless the first send failed.
    const claim = { scope: `APPLICATION#${application.id}`, kind: `written-test-invitation-${test.id}`, day: vacancy };
    const email = await sendOnce(deps.email, claim, testInvitationEmail(application, about, test, `${deps.publicBaseUrl}/status`, now), now);
    outcomes.push({ applicationId: application.id, outcome, email });
  }
  return outcomes;
};
