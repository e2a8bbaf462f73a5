/**
 * How every function is bundled: the CDK app's one esbuild run (function-bundles.ts) and the
 * benchmark (bench/bundle.ts, through it) both read these, so a bench bundle is the bundle Lambda runs.
 */
export const bundleSettings = {
  target: 'node22',
  format: 'esm',
  minify: true,
  mainFields: ['module', 'main'],
  /** An ESM bundle has no `require`, which bundled CommonJS dependencies still call. */
  banner: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);",
} as const;
