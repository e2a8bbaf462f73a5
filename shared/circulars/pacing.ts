/**
 * Pacing under the stage's SES send rate, as a pure rule over the injected clock: the k-th send of a
 * run (counting from 0) may go `k / rate` seconds after the run's first, so any second holds at
 * most `rate` sends, whatever the sends' own latency, and a slow SES never earns a burst after.
 */
export interface Pace {
  /** Sends per second the stage allows (SES's maximum send rate, or less). */
  ratePerSecond: number;
  /** When this run's first send went (or may go). */
  startedAt: Date;
  /** Sends this run has made. */
  sent: number;
}

/** The earliest instant the next send may go. */
export const nextSendAt = ({ ratePerSecond, startedAt, sent }: Pace): Date => new Date(startedAt.getTime() + Math.ceil((sent * 1000) / ratePerSecond));

/** How many sends may go at `now`: 0 means wait until `nextSendAt`. */
export const sendsAllowed = (pace: Pace, now: Date): number => {
  const elapsed = now.getTime() - pace.startedAt.getTime();
  if (elapsed < 0) return 0;
  return Math.max(0, Math.floor((elapsed * pace.ratePerSecond) / 1000) + 1 - pace.sent);
};
