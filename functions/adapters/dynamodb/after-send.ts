/**
 * How long a write that records a sent email keeps trying: longer than DynamoDB Local takes to
 * restart on a loaded machine (5-10 s measured), within the 29 s the submit route is given for it.
 */
export const AFTER_SEND_PATIENCE_MS = 20_000;
const FIRST_PAUSE_MS = 250;
const LONGEST_PAUSE_MS = 4_000;

/**
 * Writes what records that an email went (a claim's confirm, a digest's watermark). The email
 * cannot be taken back, so a write lost now means a second email later: it outlasts a table
 * outage of up to `patienceMs`, where the SDK's own retries give up within a second. Past that
 * it throws, and the email may go again after its claim's lease: at least once, never lost.
 * `isFinal` errors (a failed condition) are answers, not outages, and are thrown at once.
 */
export const recordAfterSend = async <T>(
  write: () => Promise<T>,
  isFinal: (error: unknown) => boolean = () => false,
  patienceMs: number = AFTER_SEND_PATIENCE_MS,
): Promise<T> => {
  const giveUpAt = performance.now() + patienceMs;
  for (let pause = FIRST_PAUSE_MS; ; pause = Math.min(pause * 2, LONGEST_PAUSE_MS)) {
    try {
      return await write();
    } catch (error) {
      const left = giveUpAt - performance.now();
      // A last pause of a few ms would only try once more at once: spent is spent.
      if (isFinal(error) || left < 20) throw error;
      await new Promise((resolve) => setTimeout(resolve, Math.min(pause, left)));
    }
  }
};
