import { scaled } from '../../support/test-scale.js';

/**
 * How many cases a property runs: `minimum` always, whatever the machine's load, then on up to
 * `full` while the property is within its time budget (`propertyBudgetMs`; none under
 * `npm run test:long`, where `full` always runs). A plain number is a fixed count.
 */
export interface Runs {
  full: number;
  minimum: number;
}

/**
 * A route's cases: at most the 10,000 in CI, ten times that under `npm run test:long`;
 * at least 2,000 on a busy machine. 2,000 is the count the fixed properties already hold enough
 * (bad tokens, Idempotency-Keys): each caller role and each weighted branch of a route's
 * arbitraries (one in ten is the rarer branch) still gets hundreds of cases, and every defect the
 * suites found (test/properties/fixed-defects.test.ts) was first hit within the first 2,000.
 */
export const RUNS: Runs = { full: scaled(10_000, 100_000), minimum: 2_000 };

/** Generous: a property is thousands of calls on a shared 2-core machine; each prints its own time. */
export const TIMEOUT = scaled(600_000, 6_000_000);
