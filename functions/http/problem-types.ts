import type { DomainErrorKind, ProblemKey } from '#shared/errors.js';

/**
 * The one mapping from domain errors to problem+json (RFC 9457) types and statuses. `title` is the
 * English title; `titleKey` says it in the request's language (the catalogues' problem.*.title).
 */
export const problemTypes: Record<DomainErrorKind, { type: string; title: string; titleKey: ProblemKey; status: number }> = {
  validation: { type: '/problems/validation', title: 'The request is not valid', titleKey: 'problem.validation.title', status: 400 },
  unauthorized: { type: '/problems/unauthorized', title: 'Sign-in required', titleKey: 'problem.unauthorized.title', status: 401 },
  forbidden: { type: '/problems/forbidden', title: 'Not allowed', titleKey: 'problem.forbidden.title', status: 403 },
  'not-found': { type: '/problems/not-found', title: 'Not found', titleKey: 'problem.notFound.title', status: 404 },
  conflict: { type: '/problems/conflict', title: 'Conflict', titleKey: 'problem.conflict.title', status: 409 },
  'vacancy-closed': { type: '/problems/vacancy-closed', title: 'The vacancy is closed', titleKey: 'problem.vacancyClosed.title', status: 422 },
  'forbidden-transition': { type: '/problems/forbidden-transition', title: 'Status change not allowed', titleKey: 'problem.forbiddenTransition.title', status: 422 },
  'idempotency-key-reused': { type: '/problems/idempotency-key-reused', title: 'Idempotency-Key used for another request', titleKey: 'problem.idempotencyKeyReused.title', status: 422 },
  'document-rejected': { type: '/problems/document-rejected', title: 'The document was not accepted', titleKey: 'problem.documentRejected.title', status: 422 },
  'document-too-late': { type: '/problems/document-too-late', title: 'The document came after the vacancy closed', titleKey: 'problem.documentTooLate.title', status: 422 },
  'clearance-too-low': { type: '/problems/clearance-too-low', title: "The screening is below the vacancy's clearance level", titleKey: 'problem.clearanceTooLow.title', status: 422 },
  'nothing-to-override': { type: '/problems/nothing-to-override', title: 'The application meets every requirement: there is no flag to override', titleKey: 'problem.nothingToOverride.title', status: 422 },
  'secondment-rules': { type: '/problems/secondment-rules', title: 'The secondment rules are broken', titleKey: 'problem.secondmentRules.title', status: 422 },
  'confirmation-expired': { type: '/problems/confirmation-expired', title: 'The application can no longer be confirmed', titleKey: 'problem.confirmationExpired.title', status: 410 },
};
