import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { startLocalStack, type LocalStack } from '#infra/local/stack.js';

/**
 * The local stack in a process of its own, so that a load generator does not share the
 * gateway's event loop: the child starts the stack, prints where it listens as one JSON line,
 * and stops it when its stdin closes (also when the bench dies).
 */
export type StackAddress = Pick<LocalStack, 'url' | 'tableName' | 'bucket' | 'endpoints'>;

const self = fileURLToPath(import.meta.url);

export const startStackProcess = async (): Promise<StackAddress & { stop(): Promise<void> }> => {
  const dataDir = await mkdtemp(join(tmpdir(), 'secondment-hub-bench-load-'));
  const child = spawn(process.execPath, ['--import', 'tsx', self, dataDir], { stdio: ['pipe', 'pipe', 'inherit'] });
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  const address = await new Promise<StackAddress>((resolve, reject) => {
    createInterface({ input: child.stdout }).once('line', (line) => resolve(JSON.parse(line) as StackAddress));
    void exited.then((code) => reject(new Error(`the stack process exited (${code}) before it listened`)));
  });
  return {
    ...address,
    stop: async () => {
      child.stdin.end();
      await exited;
      await rm(dataDir, { recursive: true, force: true });
    },
  };
};

if (process.argv[1] === self) {
  const dataDir = process.argv[2];
  if (!dataDir) throw new Error('usage: stack-process.ts <data folder>');
  const stack = await startLocalStack({ port: 0, dataDir, logLevel: 'silent' });
  const { url, tableName, bucket, endpoints } = stack;
  process.stdout.write(`${JSON.stringify({ url, tableName, bucket, endpoints })}\n`);
  process.stdin.resume();
  process.stdin.once('end', () => void stack.stop().then(() => process.exit(0)));
}
