/** About 8 s in all, within the submit route's 10 s: long enough for DynamoDB Local to restart, short of a real outage. */
const PAUSES_MS = [250, 500, 1000, 2000, 4000];

/**
 * Writes what records that an email went (a claim's confirm, a digest's watermark). The email
 * cannot be taken back, so a write lost now means a second email later: it outlasts a short table
 * outage, where the SDK's own retries give up within a second. `isFinal` errors (a failed
 * condition) are answers, not outages, and are thrown at once.
 */
export const recordAfterSend = async <T>(write: () => Promise<T>, isFinal: (error: unknown) => boolean = () => false): Promise<T> => {
  for (const pause of PAUSES_MS) {
    try {
      return await write();
    } catch (error) {
      if (isFinal(error)) throw error;
      await new Promise((resolve) => setTimeout(resolve, pause));
    }
  }
  return write();
};
