import { applicationsCloseAt } from '../vacancies/deadline.js';
import type { Vacancy } from '../vacancies/schema.js';
import type { ApplicationStatus, TransitionContext } from './status-machine.js';

/** A vacancy's posts as its applications hold them: offers outstanding plus appointments, and the appointments. */
export interface PostCount {
  held: number;
  appointed: number;
}

/**
 * What the rules on an application's moves need to know of its vacancy, as stored now; and its
 * notice, whose requirements an application is judged against (shared/eligibility/), absent on a
 * vacancy stored before notices had a body.
 */
export type VacancyTerms = Pick<Vacancy, 'number' | 'clearance' | 'posts' | 'deadline' | 'timeZone' | 'status' | 'notice' | 'maxValidatedPerCountry'> & PostCount;

/** An offer outstanding or an appointment takes one of the vacancy's posts; an offer that ends frees it. */
export const holdsPost = (status: ApplicationStatus): boolean => status === 'offered' || status === 'appointed';

/** How a move changes the vacancy's count (docs/data-model.md, the posts counter). */
export const postCountChange = (from: ApplicationStatus, to: ApplicationStatus): PostCount => ({
  held: Number(holdsPost(to)) - Number(holdsPost(from)),
  appointed: Number(to === 'appointed') - Number(from === 'appointed'),
});

/** Appointing waits for the end of the deadline day in the duty station: everyone who applied in time is assessed together. */
export const appointingOpen = (terms: Pick<VacancyTerms, 'deadline' | 'timeZone'>, now: Date): boolean =>
  now.getTime() >= applicationsCloseAt(terms).getTime();

/** The status machine's context for an application of this vacancy. */
export const transitionContext = (
  application: Pick<TransitionContext, 'complete' | 'declined' | 'unconfirmed' | 'offer'>,
  terms: VacancyTerms,
  now: Date,
): TransitionContext => ({
  ...application,
  posts: terms.posts,
  held: terms.held,
  deadlinePassed: appointingOpen(terms, now),
  vacancyCancelled: terms.status === 'cancelled',
});
