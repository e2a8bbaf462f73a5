import { scaled } from '../../support/test-scale.js';

/** Cases a route gets: the 10,000 in CI, ten times that under `npm run test:long`. */
export const RUNS = scaled(10_000, 100_000);

/** Generous: a property is thousands of calls on a shared 2-core machine; each prints its own time. */
export const TIMEOUT = scaled(600_000, 6_000_000);
