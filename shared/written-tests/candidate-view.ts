/**
 * What the candidate's status page shows of their written test: nothing unless invited (and
 * still shortlisted or tested); then the test (instants in UTC with the test's zone, the page
 * writes them in both zones), where, how it is marked, their answer, and until when they may answer.
 * Never a result: the result letter tells it (shared/letters/).
 */
import type { TestAnswer, TestFormat, TestInvitation, WrittenTest } from './test.js';

export interface CandidateTestView {
  invited: boolean;
  /** The candidate's own zone, from their application, when known. */
  candidateTimeZone?: string;
  test?: {
    format: TestFormat;
    startsAt: string;
    endsAt: string;
    durationMinutes?: number;
    timeZone: string;
    platformLink?: string;
    address?: string;
    maxMark: number;
    passMark: number;
    cancelled: boolean;
  };
  answer?: TestAnswer;
  reason?: string;
  /** The candidate may confirm or ask for another time until the test starts (not once cancelled). */
  canAnswer: boolean;
  answerUntil?: string;
}

/** Until the test starts, and while it is not cancelled. */
export const mayAnswer = (test: WrittenTest, now: Date): boolean => test.status === 'scheduled' && now.getTime() < Date.parse(test.startsAt);

export const candidateTestView = (invitation: TestInvitation | undefined, test: WrittenTest | undefined, now: Date, candidateTimeZone?: string): CandidateTestView => {
  const zone = candidateTimeZone ? { candidateTimeZone } : {};
  if (!invitation || !test) return { invited: false, ...zone, canAnswer: false };
  return {
    invited: true,
    ...zone,
    test: {
      format: test.format,
      startsAt: test.startsAt,
      endsAt: test.endsAt,
      ...(test.durationMinutes !== undefined ? { durationMinutes: test.durationMinutes } : {}),
      timeZone: test.timeZone,
      ...(test.platformLink ? { platformLink: test.platformLink } : {}),
      ...(test.address ? { address: test.address } : {}),
      maxMark: test.maxMark,
      passMark: test.passMark,
      cancelled: test.status === 'cancelled',
    },
    ...(invitation.answer ? { answer: invitation.answer } : {}),
    ...(invitation.reason ? { reason: invitation.reason } : {}),
    canAnswer: mayAnswer(test, now),
    ...(test.status === 'scheduled' ? { answerUntil: test.startsAt } : {}),
  };
};
