import fc from 'fast-check';
import { expect } from 'vitest';
import { propertyBudgetMs, propertySeed } from '../../support/test-scale.js';
import type { Answer } from './direct-calls.js';
import type { Runs } from './runs.js';

export interface ProblemBody {
  type: string;
  title: string;
  status: number;
  detail?: string;
  errors?: Array<{ path: string; message: string }>;
}

/**
 * What every answer must be, whatever was sent: never a 5xx, and an error is problem+json
 * (RFC 9457) whose `status` is the HTTP status and whose `type` and `title` are there.
 */
export const expectWellFormed = (answer: Answer, about = ''): ProblemBody | undefined => {
  // A case may be 300,000 characters: the message names its start.
  const what = about.length > 200 ? `${about.slice(0, 200)}… (${about.length} characters)` : about;
  expect(answer.status, `${what}: ${answer.text.slice(0, 300)}`).toBeLessThan(500);
  if (answer.status < 400) return undefined;
  expect(answer.headers['content-type'] ?? '', what).toMatch(/^application\/problem\+json\b/);
  const body = JSON.parse(answer.text) as ProblemBody;
  expect(body.status, what).toBe(answer.status);
  expect(typeof body.type === 'string' && body.type.startsWith('/problems/'), `${what}: type ${String(body.type)}`).toBe(true);
  expect(typeof body.title === 'string' && body.title.length > 0, what).toBe(true);
  return body;
};

/** An input that must be refused: a 4xx problem+json, never a success. */
export const expectRefused = (answer: Answer, about = ''): ProblemBody => {
  const body = expectWellFormed(answer, about);
  const what = about.slice(0, 200);
  expect(answer.status, `${what} was accepted: ${answer.text.slice(0, 300)}`).toBeGreaterThanOrEqual(400);
  return body as ProblemBody;
};

const pristinePrototype = new Set(Object.getOwnPropertyNames(Object.prototype));

/** A phase's verdict as fc.assert would give it: fast-check's report names the seed and the case's path. */
const throwIfFailed = <T>(details: fc.RunDetails<T>): void => {
  if (details.failed) throw new Error(fc.defaultReportMessage(details) ?? 'property failed', { cause: details.errorInstance });
};

/**
 * Runs a property with the suite's fixed seed, printing the seed and the count, and after the run
 * how many cases ran, whether the time budget cut it, how the answers spread over statuses (what
 * the cases reached) and how long it took.
 *
 * `runs` is a fixed count, or a `Runs` (harness/runs.ts): its `minimum` cases always run, with no
 * clock (the seed's first ones); then, with the same seed, the cases after them up to `full` while
 * the property is within `propertyBudgetMs` (fast-check's interruptAfterTimeLimit, the interrupt
 * not a failure). The second run regenerates the first `minimum` cases (the same ones: a case
 * depends only on the seed and its index) and skips them. So a run is the seed's first N cases,
 * N printed, and any failure replays with the seed; the clock decides only N, never a verdict,
 * and N is never below the minimum.
 */
export const checkProperty = async <T>(
  name: string,
  runs: number | Runs,
  arbitrary: fc.Arbitrary<T>,
  predicate: (value: T) => Promise<number | undefined | void>,
): Promise<void> => {
  const { full, minimum } = typeof runs === 'number' ? { full: runs, minimum: runs } : runs;
  const budget = minimum < full ? propertyBudgetMs : undefined;
  const bounds = budget === undefined ? `${full} runs` : `${full} runs at most, ${minimum} at least, budget ${budget / 1000} s`;
  console.log(`[properties] ${name}: seed ${propertySeed}, ${bounds}`);
  const statuses = new Map<number, number>();
  const started = performance.now();
  const check = async (value: T) => {
    const status = await predicate(value);
    if (typeof status === 'number') statuses.set(status, (statuses.get(status) ?? 0) + 1);
  };
  const first = await fc.check(fc.asyncProperty(arbitrary, check), { seed: propertySeed, numRuns: budget === undefined ? full : minimum, endOnFailure: true });
  throwIfFailed(first);
  let ran = first.numRuns;
  let cut = false;
  const left = budget === undefined ? 0 : budget - (performance.now() - started);
  if (budget !== undefined && left > 0) {
    let seen = 0;
    const rest = await fc.check(
      fc.asyncProperty(arbitrary, async (value) => {
        if (seen++ < minimum) return; // checked by the first run: the same case, by the same seed
        await check(value);
      }),
      { seed: propertySeed, numRuns: full, endOnFailure: true, interruptAfterTimeLimit: left, markInterruptAsFailure: false },
    );
    throwIfFailed(rest);
    ran = Math.max(ran, rest.numRuns);
    cut = rest.interrupted;
  } else cut = budget !== undefined;
  // Never a vacuous pass: a cut run still ran its minimum.
  expect(ran, `${name}: ran ${ran} cases, fewer than the minimum ${minimum}`).toBeGreaterThanOrEqual(minimum);
  // `__proto__` and `constructor` keys went in as JSON, queries and headers: nothing may have reached the prototype.
  expect(Object.getOwnPropertyNames(Object.prototype).filter((name) => !pristinePrototype.has(name)), `${name}: Object.prototype polluted`).toEqual([]);
  const spread = [...statuses].sort(([a], [b]) => a - b).map(([status, count]) => `${status}:${count}`).join(' ');
  const how = cut ? `cut by the ${(budget ?? 0) / 1000} s budget` : 'all';
  console.log(`[properties] ${name}: ${ran} of ${full} runs (${how}; seed ${propertySeed}) in ${Math.round(performance.now() - started)} ms; ${spread}`);
};
