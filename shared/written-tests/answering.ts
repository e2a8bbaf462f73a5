/**
 * The candidate's answer to their invitation (issue 16, point 2), from the status page: they
 * confirm, or ask for another time and say why. They may change it until the test starts; HR
 * reads it (GET /admin/written-tests/{vacancy}) and may move them to another sitting.
 * What a candidate may meet here is said in their language (the catalogues' problem.*).
 */
import type { Application } from '../applications/application.js';
import { Conflict, Forbidden } from '../errors.js';
import type { WrittenTestDependencies } from './dependencies.js';
import { mayAnswer } from './candidate-view.js';
import { testedStatuses } from './scheduling.js';
import { TestChanged } from './store.js';
import type { TestAnswerBody, TestInvitation, WrittenTest } from './test.js';

const notInvited = () => new Forbidden('This application is not invited to a written test.', { key: 'problem.forbidden.notInvitedToTest' });

/** The invitation and its test, when the application is (still) invited: else undefined. */
export const invitationOf = async (deps: Pick<WrittenTestDependencies, 'writtenTests'>, application: Application): Promise<{ invitation: TestInvitation; test: WrittenTest } | undefined> => {
  if (!testedStatuses.includes(application.status)) return undefined;
  const invitation = await deps.writtenTests.invitation(application.vacancy, application.id);
  const test = invitation ? await deps.writtenTests.test(application.vacancy, invitation.testId) : undefined;
  return invitation && test ? { invitation, test } : undefined;
};

export const answerTest = async (deps: Pick<WrittenTestDependencies, 'writtenTests'>, application: Application, body: TestAnswerBody, now: Date): Promise<{ invitation: TestInvitation; test: WrittenTest }> => {
  const found = await invitationOf(deps, application);
  // A tested candidate has sat the test: nothing left to answer.
  if (!found || application.status !== 'shortlisted') throw notInvited();
  const { invitation, test } = found;
  if (test.status === 'cancelled') throw new Conflict('This written test is cancelled: we will write to you with a new date.', { key: 'problem.conflict.writtenTestCancelled' });
  if (!mayAnswer(test, now)) throw new Conflict('This written test has started: answers are closed. Contact HR if you could not take it.', { key: 'problem.conflict.writtenTestStarted' });
  const answered: TestInvitation = { ...invitation, answer: body.answer, answeredAt: now.toISOString(), revision: invitation.revision + 1 };
  if (body.reason !== undefined) answered.reason = body.reason;
  else delete answered.reason;
  try {
    await deps.writtenTests.putInvitation(answered, invitation.revision);
  } catch (error) {
    // HR moved them to another sitting meanwhile: the answer was for a time no longer theirs.
    if (error instanceof TestChanged) throw new Conflict('Your written test changed meanwhile: read it again and answer for the new time.', { key: 'problem.conflict.writtenTestChanged' });
    throw error;
  }
  return { invitation: answered, test };
};
