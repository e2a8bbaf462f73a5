/**
 * The steps of a nomination after it is made (issue 18, point 5), each judged on the application
 * and its call by `changeNomination` (change.ts): withdrawn before it goes, the day it went, and
 * the mission's answer. Days are judged in the duty station: none after today there.
 */
import type { Application } from '../applications/application.js';
import { Conflict, ValidationFailed, calendarDate } from '../errors.js';
import type { StaffPrincipal } from '../staff/principal.js';
import { changeNomination, type NominationStep } from './change.js';
import type { MissionCall } from './call.js';
import type { NominationDependencies } from './nominate.js';
import type { MissionNomination } from './nomination.js';
import { todayAt } from './readiness.js';
import { stillRunning } from './counting.js';
import type { MissionAnswerBody, NominationSentBody, WithdrawNominationBody } from './schema.js';

const nominationOf = (application: Application): MissionNomination => {
  if (!application.nomination) throw new Conflict('This candidate has not been nominated.', { key: 'problem.conflict.notNominated' });
  return application.nomination;
};

/** A nomination that goes on (sent, answered, packaged): its candidate must still be in the running, never told or sent on after they left. */
export const runningNominationOf = (application: Application): MissionNomination => {
  const nomination = nominationOf(application);
  if (!stillRunning(application)) {
    throw new Conflict(`This application is ${application.status}: its nomination goes no further.`, { key: 'problem.conflict.nominationEnded', values: { status: application.status } });
  }
  return nomination;
};

/** A blank note is no note: the same answer again with an empty one is the same answer. */
const noteOf = (note: string | undefined): string | undefined => (note !== undefined && note.trim() !== '' ? note : undefined);

/** A day HR gives must have come in the duty station, and not before `earliest` (the step before it). */
const checkDay = (path: string, day: string, call: MissionCall, now: Date, earliest: { day: string; what: string }): void => {
  const today = todayAt(call, now);
  if (day > today) throw new ValidationFailed([{ path, message: `The day is in the future in the duty station (today is ${today} in ${call.timeZone}).` }]);
  if (day < earliest.day) throw new ValidationFailed([{ path, message: `The day is before ${earliest.what} (${earliest.day}).` }]);
};

/** `POST .../withdraw`: the unit takes a nomination back, with its reason, while it has not gone to the mission; its place is free again. */
export const withdrawNomination = (deps: NominationDependencies, principal: StaffPrincipal, vacancy: string, id: string, body: WithdrawNominationBody, now: Date) =>
  changeNomination(deps, principal, vacancy, id, body.version, now, (application): NominationStep => {
    // Withdrawn already (a retry): nothing to do.
    if (!application.nomination) return { same: true };
    const { sent } = application.nomination;
    if (sent) {
      throw new Conflict(`This nomination went to the mission on ${sent.on}: it can no longer be withdrawn; record the mission's answer instead.`, {
        key: 'problem.conflict.nominationSent',
        values: { sentOn: calendarDate(sent.on) },
      });
    }
    return { same: false, action: 'nomination-withdrawn', next: undefined, reason: body.reason };
  });

/** `POST .../sent`: the day the package went to the mission; it may be corrected until the mission answers. */
export const recordNominationSent = (deps: NominationDependencies, principal: StaffPrincipal, vacancy: string, id: string, body: NominationSentBody, now: Date) =>
  changeNomination(deps, principal, vacancy, id, body.version, now, (application, call): NominationStep => {
    const nomination = runningNominationOf(application);
    if (nomination.sent?.on === body.sentOn) return { same: true };
    if (nomination.answer) throw answered(nomination.answer.outcome);
    checkDay('body.sentOn', body.sentOn, call, now, { day: todayAt(call, new Date(nomination.nominatedAt)), what: 'the day of the nomination' });
    return { same: false, action: 'nomination-sent', next: { ...nomination, sent: { on: body.sentOn, recordedAt: now.toISOString(), by: principal.email } } };
  });

const answered = (outcome: string) =>
  new Conflict(`The mission's answer is already recorded (${outcome}); it cannot be changed here.`, { key: 'problem.conflict.missionAnswered', values: { outcome } });

/**
 * `POST .../answer`: the mission's answer, once the package went. A candidate on the mission's
 * reserve list may later be selected (the mission calls on its reserve); any other answer stands.
 */
export const recordMissionAnswer = (deps: NominationDependencies, principal: StaffPrincipal, vacancy: string, id: string, body: MissionAnswerBody, now: Date) =>
  changeNomination(deps, principal, vacancy, id, body.version, now, (application, call): NominationStep => {
    const nomination = runningNominationOf(application);
    if (!nomination.sent) throw new Conflict("Record the day the nomination went to the mission before its answer.", { key: 'problem.conflict.nominationNotSent' });
    const { answer } = nomination;
    const note = noteOf(body.note);
    if (answer && answer.outcome === body.outcome && answer.on === body.answeredOn && answer.note === note) return { same: true };
    if (answer && !(answer.outcome === 'reserve' && body.outcome === 'selected')) throw answered(answer.outcome);
    checkDay('body.answeredOn', body.answeredOn, call, now, answer ? { day: answer.on, what: 'the reserve answer' } : { day: nomination.sent.on, what: 'the day the nomination went' });
    const next: MissionNomination = {
      ...nomination,
      answer: { outcome: body.outcome, on: body.answeredOn, ...(note !== undefined ? { note } : {}), recordedAt: now.toISOString(), by: principal.email },
    };
    return { same: false, action: 'mission-answered', next };
  });
