/**
 * HR makes an offer (issue 16, point 7): the application moves interviewed -> offered through the
 * status machine, with its offer, in the one transaction that holds a post on the vacancy's
 * counter (functions/adapters/dynamodb/application-writes.ts): of offers made at once, no more
 * than the vacancy's posts are written; the others are a 409 with the count.
 */
import { checkTransition } from '../applications/status-machine.js';
import { PostsFull, StaleVersion, type ApplicationStore } from '../applications/store.js';
import type { Application } from '../applications/application.js';
import { postsTakenReason } from '../applications/status-machine.js';
import { conflictOf } from '../admin/edit-application.js';
import { PostsTaken } from '../admin/posts-taken.js';
import { readiness } from '../admin/application-row.js';
import { openForStaff } from '../admin/staff-application.js';
import { ForbiddenTransition, NotFound, SecondmentRulesBroken, type FieldIssue } from '../errors.js';
import type { StaffPrincipal } from '../staff/principal.js';
import { secondmentLimits } from '../vacancies/secondment-rules.js';
import type { Vacancy } from '../vacancies/schema.js';
import type { VacancyStore } from '../vacancies/store.js';
import { defaultAnswerBy, todayIn } from './answer-by.js';
import type { Offer } from './offer.js';
import type { OfferTerms } from './schema.js';

export interface OfferDependencies {
  applications: ApplicationStore;
  vacancies: Pick<VacancyStore, 'get'>;
  /** The stage's days to answer when HR gives no answer-by (OFFER_ANSWER_DAYS). */
  answerDays: number;
}

/**
 * The terms' rules across fields, judged in the duty station: the answer-by day not before
 * today there, the start after it, the home administration's confirmation due by the start,
 * and the months within the secondment type's first period.
 */
export const offerTermsViolations = (terms: OfferTerms & { answerBy: string }, vacancy: Pick<Vacancy, 'timeZone' | 'secondmentType'>, now: Date): FieldIssue[] => {
  const today = todayIn(vacancy.timeZone, now);
  const limits = secondmentLimits[vacancy.secondmentType];
  return [
    ...(terms.answerBy < today ? [{ path: 'answerBy', message: `The answer-by date is in the past in the duty station (today is ${today} in ${vacancy.timeZone}).` }] : []),
    ...(terms.startsOn <= terms.answerBy ? [{ path: 'startsOn', message: 'The secondment starts after the answer-by date.' }] : []),
    ...(terms.homeConfirmation.by < today ? [{ path: 'homeConfirmation.by', message: `The home administration's confirmation date is in the past in the duty station (today is ${today}).` }] : []),
    ...(terms.homeConfirmation.by > terms.startsOn ? [{ path: 'homeConfirmation.by', message: 'The home administration confirms by the start of the secondment.' }] : []),
    ...(terms.months < limits.minInitial || terms.months > limits.maxInitial
      ? [{ path: 'months', message: `A ${vacancy.secondmentType} secondment runs ${limits.minInitial} to ${limits.maxInitial} months at first; the offer says ${terms.months}.` }]
      : []),
  ];
};

/** The same offer again (a retried request): already so, nothing written. */
const sameOffer = (offer: Offer | undefined, terms: OfferTerms & { answerBy: string }): boolean =>
  offer !== undefined &&
  offer.answerBy === terms.answerBy &&
  offer.startsOn === terms.startsOn &&
  offer.months === terms.months &&
  offer.homeConfirmation.by === terms.homeConfirmation.by &&
  offer.homeConfirmation.terms.join() === terms.homeConfirmation.terms.join();

export type OfferOutcome = { outcome: 'made' | 'unchanged'; application: Application };

/** Makes the offer on application `id` of `vacancy`, at the `version` HR read. */
export const makeOffer = async (
  deps: OfferDependencies,
  principal: StaffPrincipal,
  vacancyNumber: string,
  id: string,
  version: number,
  body: OfferTerms,
  now: Date,
  fromReserve = false,
): Promise<OfferOutcome> => {
  const application = await openForStaff(deps.applications, principal, id);
  if (application.vacancy !== vacancyNumber) throw new NotFound('There is no application with this id.', { key: 'problem.notFound.application' });
  const vacancy = await deps.vacancies.get(vacancyNumber);
  if (!vacancy) throw new NotFound(`There is no vacancy ${vacancyNumber}.`);
  const terms = { ...body, answerBy: body.answerBy ?? defaultAnswerBy(vacancy.timeZone, now, deps.answerDays) };
  // A retry of the offer that was made finds it in place, whatever the version.
  if (application.status === 'offered' && sameOffer(application.offer, terms)) return { outcome: 'unchanged', application };
  if (application.version !== version) throw await conflictOf(deps.applications, application, principal, now);
  const violations = offerTermsViolations(terms, vacancy, now);
  if (violations.length > 0) throw new SecondmentRulesBroken(violations);
  const vacancyTerms = await deps.applications.vacancyTerms(vacancyNumber);
  if (!vacancyTerms) throw new NotFound(`There is no vacancy ${vacancyNumber}.`);
  const verdict = checkTransition(application.status, 'offered', readiness(application, vacancyTerms, now).context);
  if (!verdict.allowed) {
    throw verdict.postsTaken ? new PostsTaken(vacancyTerms.posts, vacancyTerms.held, postsTakenReason(vacancyTerms.posts, vacancyTerms.held)) : new ForbiddenTransition(verdict.reason);
  }
  const at = now.toISOString();
  const offer: Offer = {
    madeAt: at,
    madeBy: principal.email,
    answerBy: terms.answerBy,
    startsOn: terms.startsOn,
    months: terms.months,
    homeConfirmation: { by: terms.homeConfirmation.by, terms: terms.homeConfirmation.terms },
    ...(fromReserve ? { fromReserve: true as const } : {}),
  };
  const audit = {
    at,
    by: principal.email,
    action: 'status-changed' as const,
    changes: {
      status: { from: application.status, to: 'offered' },
      offer: { from: null, to: { answerBy: offer.answerBy, startsOn: offer.startsOn, months: offer.months, homeConfirmationBy: offer.homeConfirmation.by } },
    },
  };
  try {
    const written = await deps.applications.update(id, version, { status: 'offered', offer, updatedAt: at }, audit, application, { posts: vacancyTerms.posts });
    return { outcome: 'made', application: written };
  } catch (error) {
    // Another offer took the last post between the judgement and the write: the write refused it.
    if (error instanceof PostsFull) throw new PostsTaken(vacancyTerms.posts, error.count.held, postsTakenReason(vacancyTerms.posts, error.count.held));
    if (!(error instanceof StaleVersion)) throw error;
    const fresh = await openForStaff(deps.applications, principal, id);
    if (fresh.status === 'offered' && sameOffer(fresh.offer, terms)) return { outcome: 'unchanged', application: fresh };
    throw await conflictOf(deps.applications, fresh, principal, now);
  }
};
