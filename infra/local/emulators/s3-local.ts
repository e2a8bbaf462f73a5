import { mkdir } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import S3rver from 's3rver';
import type { RunningEmulator } from './dynamodb-local.js';

/** s3rver, keeping objects in `dataDir`. It does not check POST policies: the gateway will. */
export const startS3Local = async (dataDir: string): Promise<RunningEmulator> => {
  await mkdir(dataDir, { recursive: true });
  const server = new S3rver({ address: '127.0.0.1', port: 0, silent: true, directory: dataDir });
  const address = (await server.run()) as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${address.port}`,
    stop: () => server.close(),
  };
};
