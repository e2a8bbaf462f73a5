import type { Clock } from '#shared/time/clock.js';

/** A clock a test moves by hand. */
export const settableClock = (start: string | Date) => {
  let current = new Date(start);
  const clock: Clock & { set(at: string | Date): void } = {
    now: () => new Date(current),
    set: (at) => {
      current = new Date(at);
    },
  };
  return clock;
};
