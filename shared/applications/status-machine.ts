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

/** What a move may depend on beyond the two statuses. */
export interface TransitionContext {
  /** CV and confirmation letter received, and the NCB has validated the application. */
  complete: boolean;
}

export type TransitionVerdict = { allowed: true } | { allowed: false; reason: string };

export const isFinal = (status: ApplicationStatus): boolean => transitions[status].length === 0;

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
  if (to === 'shortlisted' && !context.complete) {
    return {
      allowed: false,
      reason: 'Only complete applications can be shortlisted: CV, confirmation letter and NCB validation are needed.',
    };
  }
  return { allowed: true };
};

/** The statuses a row can move to now: what the grid's dropdown offers. */
export const nextStatuses = (from: ApplicationStatus, context: TransitionContext): ApplicationStatus[] =>
  transitions[from].filter((to) => checkTransition(from, to, context).allowed);
