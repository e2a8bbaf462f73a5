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
  | 'forbidden';

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
