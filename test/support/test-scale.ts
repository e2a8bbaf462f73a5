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
