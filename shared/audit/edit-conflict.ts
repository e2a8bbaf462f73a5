import { DomainError, type ProblemMessage } from '../errors.js';

/**
 * Someone else changed the record since the editor read it (a stale version). Carries the record
 * as stored now, in the shape the editor sees it, so the page can show the new values and say
 * what happened instead of overwriting them: the 409's `current`.
 */
export class EditConflict<Current = unknown> extends DomainError {
  readonly kind = 'conflict';
  constructor(
    readonly current: Current,
    message: string,
    translation?: ProblemMessage,
  ) {
    super(message, translation);
  }
}
