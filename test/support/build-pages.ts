import { buildPages } from '#infra/pages/build-pages.js';

/** vitest globalSetup: the candidate pages' bundled browser code, fresh for every run. */
export default async function setup(): Promise<void> {
  await buildPages();
}
