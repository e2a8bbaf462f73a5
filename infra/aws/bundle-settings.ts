/**
 * How every function is bundled: the CDK app's one esbuild run (function-bundles.ts) and the
 * benchmark (bench/bundle.ts, through it) both read these, so a bench bundle is the bundle Lambda runs.
 */
export const bundleSettings = {
  target: 'node22',
  format: 'esm',
  minify: true,
  mainFields: ['module', 'main'],
  /**
   * Non-ASCII text (the Arabic catalogue) as UTF-8 rather than `\uXXXX` escapes: two bytes a
   * letter instead of six. Node reads an ES module as UTF-8.
   */
  charset: 'utf8',
  /** An ESM bundle has no `require`, which bundled CommonJS dependencies still call. */
  banner: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);",
} as const;
