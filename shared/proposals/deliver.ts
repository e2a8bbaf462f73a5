import { statusLinkFor } from '../applications/pending-receipt.js';
import { sendOnce, type ClaimKey, type SendOnceDependencies, type SendOutcome } from '../email/send-once.js';
import { contactTimeZone } from '../ncb/contact.js';
import type { NcbContactStore } from '../ncb/store.js';
import type { VacancyStore } from '../vacancies/store.js';
import { ncbProposalClosed } from './emails/ncb-closed.js';
import { officerMatched } from './emails/officer-matched.js';
import type { OwedProposalEmail, ProposalStore } from './store.js';

export interface DeliveryDependencies {
  proposals: Pick<ProposalStore, 'get' | 'settleEmail'>;
  vacancies: Pick<VacancyStore, 'get'>;
  contacts: Pick<NcbContactStore, 'getMany'>;
  email: SendOnceDependencies;
  publicBaseUrl: string;
}

/** `nothing-to-send`: the proposal, its vacancy or its NCB's contact is gone or was never there; the outbox lets it go. */
export type DeliveryOutcome = SendOutcome | 'nothing-to-send';

/** One email per proposal and kind, whoever sends it (the move's request or the expiry job), however often. */
export const proposalEmailClaim = (owed: OwedProposalEmail): ClaimKey => ({ scope: `PROPOSAL#${owed.proposalId}`, kind: `proposal-${owed.kind}`, day: owed.at.slice(0, 10) });

const emailOf = async (deps: DeliveryDependencies, owed: OwedProposalEmail) => {
  const proposal = await deps.proposals.get(owed.proposalId);
  if (!proposal) return undefined;
  if (owed.kind === 'matched') {
    const vacancy = proposal.match ? await deps.vacancies.get(proposal.match.vacancyNumber) : undefined;
    if (!vacancy || !owed.statusToken) return undefined;
    return officerMatched({ proposal, vacancy, statusLink: statusLinkFor(deps.publicBaseUrl, proposal.id, owed.statusToken) });
  }
  const contact = (await deps.contacts.getMany([proposal.country])).get(proposal.country);
  if (!contact) return undefined;
  // The day it was proposed as the NCB counts days: in its contact's zone (its country's unless an administrator named another).
  return ncbProposalClosed({ proposal, kind: owed.kind, to: contact.email, language: contact.language, timeZone: contactTimeZone(contact) });
};

/**
 * Sends an owed email once (its claim: a retry, the job running twice, or the request and the job
 * at once send it once), and takes it out of the outbox once it went, was sent before, is
 * suppressed, or has nobody to go to. A failed send stays owed, for the expiry job's next run.
 */
export const deliverProposalEmail = async (deps: DeliveryDependencies, owed: OwedProposalEmail, now: Date): Promise<DeliveryOutcome> => {
  const email = await emailOf(deps, owed);
  const claim = proposalEmailClaim(owed);
  const outcome = email ? await sendOnce(deps.email, claim, email, now) : 'nothing-to-send';
  if (outcome === 'failed') return outcome;
  // A claim another sender holds while it sends: its send may still fail, so the email stays owed until it is confirmed.
  if (outcome === 'already-sent' && !(await deps.email.claims.isSent(claim))) return outcome;
  await deps.proposals.settleEmail(owed);
  return outcome;
};
