import type { Clock } from '../time/clock.js';

/** When a run stops beginning sends: a route or a job ends before its function's time does, so no send is cut off half-way. */
export interface SendBudget {
  clock: Clock;
  stopAt: Date;
  /** The stage's SES send rate: emails begin no faster (as the circular's), so SES refuses none for the rate. */
  ratePerSecond?: number;
  /** Waits that long (a timer in a function; a test moves its clock). */
  pause?: (ms: number) => Promise<void>;
}

/**
 * Each unit of work's start (a letter, a secondment's notices), paced and bounded: a slot is taken
 * before any wait (so the units begun at once take one slot each), its emails spaced by the rate;
 * a slot at or after the budget's end is not taken, and the unit is left for the next run.
 */
export const pacing = (budget: SendBudget) => {
  const gap = budget.ratePerSecond ? 1000 / budget.ratePerSecond : 0;
  let next = Number.NEGATIVE_INFINITY;
  return async (emails: number): Promise<boolean> => {
    const now = budget.clock.now().getTime();
    const at = Math.max(next, now);
    if (at >= budget.stopAt.getTime()) return false;
    next = at + gap * emails;
    if (at > now && budget.pause) await budget.pause(at - now);
    return true;
  };
};
