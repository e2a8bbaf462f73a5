import type { Server } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import type { RunningEmulator } from './dynamodb-local.js';

// A CommonJS package whose entry is `exports.default`; require() reads it the same under tsx and vitest.
const require = createRequire(import.meta.url);
const { default: startSesServer } = require('aws-ses-v2-local') as {
  default: (config: { host: string; port: number }) => Promise<Server>;
};

/** aws-ses-v2-local: SES v1/v2 that keeps what was sent and shows it at GET /store. */
export const startSesLocal = async (): Promise<RunningEmulator> => {
  const server = await startSesServer({ host: '127.0.0.1', port: 0 });
  const address = server.address() as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${address.port}`,
    stop: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
};
