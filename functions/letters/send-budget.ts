import type { Context } from 'aws-lambda';
import type { SendBudget } from '#shared/letters/send-letters.js';
import { systemClock } from '#shared/time/clock.js';
import { readConfig } from '../config.js';

/**
 * The time a letters run may begin letters in: its function's time less room for the last one's
 * SES call (5 s timeout), its claim's confirmation and the answer. A letter begun is finished, so
 * none is cut off half-way with its claim pending; the ones not begun are counted (`left`) and go
 * with the next run. Letters begin no faster than the stage's SES send rate (the `sending` setting,
 * the circular's): a burst above it would only be refused. No budget where the context gives no
 * deadline (a direct call in a test).
 */
export const sendBudget = (context: Pick<Context, 'getRemainingTimeInMillis'> | undefined, roomMs: number): SendBudget | undefined => {
  const remaining = context?.getRemainingTimeInMillis?.();
  if (remaining === undefined) return undefined;
  const { CIRCULAR_SEND_RATE_PER_SECOND } = readConfig(['CIRCULAR_SEND_RATE_PER_SECOND']);
  return {
    clock: systemClock,
    stopAt: new Date(systemClock.now().getTime() + Math.max(0, remaining - roomMs)),
    ratePerSecond: CIRCULAR_SEND_RATE_PER_SECOND,
    pause: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  };
};

/** A route's room: the last SES call's 5 s, its confirmation and the answer, under the route's 28 s. */
export const ROUTE_ROOM_MS = 8_000;
/** The job's room, as the circular's: the last send, the summary and the log line. */
export const JOB_ROOM_MS = 20_000;
