/**
 * Domain errors. They carry no HTTP: `functions/` maps each `kind` to a problem+json type and
 * status in one table (functions/http/problem-types.ts).
 */
export type DomainErrorKind =
  | 'validation'
  | 'not-found'
  | 'conflict'
  | 'vacancy-closed'
  | 'forbidden-transition'
  | 'secondment-rules'
  | 'unauthorized'
  | 'forbidden'
  | 'idempotency-key-reused'
  | 'document-rejected'
  | 'document-too-late'
  | 'clearance-too-low'
  | 'confirmation-expired'
  | 'nothing-to-override';

export interface FieldIssue {
  path: string;
  message: string;
}

export abstract class DomainError extends Error {
  abstract readonly kind: DomainErrorKind;
}

export class ValidationFailed extends DomainError {
  readonly kind = 'validation';
  constructor(readonly errors: FieldIssue[], message = 'The request is not valid.') {
    super(message);
  }
}

export class NotFound extends DomainError {
  readonly kind = 'not-found';
}

export class Conflict extends DomainError {
  readonly kind = 'conflict';
}

export class VacancyClosed extends DomainError {
  readonly kind = 'vacancy-closed';
}

export class ForbiddenTransition extends DomainError {
  readonly kind = 'forbidden-transition';
}

/** An eligibility override of an application its notice's requirements do not flag. */
export class NothingToOverride extends DomainError {
  readonly kind = 'nothing-to-override';
}

export class SecondmentRulesBroken extends DomainError {
  readonly kind = 'secondment-rules';
  constructor(readonly errors: FieldIssue[]) {
    super(errors.map((e) => e.message).join(' '));
  }
}

export class Unauthorized extends DomainError {
  readonly kind = 'unauthorized';
}

export class Forbidden extends DomainError {
  readonly kind = 'forbidden';
}

/** An application's address can no longer be confirmed: its link expired, or it was withdrawn unconfirmed. */
export class ConfirmationExpired extends DomainError {
  readonly kind = 'confirmation-expired';
}

/** The same Idempotency-Key came back with a different request. */
export class IdempotencyKeyReused extends DomainError {
  readonly kind = 'idempotency-key-reused';
}

export type DocumentRejectionReason = 'missing' | 'empty' | 'too-large' | 'wrong-type' | 'content-mismatch';

/**
 * An uploaded object that cannot be recorded: missing, empty, too large, or not what its type
 * claims. `reason` is machine-readable (it becomes the problem's `reason` member).
 */
export class DocumentRejected extends DomainError {
  readonly kind = 'document-rejected';
  constructor(
    readonly reason: DocumentRejectionReason,
    message: string,
  ) {
    super(message);
  }
}

/**
 * An upload completed after its vacancy stopped taking documents (deadline, close, cancellation):
 * it arrived after that moment, or was not completed within an offer's lifetime of its arrival.
 */
export class DocumentTooLate extends DomainError {
  readonly kind = 'document-too-late';
}

/** An NCB's attestation of screening below the level the vacancy requires (Basic for an Enhanced vacancy). */
export class ClearanceTooLow extends DomainError {
  readonly kind = 'clearance-too-low';
}
