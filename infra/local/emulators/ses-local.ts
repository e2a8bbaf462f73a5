import type { Server } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import type { RunningEmulator } from './dynamodb-local.js';
import { whileTaken } from './free-port.js';

// A CommonJS package whose entry is `exports.default`; require() reads it the same under tsx and vitest.
const require = createRequire(import.meta.url);
const { default: startSesServer } = require('aws-ses-v2-local') as {
  default: (config: { host: string; port: number }) => Promise<Server>;
};
// Its mail store: one per process, in memory. Each send saves through `saveEmail`, read from the
// module at call time, so wrapping it there lets the stack see each email as it is taken.
const sesStore = require('aws-ses-v2-local/dist/store') as { saveEmail(email: unknown): void };
const saveEmail = sesStore.saveEmail;
let onEmail: ((email: unknown) => void) | undefined;
sesStore.saveEmail = (email: unknown) => {
  // With a listener (the stack's mailbox, which keeps each email on disk), the emulator's own
  // store, which nothing reads, would only grow for the life of the process.
  if (onEmail) onEmail(email);
  else saveEmail(email);
};

/** How long a stop lets requests under way finish before it cuts their connections. */
const DRAIN_MS = 2_000;

export interface SesLocalOptions {
  /** Called with each email as the emulator takes it (its GET /store shape), before it answers the send. */
  onEmail?: (email: unknown) => void;
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
 * `stop` closes its listener and `start` listens again on the same port; `onEmail` sees each email.
 */
export const startSesLocal = async (options: SesLocalOptions = {}): Promise<RunningEmulator> => {
  onEmail = options.onEmail;
  let port = 0;
  let server: Server | undefined;
  const start = async () => {
    if (server) return;
    server = await whileTaken(async () => {
      const candidate = await startSesServer({ host: '127.0.0.1', port });
      // The emulator resolves even when its listen failed (a port taken while it was stopped).
      if (candidate.listening) return candidate;
      candidate.close();
      throw Object.assign(new Error(`The SES emulator's port ${port} is taken.`), { code: 'EADDRINUSE' });
    });
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
  };
};
