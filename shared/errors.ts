import type { ValidationKey } from './i18n/catalogues/validation/en.js';

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

/** A problem's message in the catalogues (shared/i18n/catalogues/validation/): `problem.*`. */
export type ProblemKey = Extract<ValidationKey, `problem.${string}`>;

/**
 * A value a problem's message says. An instant is no text yet: each language writes its day or
 * its time of day in the zone named (the duty station's, for a vacancy), never as ISO in prose;
 * a country is named in the reader's language; a message may say another (a sentence around it).
 */
export type ProblemValue =
  | string
  | number
  | { readonly day: Date; readonly timeZone: string }
  | { readonly timeOfDay: Date; readonly timeZone: string }
  | { readonly calendarDate: string }
  | { readonly country: string }
  | { readonly message: ProblemMessage };

/** The day `instant` falls on in `timeZone`, as the reader's language writes it ("30 mars 2027"). */
export const dayIn = (instant: Date, timeZone: string): ProblemValue => ({ day: instant, timeZone });
/** The time of day of `instant` in `timeZone` ("23:59"). */
export const timeIn = (instant: Date, timeZone: string): ProblemValue => ({ timeOfDay: instant, timeZone });
/** A calendar date (YYYY-MM-DD) in words, in no zone. */
export const calendarDate = (isoDate: string): ProblemValue => ({ calendarDate: isoDate });
/** A country's name from its ISO 3166-1 code ("Sénégal", "السنغال"). */
export const countryNamed = (code: string): ProblemValue => ({ country: code });

/**
 * What a candidate or an NCB officer reads of a problem, in any language: the message's key and
 * its values. The problem middleware says it in the request's language; English answers keep the
 * error's own `message`, which the catalogue's English repeats.
 */
export interface ProblemMessage {
  readonly key: ProblemKey;
  readonly values?: Readonly<Record<string, ProblemValue>>;
}

export abstract class DomainError extends Error {
  abstract readonly kind: DomainErrorKind;
  /** `message` is the English detail; `translation` says it in the reader's language (absent: HR-only, English). */
  constructor(
    message?: string,
    readonly translation?: ProblemMessage,
  ) {
    super(message);
  }
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
  /** HR's rules (a vacancy's, an offer's) stay English; a deployment's give their translation (shared/deployment/refusals.ts). */
  constructor(
    readonly errors: FieldIssue[],
    translation?: ProblemMessage,
  ) {
    super(errors.map((e) => e.message).join(' '), translation);
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
    translation?: ProblemMessage,
  ) {
    super(message, translation);
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
