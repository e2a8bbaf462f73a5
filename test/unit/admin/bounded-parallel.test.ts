import { describe, expect, it } from 'vitest';
import { mapBounded } from '#shared/admin/bounded-parallel.js';

describe('running calls with a bound on how many are in flight', () => {
  it('answers in the items’ order, never running more than the bound at once', async () => {
    let inFlight = 0;
    let most = 0;
    const delays = [30, 5, 20, 1, 15, 2, 8];

    const results = await mapBounded(delays, 3, async (delay) => {
      inFlight += 1;
      most = Math.max(most, inFlight);
      await new Promise((resolve) => setTimeout(resolve, delay));
      inFlight -= 1;
      return delay * 2;
    });

    expect(results).toEqual(delays.map((delay) => delay * 2));
    expect(most).toBe(3);
  });

  it('answers an empty list for no items', async () => {
    expect(await mapBounded([], 4, async () => 1)).toEqual([]);
  });
});
