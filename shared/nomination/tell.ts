import type { Application } from '../applications/application.js';
import { sendOnce, type SendOnceDependencies, type SendOutcome } from '../email/send-once.js';
import type { Force } from '../profiles/forces.js';
import type { MissionCall } from './call.js';
import { missionAnswerClaim, missionAnswerEmails } from './emails.js';

export interface Told {
  candidate: SendOutcome;
  /** Only where a force released the officer. */
  force?: SendOutcome;
}

/**
 * Tells the candidate and, for a serving officer, the approver who released them, of the mission's
 * answer as recorded: each once (a claim per reader, answer and day), so HR's repeated request sends
 * only what failed before. The answer stands whatever happens here; a failure is reported, not thrown.
 */
export const tellMissionAnswer = async (email: SendOnceDependencies, application: Application, call: MissionCall, forces: readonly Force[], now: Date): Promise<Told> => {
  const answer = application.nomination?.answer;
  if (!answer) throw new Error('Told of an answer that is not recorded.');
  const emails = missionAnswerEmails({ application, call, outcome: answer.outcome, answeredOn: answer.on, forces });
  const send = (recipient: 'candidate' | 'force', message: NonNullable<typeof emails.force>): Promise<SendOutcome> =>
    sendOnce(email, missionAnswerClaim(application.id, recipient, answer.outcome, answer.on), message, now).catch((): SendOutcome => 'failed');
  const candidate = await send('candidate', emails.candidate);
  return { candidate, ...(emails.force ? { force: await send('force', emails.force) } : {}) };
};
