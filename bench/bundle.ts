import { build, type BuildOptions } from 'esbuild';

/**
 * The esbuild settings the CDK app gives every function (infra/aws), so a bench bundle is the
 * bundle Lambda runs.
 */
export const lambdaBundleOptions: BuildOptions = {
  bundle: true,
  platform: 'node',
  target: 'node22',
  format: 'esm',
  minify: true,
  mainFields: ['module', 'main'],
  // ESM output still meets CommonJS dependencies that call require().
  banner: { js: "import { createRequire as __createRequire } from 'module'; const require = __createRequire(import.meta.url);" },
};

export const bundleFunction = async (entry: string, outfile: string, sdk: 'bundled' | 'external') => {
  const result = await build({
    ...lambdaBundleOptions,
    entryPoints: [entry],
    outfile,
    metafile: true,
    logLevel: 'silent',
    external: sdk === 'external' ? ['@aws-sdk/*', '@smithy/*'] : [],
  });
  const output = Object.values(result.metafile?.outputs ?? {})[0];
  return output?.bytes ?? 0;
};
