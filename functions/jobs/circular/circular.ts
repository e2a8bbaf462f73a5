import { runCirculars } from '#shared/circulars/send-circulars.js';
import { systemClock } from '#shared/time/clock.js';
import { ncbContactStore } from '../../stores/ncb-contact-store.js';
import { circularStores } from '../../stores/circular-stores.js';
import { readConfig } from '../../config.js';
import { emailStores } from '../../stores/email-stores.js';
import { vacancyStore } from '../../stores/vacancy-store.js';
import { jobHandler } from '../job-handler.js';

const { PUBLIC_BASE_URL, CIRCULAR_SEND_RATE_PER_SECOND } = readConfig(['PUBLIC_BASE_URL', 'CIRCULAR_SEND_RATE_PER_SECOND']);
const vacancies = vacancyStore();
const contacts = ncbContactStore();
const { circulars } = circularStores();
const { suppressions, sender } = emailStores();

/** Room left after the last send starts: its mark, the summary and the log line, with a margin for a slow SES call (5 s timeout). */
const STOP_BEFORE_DEADLINE_MS = 20_000;

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * The `circular` job: each vacancy taking applications sent, once, to every NCB contact, and again,
 * amended, after a correction; paced under the stage's SES send rate and stopped before the
 * function's time runs out (the next run, 5 minutes later, resumes).
 */
export const handler = jobHandler('circular', async ({ now, context }) => {
  const stopAt = new Date(systemClock.now().getTime() + context.getRemainingTimeInMillis() - STOP_BEFORE_DEADLINE_MS);
  return {
    ...(await runCirculars(
      { vacancies, contacts, circulars, suppressions, sender, clock: systemClock, pause: sleep },
      { ratePerSecond: CIRCULAR_SEND_RATE_PER_SECOND, publicBaseUrl: PUBLIC_BASE_URL, stopAt },
      now,
    )),
  };
});
