import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    environment: 'node',
    // The page handlers inline the bundled browser code: build it first, so `npx vitest` works alone too.
    globalSetup: ['test/support/build-pages.ts'],
    // Integration suites start their own local stack (DynamoDB Local takes seconds to boot).
    testTimeout: 30_000,
    hookTimeout: 120_000,
    // expect.poll waits on its condition; its default 1 s is a race on a busy machine (a page's
    // round trip to the local stack, an email on its way). A limit, not a pause: a pass ends at once.
    expect: { poll: { timeout: 15_000 } },
    pool: 'forks',
    // s3rver's listing pagination needs it, as `npm start` passes it.
    execArgv: ['--openssl-legacy-provider'],
    fileParallelism: true,
    maxWorkers: 2,
  },
});
