import { mkdir } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import S3rver from 's3rver';
import { systemClock, type Clock } from '#shared/time/clock.js';
import { startPostPolicyFront } from '../s3-post-policy/front.js';
import type { RunningEmulator } from './dynamodb-local.js';
import { localCredentials, localRegion } from './local-aws.js';

export interface S3LocalOptions {
  /** Judges POST policy expiry: pass the stack's clock, the one API requests are stamped with. */
  clock?: Clock;
}

/**
 * s3rver, keeping objects in `dataDir`, behind the POST-policy front: s3rver ignores POST
 * policies, the front checks them as S3 does. The endpoint is the front's; everything else it
 * passes to s3rver as it came.
 */
export const startS3Local = async (dataDir: string, options: S3LocalOptions = {}): Promise<RunningEmulator> => {
  await mkdir(dataDir, { recursive: true });
  const server = new S3rver({ address: '127.0.0.1', port: 0, silent: true, directory: dataDir });
  const address = (await server.run()) as AddressInfo;
  try {
    const front = await startPostPolicyFront({
      target: `http://127.0.0.1:${address.port}`,
      clock: options.clock ?? systemClock,
      region: localRegion,
      credentials: localCredentials,
    });
    return {
      endpoint: front.url,
      stop: async () => {
        await front.stop();
        await server.close();
      },
    };
  } catch (error) {
    await server.close();
    throw error;
  }
};
