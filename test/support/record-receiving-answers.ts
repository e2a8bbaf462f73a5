import { writeFile } from 'node:fs/promises';
import { startTestStack } from './local-stack.js';
import { walkReceivingStage, RECEIVING_WALK_AT } from './receiving-scenario.js';
import { settableClock } from './settable-clock.js';

/**
 * Records the receiving walk's answers into a file: `npx tsx test/support/record-receiving-answers.ts <file>`.
 * test/fixtures/receiving-answers.json was recorded so on the code before issue 18 (7658196).
 */
const stack = await startTestStack(settableClock(RECEIVING_WALK_AT));
try {
  await writeFile(process.argv[2] ?? 'receiving-answers.json', `${JSON.stringify(await walkReceivingStage(stack), null, 1)}\n`);
} finally {
  await stack.stop();
}
