import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestStack } from '../support/local-stack.js';
import { RECEIVING_WALK_AT, walkReceivingStage, type RecordedAnswer } from '../support/receiving-scenario.js';
import { settableClock } from '../support/settable-clock.js';

/**
 * Issue 18 made the organisation a profile: a receiving stage (every stage before, and the default)
 * must answer exactly as it did. The walk's answers were recorded on the code before the profile
 * existed (7658196, `npx tsx test/support/record-receiving-answers.ts test/fixtures/receiving-answers.json`)
 * and are compared here request by request: status, media type, headers and body, pages included
 * (their inline script and style aside, which are bundles of the code itself).
 */
const recorded = JSON.parse(await readFile(join(import.meta.dirname, '..', 'fixtures', 'receiving-answers.json'), 'utf8')) as RecordedAnswer[];

let stack: Awaited<ReturnType<typeof startTestStack>>;
let answers: RecordedAnswer[] = [];

beforeAll(async () => {
  stack = await startTestStack(settableClock(RECEIVING_WALK_AT));
  answers = await walkReceivingStage(stack);
}, 120_000);
afterAll(async () => {
  await stack?.stop();
});

describe('a receiving stage, after the organisation became a profile', () => {
  it('walks the same requests as the recording', () => {
    expect(answers.map((answer) => answer.request)).toEqual(recorded.map((answer) => answer.request));
  });

  it.each(recorded.map((answer, index) => [`${index + 1}. ${answer.request}`, index] as const))('answers %s as before', (_name, index) => {
    expect(answers[index]).toEqual(recorded[index]);
  });
});
