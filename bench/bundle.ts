import { build, type BuildOptions } from 'esbuild';
import { bundleSettings } from '#infra/aws/bundle-settings.js';

/** The CDK app's bundle settings (infra/aws/bundle-settings.ts) in esbuild's own terms. */
export const lambdaBundleOptions: BuildOptions = {
  bundle: true,
  platform: 'node',
  target: bundleSettings.target,
  format: bundleSettings.format,
  minify: bundleSettings.minify,
  mainFields: [...bundleSettings.mainFields],
  banner: { js: bundleSettings.banner },
};

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
