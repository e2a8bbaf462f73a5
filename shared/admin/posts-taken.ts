import { DomainError, type ProblemMessage } from '../errors.js';

/**
 * An offer that would hold more posts than the vacancy has: a conflict with the offers already
 * made (409), carrying the count so the page can say it. Beside shared/errors.ts, as EditConflict
 * is: a second error of the kind `conflict`, with members of its own.
 */
export class PostsTaken extends DomainError {
  readonly kind = 'conflict';
  constructor(
    readonly posts: number,
    readonly held: number,
    message: string,
    translation?: ProblemMessage,
  ) {
    super(message, translation);
  }
}
