/**
 * The offer as the candidate reads it on their status page: the terms, the answer-by day in the
 * duty station's zone with the instant it ends (the page writes it in their own zone too), and
 * whether an answer is still taken. Never who made it, nor anything of other candidates.
 */
import type { Application } from '../applications/application.js';
import { answerByEndsAt, mayStillAnswer } from './answer-by.js';
import type { Offer } from './offer.js';

export interface CandidateOffer {
  answerBy: string;
  /** The instant the answer-by day ends in the duty station (UTC). */
  answerUntil: string;
  timeZone: string;
  candidateTimeZone?: string;
  startsOn: string;
  months: number;
  homeConfirmation: { by: string; terms: Offer['homeConfirmation']['terms']; confirmed: boolean };
  answer?: Offer['answer'];
  lapsed: boolean;
  /** The candidate may answer now. */
  open: boolean;
}

export const candidateOffer = (application: Pick<Application, 'status' | 'offer' | 'timeZone'>, dutyStationZone: string, now: Date): { offer?: CandidateOffer } => {
  const { offer } = application;
  // An offer stored before offers had terms, and an application that never had one, show nothing here;
  // nor does an offer HR's ending of the application overtook unanswered (the status says it ended, not that the day passed).
  if (!offer) return {};
  if (application.status !== 'offered' && application.status !== 'appointed' && !offer.answer && !offer.lapsedAt) return {};
  return {
    offer: {
      answerBy: offer.answerBy,
      answerUntil: answerByEndsAt(offer.answerBy, dutyStationZone).toISOString(),
      timeZone: dutyStationZone,
      ...(application.timeZone ? { candidateTimeZone: application.timeZone } : {}),
      startsOn: offer.startsOn,
      months: offer.months,
      homeConfirmation: { by: offer.homeConfirmation.by, terms: offer.homeConfirmation.terms, confirmed: offer.homeConfirmation.confirmedAt !== undefined },
      ...(offer.answer ? { answer: offer.answer } : {}),
      lapsed: offer.lapsedAt !== undefined,
      open: application.status === 'offered' && offer.answer === undefined && offer.lapsedAt === undefined && mayStillAnswer(offer, dutyStationZone, now),
    },
  };
};
