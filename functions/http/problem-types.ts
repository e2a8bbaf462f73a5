import type { DomainErrorKind } from '#shared/errors.js';

/** The one mapping from domain errors to problem+json (RFC 9457) types and statuses. */
export const problemTypes: Record<DomainErrorKind, { type: string; title: string; status: number }> = {
  validation: { type: '/problems/validation', title: 'The request is not valid', status: 400 },
  unauthorized: { type: '/problems/unauthorized', title: 'Sign-in required', status: 401 },
  forbidden: { type: '/problems/forbidden', title: 'Not allowed', status: 403 },
  'not-found': { type: '/problems/not-found', title: 'Not found', status: 404 },
  conflict: { type: '/problems/conflict', title: 'Conflict', status: 409 },
  'vacancy-closed': { type: '/problems/vacancy-closed', title: 'The vacancy is closed', status: 422 },
  'forbidden-transition': { type: '/problems/forbidden-transition', title: 'Status change not allowed', status: 422 },
  'idempotency-key-reused': { type: '/problems/idempotency-key-reused', title: 'Idempotency-Key used for another request', status: 422 },
  'document-rejected': { type: '/problems/document-rejected', title: 'The document was not accepted', status: 422 },
  'document-too-late': { type: '/problems/document-too-late', title: 'The document came after the vacancy closed', status: 422 },
  'clearance-too-low': { type: '/problems/clearance-too-low', title: "The screening is below the vacancy's clearance level", status: 422 },
  'nothing-to-override': { type: '/problems/nothing-to-override', title: 'The application meets every requirement: there is no flag to override', status: 422 },
  'secondment-rules': { type: '/problems/secondment-rules', title: 'The secondment rules are broken', status: 422 },
  'confirmation-expired': { type: '/problems/confirmation-expired', title: 'The application can no longer be confirmed', status: 410 },
};
