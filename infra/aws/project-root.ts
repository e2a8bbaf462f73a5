import { fileURLToPath } from 'node:url';

/** The repository root (package.json, package-lock.json, functions/), wherever the CLI or a test runs from. */
export const projectRoot = fileURLToPath(new URL('../../', import.meta.url));
