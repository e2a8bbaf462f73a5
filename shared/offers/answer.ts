/**
 * The candidate answers the offer from their status page (issue 16, point 7), until the end of
 * its answer-by day in the duty station. An acceptance keeps the post; a decline ends the
 * application (withdrawn, `endedBecause: 'offer-declined'`) and frees its post in the same
 * transaction. The write is conditioned on the version read: of two answers at once one wins,
 * the other is the 409 of a second answer.
 */
import type { Application } from '../applications/application.js';
import { applicationVacancyGone } from '../applications/application-problems.js';
import { StaleVersion, type ApplicationStore, type AuditEntry } from '../applications/store.js';
import type { VacancyStore } from '../vacancies/store.js';
import { mayStillAnswer } from './answer-by.js';
import type { Offer } from './offer.js';
import { answerByPassed, noOfferToAnswer, offerAnswered } from './problems.js';

export type OfferDecision = NonNullable<Offer['answer']>['decision'];

const MAX_ATTEMPTS = 3;

/** The change an answer writes, and its audit entry. */
const answerChange = (application: Application, offer: Offer, decision: OfferDecision, at: string) => {
  const answered: Offer = { ...offer, answer: { decision, at } };
  const changes: Partial<Application> =
    decision === 'accepted'
      ? { offer: answered, updatedAt: at }
      : { offer: answered, status: 'withdrawn', endedBecause: 'offer-declined', updatedAt: at };
  const audit: AuditEntry = {
    at,
    by: 'candidate',
    action: 'offer-answered',
    changes: {
      offerAnswer: { from: null, to: decision },
      ...(decision === 'declined' ? { status: { from: application.status, to: 'withdrawn' }, endedBecause: { from: null, to: 'offer-declined' } } : {}),
    },
  };
  return { changes, audit };
};

/** `application` was opened with its status token. Answers the application as now stored. */
export const answerOffer = async (
  deps: { applications: Pick<ApplicationStore, 'get' | 'update'>; vacancies: Pick<VacancyStore, 'get'> },
  opened: Application,
  decision: OfferDecision,
  now: Date,
): Promise<Application> => {
  const vacancy = await deps.vacancies.get(opened.vacancy);
  if (!vacancy) throw applicationVacancyGone();
  let application = opened;
  for (let attempt = 1; ; attempt += 1) {
    const { offer } = application;
    // An offer stored before offers had terms (status offered, no offer) is answered by HR, as before.
    if (!offer) throw noOfferToAnswer();
    if (offer.answer || offer.lapsedAt) throw offerAnswered(offer);
    if (application.status !== 'offered') throw noOfferToAnswer();
    if (!mayStillAnswer(offer, vacancy.timeZone, now)) throw answerByPassed(offer, vacancy.timeZone);
    const { changes, audit } = answerChange(application, offer, decision, now.toISOString());
    try {
      return await deps.applications.update(application.id, application.version, changes, audit, application);
    } catch (error) {
      if (!(error instanceof StaleVersion) || attempt >= MAX_ATTEMPTS) throw error;
      // Something changed it meanwhile: another answer (then the checks above refuse this one), the lapse, or HR's note.
      const fresh = await deps.applications.get(application.id);
      if (!fresh) throw noOfferToAnswer();
      application = fresh;
    }
  }
};
