import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startLocalStack, type LocalStack } from '#infra/local/stack.js';
import type { ProfileSetting } from '#shared/profiles/profile.js';
import type { Clock } from '#shared/time/clock.js';

/**
 * Starts the whole local stack on random ports in a fresh data folder; `stop` removes both. A
 * sending unit's stack takes its `profile` (one profile per test file: handlers read it once).
 */
export const startTestStack = async (clock: Clock, options: { profile?: ProfileSetting } = {}): Promise<LocalStack & { dataDir: string }> => {
  const dataDir = await mkdtemp(join(tmpdir(), 'secondment-hub-test-'));
  const stack = await startLocalStack({ port: 0, dataDir, clock, logLevel: 'silent', ...options });
  return {
    ...stack,
    dataDir,
    stop: async () => {
      await stack.stop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
};
