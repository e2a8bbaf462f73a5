import { build, type BuildOptions } from 'esbuild';
import { functionBuildOptions } from '#infra/aws/function-bundles.js';

/**
 * The CDK app's esbuild options (infra/aws/function-bundles.ts), one entry and one file at a time:
 * a bench bundle is the bundle Lambda runs. (`outExtension` names the app's outputs in a folder.)
 */
const { outExtension: _outExtension, ...oneFile } = functionBuildOptions;
export const lambdaBundleOptions: BuildOptions = oneFile;

/** One function's bundle; with `sourceMap`, a .map file beside it, as the CDK app deploys it (hub-function.ts). */
export const bundleFunction = async (entry: string, outfile: string, sdk: 'bundled' | 'external', sourceMap = false) => {
  const result = await build({
    ...lambdaBundleOptions,
    entryPoints: [entry],
    outfile,
    metafile: true,
    logLevel: 'silent',
    sourcemap: sourceMap,
    external: sdk === 'external' ? ['@aws-sdk/*', '@smithy/*'] : [],
  });
  const output = Object.entries(result.metafile?.outputs ?? {}).find(([path]) => !path.endsWith('.map'))?.[1];
  return output?.bytes ?? 0;
};
