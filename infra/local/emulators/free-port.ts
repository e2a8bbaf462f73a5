import { createServer } from 'node:net';

/** A port that was free a moment ago on 127.0.0.1, for a child process that cannot take port 0. */
export const freePort = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const probe = createServer();
    probe.unref();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });

const portTaken = (error: unknown) => (error as NodeJS.ErrnoException | undefined)?.code === 'EADDRINUSE';

/**
 * Runs `listen` again while its port is taken: an emulator restarted on its endpoint (clients read
 * it once) waits for a port another process took while it was stopped, rather than failing.
 */
export const whileTaken = async <T>(listen: () => Promise<T>, tries = 20, waitMs = 250): Promise<T> => {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await listen();
    } catch (error) {
      if (!portTaken(error) || attempt >= tries) throw error;
      await new Promise((resolve) => setTimeout(resolve, waitMs));
    }
  }
};
