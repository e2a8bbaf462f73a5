/**
 * How hard the attack suites (properties, faults, concurrency) push: CI runs the bounded size,
 * `npm run test:long` (TEST_LONG=1) the long one. One switch for every suite.
 */
export const longRun = process.env.TEST_LONG === '1';

/** `ci` cases (or requests, rounds) in CI and `npm test`, `long` under `npm run test:long`. */
export const scaled = (ci: number, long: number): number => (longRun ? long : ci);

/**
 * The fast-check seed: fixed, so a failure replays the same way; PROPERTY_SEED overrides it to
 * explore. Each suite prints it with its run count, so a report names what it ran.
 */
export const propertySeed = Number(process.env.PROPERTY_SEED ?? 20261201);

/**
 * How long one property may go on past its minimum count (test/properties/harness/runs.ts), in
 * ms: 60 s in CI and `npm test`, so a busy machine cuts the cases, not the assertions. None under
 * TEST_LONG. PROPERTY_BUDGET_S sets it in seconds; PROPERTY_BUDGET_S=0 turns it off, and every
 * property runs its full count. Only how many cases run depends on the clock, never a verdict.
 */
const budgetSeconds = Number(process.env.PROPERTY_BUDGET_S ?? 60);
export const propertyBudgetMs: number | undefined = longRun || !(budgetSeconds > 0) ? undefined : budgetSeconds * 1000;
