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
