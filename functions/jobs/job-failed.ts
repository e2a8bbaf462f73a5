/** What a job answers: counts only (sent, skipped, failed...), never an address or a name. */
export type JobSummary = Record<string, number | string | Record<string, number>>;

/**
 * A run that did not do all it should: Lambda's asynchronous retries and the DLQ take it from
 * here. `transient` when what stopped it was a dependency down or throttling (a send that
 * failed, a table away): a retry is safe and likely to pass; otherwise it is a bug to look at in
 * the log. In a module of its own, which reads no configuration, so the local jobs endpoint can
 * tell it apart before the stack has set the environment.
 */
export class JobFailed extends Error {
  override readonly name = 'JobFailed';
  constructor(
    message: string,
    readonly transient: boolean,
    /** What the run did before it failed (counts only), when it got as far as a summary. */
    readonly summary?: JobSummary,
  ) {
    super(message);
  }
}
