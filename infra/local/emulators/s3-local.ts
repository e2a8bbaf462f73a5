import { mkdir, utimes } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import S3rver from 's3rver';
import { systemClock, type Clock } from '#shared/time/clock.js';
import { startPostPolicyFront } from '../s3-post-policy/front.js';
import type { RunningEmulator } from './dynamodb-local.js';
import { whileTaken } from './free-port.js';
import { localCredentials, localRegion } from './local-aws.js';

export interface S3LocalOptions {
  /** Judges POST policy expiry: pass the stack's clock, the one API requests are stamped with. */
  clock?: Clock;
}

/**
 * s3rver, keeping objects in `dataDir`, behind the POST-policy front: s3rver ignores POST
 * policies, the front checks them as S3 does. The endpoint is the front's; everything else it
 * passes to s3rver as it came. `stop` closes both listeners and `start` opens both again on the
 * same ports over the same directory.
 */
export const startS3Local = async (dataDir: string, options: S3LocalOptions = {}): Promise<RunningEmulator> => {
  await mkdir(dataDir, { recursive: true });
  const ports = { s3rver: 0, front: 0 };
  let running: { server: S3rver; front: { url: string; stop(): Promise<void> } } | undefined;
  const start = async () => {
    if (running) return;
    // Port 0 at first; a restart keeps its ports and waits for one taken meanwhile.
    await whileTaken(listen);
  };
  const listen = async () => {
    const server = new S3rver({ address: '127.0.0.1', port: ports.s3rver, silent: true, directory: dataDir });
    const address = (await server.run()) as AddressInfo;
    try {
      const front = await startPostPolicyFront({
        target: `http://127.0.0.1:${address.port}`,
        clock: options.clock ?? systemClock,
        region: localRegion,
        credentials: localCredentials,
        port: ports.front,
        // s3rver's LastModified is its file's mtime: set to the stack's clock, as the API's `now` is.
        stamp: (bucket, key, at) => utimes(server.store.getResourcePath(bucket, key, 'object'), at, at),
      });
      ports.s3rver = address.port;
      ports.front = Number(new URL(front.url).port);
      running = { server, front };
    } catch (error) {
      await server.close();
      throw error;
    }
  };
  const stop = async () => {
    const current = running;
    running = undefined;
    if (!current) return;
    await current.front.stop();
    // Nothing but the front talks to s3rver: what is still open is the front's, now gone.
    current.server.httpServer?.closeAllConnections();
    await current.server.close();
  };
  await start();
  return { endpoint: `http://127.0.0.1:${ports.front}`, stop, start };
};
