/**
 * What a candidate or an NCB officer may meet when answering or confirming an offer, said in their
 * language (the validation catalogue's problem.* keys): domain errors, no HTTP.
 */
import { calendarDate, Conflict, ForbiddenTransition, NotFound } from '../errors.js';
import type { Offer } from './offer.js';

export const noOfferToAnswer = (): NotFound =>
  new NotFound('There is no offer waiting for your answer on this application.', { key: 'problem.notFound.offer' });

/** A second answer, or the loser of two at once: the first stands. */
export const offerAnswered = (offer: Offer): Conflict =>
  offer.answer
    ? new Conflict(`This offer was already ${offer.answer.decision}: the first answer stands.`, {
        key: 'problem.conflict.offerAnswered',
        values: { decision: offer.answer.decision },
      })
    : new Conflict('This offer lapsed at the end of its answer-by day: it can no longer be answered.', { key: 'problem.conflict.offerLapsed' });

/** The answer-by day has ended in the duty station (the lapse job may not have run yet). */
export const answerByPassed = (offer: Offer, timeZone: string): ForbiddenTransition =>
  new ForbiddenTransition(`The offer could be answered until the end of ${offer.answerBy} (${timeZone} time): it can no longer be answered.`, {
    key: 'problem.forbiddenTransition.offerAnswerByPassed',
    values: { day: calendarDate(offer.answerBy), timeZone },
  });

/** The NCB records a confirmation only on an offer outstanding that has none yet. */
export const nothingToConfirm = (): Conflict =>
  new Conflict('This application has no offer waiting for the home administration’s confirmation.', { key: 'problem.conflict.noOfferToConfirm' });

export const alreadyConfirmed = (): Conflict =>
  new Conflict('The home administration’s confirmation of this offer is already recorded.', { key: 'problem.conflict.homeAlreadyConfirmed' });
