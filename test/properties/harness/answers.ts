import fc from 'fast-check';
import { expect } from 'vitest';
import { propertySeed } from '../../support/test-scale.js';
import type { Answer } from './direct-calls.js';

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

/**
 * Runs a property with the suite's fixed seed, printing the seed and the run count, and after the
 * run how the answers spread over statuses (what the cases reached) and how long it took.
 */
export const checkProperty = async <T>(
  name: string,
  numRuns: number,
  arbitrary: fc.Arbitrary<T>,
  predicate: (value: T) => Promise<number | undefined | void>,
): Promise<void> => {
  console.log(`[properties] ${name}: seed ${propertySeed}, ${numRuns} runs`);
  const statuses = new Map<number, number>();
  const started = performance.now();
  await fc.assert(
    fc.asyncProperty(arbitrary, async (value) => {
      const status = await predicate(value);
      if (typeof status === 'number') statuses.set(status, (statuses.get(status) ?? 0) + 1);
    }),
    { seed: propertySeed, numRuns, endOnFailure: true },
  );
  // `__proto__` and `constructor` keys went in as JSON, queries and headers: nothing may have reached the prototype.
  expect(Object.getOwnPropertyNames(Object.prototype).filter((name) => !pristinePrototype.has(name)), `${name}: Object.prototype polluted`).toEqual([]);
  const spread = [...statuses].sort(([a], [b]) => a - b).map(([status, count]) => `${status}:${count}`).join(' ');
  console.log(`[properties] ${name}: ${numRuns} runs in ${Math.round(performance.now() - started)} ms; ${spread}`);
};
