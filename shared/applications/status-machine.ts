/**
 * The application status machine (DESIGN.md), as one table. Every path that changes a status
 * (API, grid, bulk, import, candidate withdrawal) asks `checkTransition`.
 */
export const applicationStatuses = [
  'submitted',
  'screening',
  'shortlisted',
  'tested',
  'interviewed',
  'offered',
  'appointed',
  'rejected',
  'withdrawn',
] as const;

export type ApplicationStatus = (typeof applicationStatuses)[number];

const exits = ['rejected', 'withdrawn'] as const;

/** Allowed moves. The written test is optional, so a shortlisted candidate may go straight to interview. */
export const transitions: Readonly<Record<ApplicationStatus, readonly ApplicationStatus[]>> = {
  submitted: ['screening', ...exits],
  screening: ['shortlisted', ...exits],
  shortlisted: ['tested', 'interviewed', ...exits],
  tested: ['interviewed', ...exits],
  interviewed: ['offered', ...exits],
  offered: ['appointed', ...exits],
  appointed: [],
  rejected: [],
  withdrawn: [],
};

/** The statuses that take an application forward: each needs a complete application. */
export const forwardStatuses: readonly ApplicationStatus[] = ['shortlisted', 'tested', 'interviewed', 'offered', 'appointed'];

/** What a move may depend on beyond the two statuses: the application's state and its vacancy's. */
export interface TransitionContext {
  /** CV and confirmation letter received, and the NCB has validated at the vacancy's clearance level. */
  complete: boolean;
  /** The NCB's last decision is a decline (it may come after shortlisting). */
  declined: boolean;
  /** The vacancy's posts, and how many offers outstanding plus appointments hold them now. */
  posts: number;
  held: number;
  /** The vacancy's deadline day has ended in its duty station: appointing may begin. */
  deadlinePassed: boolean;
  vacancyCancelled: boolean;
  /** The candidate has not confirmed their email address yet: whoever typed it may not own it. */
  unconfirmed: boolean;
  /**
   * Where the application's offer stands (shared/offers/appointing.ts): appointing needs it `settled`,
   * accepted and confirmed by the home administration. Absent when there is no offer (an item stored
   * before offers existed is appointed as before).
   */
  offer?: 'awaits-answer' | 'awaits-home-confirmation' | 'settled';
}

/** A refusal; `postsTaken` marks the one that is a conflict with other offers (409) rather than a rule (422). */
export type TransitionVerdict = { allowed: true } | { allowed: false; reason: string; postsTaken?: true };

export const isFinal = (status: ApplicationStatus): boolean => transitions[status].length === 0;

const postsWord = (count: number) => (count === 1 ? '1 post' : `${count} posts`);

/** Why an offer is refused on a full vacancy: the judgement's and the write's refusal say the same. */
export const postsTakenReason = (posts: number, held: number): string =>
  `Every post of this vacancy is held (${held} of ${postsWord(posts)}, by offers outstanding and appointments): an offer frees its post only when it ends in rejected or withdrawn.`;

export const checkTransition = (
  from: ApplicationStatus,
  to: ApplicationStatus,
  context: TransitionContext,
): TransitionVerdict => {
  if (from === to) return { allowed: false, reason: `The application is already ${from}.` };
  if (isFinal(from)) return { allowed: false, reason: `A ${from} application cannot change status.` };
  if (!transitions[from].includes(to)) {
    return {
      allowed: false,
      reason: `An application cannot move from ${from} to ${to}; from ${from} it can move to ${transitions[from].join(', ')}.`,
    };
  }
  if (context.unconfirmed && !(exits as readonly ApplicationStatus[]).includes(to)) {
    return {
      allowed: false,
      reason: 'The candidate has not confirmed their email address yet: until they follow the link in their receipt, the application can only be rejected or withdrawn.',
    };
  }
  if (!forwardStatuses.includes(to)) return { allowed: true };
  if (context.vacancyCancelled) return { allowed: false, reason: 'The vacancy is cancelled: its applications can only be rejected or withdrawn.' };
  if (context.declined) {
    return { allowed: false, reason: 'The NCB declined this application: it can only be rejected or withdrawn until the NCB validates it again.' };
  }
  if (!context.complete) {
    return {
      allowed: false,
      reason: `Only complete applications can move to ${to}: CV, confirmation letter and NCB validation at the vacancy's clearance level are needed.`,
    };
  }
  if (to === 'offered' && context.held >= context.posts) {
    return {
      allowed: false,
      postsTaken: true,
      reason: postsTakenReason(context.posts, context.held),
    };
  }
  if (to === 'appointed' && !context.deadlinePassed) {
    return { allowed: false, reason: 'Appointing waits for the deadline: everyone who applied in time is assessed together.' };
  }
  if (to === 'appointed' && context.offer === 'awaits-answer') {
    return { allowed: false, reason: 'Appointing needs the candidate to accept the offer first (on their status page, by its answer-by date).' };
  }
  if (to === 'appointed' && context.offer === 'awaits-home-confirmation') {
    return { allowed: false, reason: "Appointing needs the home administration's confirmation of the secondment's terms, recorded by the candidate's NCB." };
  }
  return { allowed: true };
};

/** The statuses a row can move to now: what the grid's dropdown offers. */
export const nextStatuses = (from: ApplicationStatus, context: TransitionContext): ApplicationStatus[] =>
  transitions[from].filter((to) => checkTransition(from, to, context).allowed);

/** A context that allows only the exits (rejected, withdrawn), which need nothing of the vacancy: a withdrawal, or staff ending an application. */
export const exitsOnly: TransitionContext = { complete: false, declined: false, posts: 0, held: 0, deadlinePassed: false, vacancyCancelled: false, unconfirmed: false };
