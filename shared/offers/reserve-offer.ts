/**
 * HR offers a freed post to the next on the reserve list in one action (issue 16, point 7): the
 * same offer, under the same rules, made on the first reserve candidate still interviewed, at
 * the version just read. Two HR officers doing it at once: the post counter lets one through
 * when one post is free (the other is the 409 of every post held), and a second offer to the
 * same candidate is the edit conflict's 409.
 */
import { Conflict } from '../errors.js';
import type { StaffPrincipal } from '../staff/principal.js';
import { vacancyOffers, type OfferListDependencies } from './listing.js';
import { makeOffer, type OfferDependencies, type OfferOutcome } from './make.js';
import type { OfferTerms } from './schema.js';

export const offerToNextOnReserve = async (
  deps: OfferDependencies & OfferListDependencies,
  principal: StaffPrincipal,
  vacancy: string,
  terms: OfferTerms,
  now: Date,
): Promise<OfferOutcome & { applicationId: string }> => {
  const { next } = await vacancyOffers(deps, vacancy, now);
  if (!next?.version) throw new Conflict(`No one on the reserve list of vacancy ${vacancy} is left to offer the post to.`);
  const outcome = await makeOffer(deps, principal, vacancy, next.applicationId, next.version, terms, now, true);
  return { ...outcome, applicationId: next.applicationId };
};
