import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { canIsolate, startDynamoDbLocal } from '#infra/local/emulators/dynamodb-local.js';
import { freePort } from '#infra/local/emulators/free-port.js';
import { startS3Local } from '#infra/local/emulators/s3-local.js';
import { startSesLocal } from '#infra/local/emulators/ses-local.js';
import { startLocalStack } from '#infra/local/stack.js';

const folders: string[] = [];
const servers: Server[] = [];
afterAll(async () => {
  await Promise.all(servers.map((server) => new Promise((done) => server.close(done))));
  await Promise.all(folders.map((folder) => rm(folder, { recursive: true, force: true })));
});

const folder = async () => {
  const dataDir = await mkdtemp(join(tmpdir(), 'secondment-hub-port-'));
  folders.push(dataDir);
  return dataDir;
};

/** A port another process holds now, as another stack starting on the same machine would. */
const takenPort = async (host: string): Promise<number> => {
  // It accepts and hangs up, as a process that is not DynamoDB would.
  const server = createServer((socket) => socket.destroy());
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, host, resolve));
  const address = server.address();
  return typeof address === 'object' && address ? address.port : 0;
};

/** A chooser that returns a port someone took between its check and the bind, then free ones. */
const takenFirst = (port: number) => {
  const offered: number[] = [];
  return {
    offered,
    choosePort: async () => {
      const next = offered.length === 0 ? port : await freePort();
      offered.push(next);
      return next;
    },
  };
};

/** Listening TCP sockets on `port`, as /proc/net/tcp and tcp6 show them: the local address in hex. */
const listeners = (port: number): string[] => {
  const hexPort = port.toString(16).toUpperCase().padStart(4, '0');
  return ['/proc/net/tcp', '/proc/net/tcp6'].flatMap((file) =>
    readFileSync(file, 'utf8')
      .split('\n')
      .slice(1)
      .map((line) => line.trim().split(/\s+/))
      .filter((fields) => fields[1]?.endsWith(`:${hexPort}`) && fields[3] === '0A')
      .map((fields) => fields[1]?.split(':')[0] ?? ''),
  );
};

describe('the emulators on a busy machine', () => {
  it('starts the whole stack when the port chosen for DynamoDB Local was taken before it could bind', async () => {
    const port = await takenPort('127.0.0.1');
    const chooser = takenFirst(port);

    const stack = await startLocalStack({ port: 0, dataDir: await folder(), logLevel: 'silent', dynamodb: { choosePort: chooser.choosePort } });
    try {
      expect(chooser.offered[0]).toBe(port);
      expect(chooser.offered.length).toBeGreaterThan(1);
      expect(new URL(stack.endpoints.dynamodb).port).not.toBe(String(port));
      expect((await fetch(`${stack.url}/vacancies`)).status).toBe(200);
    } finally {
      await stack.stop();
    }
  }, 120_000);

  it('retries on another port when Java itself finds its port taken (no isolation, as on macOS)', async () => {
    const port = await takenPort('127.0.0.1');
    const chooser = takenFirst(port);

    const emulator = await startDynamoDbLocal(await folder(), { isolate: false, choosePort: chooser.choosePort });
    try {
      expect(chooser.offered[0]).toBe(port);
      expect(emulator.endpoint).toBe(`http://127.0.0.1:${chooser.offered.at(-1)}`);
      const answer = await fetch(emulator.endpoint, {
        method: 'POST',
        headers: { 'content-type': 'application/x-amz-json-1.0', 'x-amz-target': 'DynamoDB_20120810.ListTables', authorization: 'AWS4-HMAC-SHA256 Credential=x/20260101/eu-west-3/dynamodb/aws4_request, SignedHeaders=host, Signature=0' },
        body: '{}',
      });
      expect(answer.status).toBe(200);
    } finally {
      await emulator.stop();
    }
  }, 120_000);

  it.skipIf(!existsSync('/proc/net/tcp') || !canIsolate())('listens on 127.0.0.1 only, on no other interface (Linux, read from /proc/net/tcp)', async () => {
    const emulator = await startDynamoDbLocal(await folder());
    try {
      const port = Number(new URL(emulator.endpoint).port);
      // 0100007F is 127.0.0.1; a wildcard bind would show 00000000 (or :: in tcp6).
      expect(listeners(port)).toEqual(['0100007F']);
      await emulator.stop();
      expect(listeners(port)).toEqual([]);
      await emulator.start();
      expect(listeners(port)).toEqual(['0100007F']);
    } finally {
      await emulator.stop();
    }
  }, 120_000);
});

describe('an emulator restarted on its endpoint while another process holds the port', () => {
  /** Holds `port` for a moment, as a process starting elsewhere might, then lets it go. */
  const holdFor = async (port: number, ms: number) => {
    const squatter = createServer((socket) => socket.destroy());
    await new Promise<void>((resolve) => squatter.listen(port, '127.0.0.1', resolve));
    setTimeout(() => squatter.close(), ms);
  };

  it.each([
    ['the SES emulator', () => startSesLocal()],
    ['s3rver behind its POST-policy front', async () => startS3Local(await folder())],
  ])('%s waits for the port and comes back on the same endpoint', async (_name, startEmulator) => {
    const emulator = await startEmulator();
    try {
      await emulator.stop();
      await holdFor(Number(new URL(emulator.endpoint).port), 1_000);

      await emulator.start();

      const answer = await fetch(emulator.endpoint);
      expect(answer.status).toBeLessThan(500);
    } finally {
      await emulator.stop();
    }
  }, 60_000);
});
