import { isTransientDependencyFailure } from '../dependency-failure.js';

/**
 * How long a write that records a sent email keeps trying: longer than DynamoDB Local takes to
 * restart on a loaded machine (5-10 s measured), within the 25 s the submit route is given.
 */
export const AFTER_SEND_PATIENCE_MS = 15_000;
const FIRST_PAUSE_MS = 250;
const LONGEST_PAUSE_MS = 4_000;

export interface AfterSendOptions {
  /** Is this error an answer rather than an outage? Then it is thrown at once. */
  isFinal?: (error: unknown) => boolean;
  /** The pauses between tries add up to at most this. */
  patienceMs?: number;
  /** Waits between tries (tests pass one that does not). */
  pause?: (ms: number) => Promise<void>;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Writes what records that an email went (a claim's confirm, a digest's watermark). The email
 * cannot be taken back, so a write lost now means a second email later: it outlasts a table
 * outage of up to `patienceMs`, where the SDK's own retries give up within a second. Past that
 * it throws, and the email may go again after its claim's lease: at least once, never lost.
 * Only outages are retried (functions/adapters/dependency-failure.ts): a failed condition, a
 * denied grant or a bad request is an answer, thrown at once.
 */
export const recordAfterSend = async <T>(
  write: () => Promise<T>,
  { isFinal = (error) => !isTransientDependencyFailure(error), patienceMs = AFTER_SEND_PATIENCE_MS, pause = sleep }: AfterSendOptions = {},
): Promise<T> => {
  let waited = 0;
  for (let next = FIRST_PAUSE_MS; ; next = Math.min(next * 2, LONGEST_PAUSE_MS)) {
    try {
      return await write();
    } catch (error) {
      const wait = Math.min(next, patienceMs - waited);
      if (isFinal(error) || wait <= 0) throw error;
      await pause(wait);
      waited += wait;
    }
  }
};
