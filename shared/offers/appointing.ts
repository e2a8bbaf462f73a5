/**
 * What appointing needs of an offer (issue 16, point 7): the candidate's acceptance and the home
 * administration's confirmation of the terms, recorded through the NCB. The status machine reads
 * it from its context (shared/applications/status-machine.ts) on every path that appoints.
 */
import type { Application } from '../applications/application.js';
import type { TransitionContext } from '../applications/status-machine.js';

/** Where an offered application's offer stands; undefined without an offer (an item stored before offers: appointed as before). */
export const offerStage = (application: Pick<Application, 'status' | 'offer'>): TransitionContext['offer'] => {
  const { offer } = application;
  if (application.status !== 'offered' || !offer) return undefined;
  if (offer.answer?.decision !== 'accepted') return 'awaits-answer';
  return offer.homeConfirmation.confirmedAt ? 'settled' : 'awaits-home-confirmation';
};
