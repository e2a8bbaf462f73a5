import type { Server } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import type { RunningEmulator } from './dynamodb-local.js';

// A CommonJS package whose entry is `exports.default`; require() reads it the same under tsx and vitest.
const require = createRequire(import.meta.url);
const { default: startSesServer } = require('aws-ses-v2-local') as {
  default: (config: { host: string; port: number }) => Promise<Server>;
};
// Its mail store: one per process, in memory, outliving a server's close (this process runs one stack).
const sesStore = require('aws-ses-v2-local/dist/store') as {
  getStoreReadonly(): { emails: unknown[] };
  clearStore(): void;
};

/** How long a stop lets requests under way finish before it cuts their connections. */
const DRAIN_MS = 2_000;

export interface SesLocal extends RunningEmulator {
  /** The emails the emulator holds now, as it keeps them (its GET /store shape). */
  held(): unknown[];
  /** Takes the held emails out of the emulator: what the mailbox keeps across a stop. */
  takeHeld(): unknown[];
}

const close = (server: Server) =>
  new Promise<void>((resolve, reject) => {
    // No new connection from now; idle keep-alive ones close, a send under way may finish.
    server.close((error) => (error ? reject(error) : resolve()));
    const idle = setInterval(() => server.closeIdleConnections(), 50);
    const cut = setTimeout(() => server.closeAllConnections(), DRAIN_MS);
    server.once('close', () => {
      clearInterval(idle);
      clearTimeout(cut);
    });
  });

/**
 * aws-ses-v2-local: SES v1/v2 that keeps what was sent in memory and shows it at GET /store.
 * `stop` closes its listener and `start` listens again on the same port.
 */
export const startSesLocal = async (): Promise<SesLocal> => {
  let port = 0;
  let server: Server | undefined;
  const start = async () => {
    if (server) return;
    server = await startSesServer({ host: '127.0.0.1', port });
    port = (server.address() as AddressInfo).port;
  };
  const stop = async () => {
    const current = server;
    server = undefined;
    if (current) await close(current);
  };
  await start();
  return {
    endpoint: `http://127.0.0.1:${port}`,
    start,
    stop,
    held: () => [...sesStore.getStoreReadonly().emails],
    takeHeld: () => {
      const emails = [...sesStore.getStoreReadonly().emails];
      sesStore.clearStore();
      return emails;
    },
  };
};
