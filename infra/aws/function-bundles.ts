import { readdirSync, renameSync, rmdirSync } from 'node:fs';
import path from 'node:path';
import { AssetHashType, DockerImage, Stage } from 'aws-cdk-lib';
import { Code } from 'aws-cdk-lib/aws-lambda';
import { Construct } from 'constructs';
import { buildSync, type BuildOptions } from 'esbuild';
import { handlerSourcePath } from '#functions/routes.js';
import { bundleSettings } from './bundle-settings.js';
import { projectRoot } from './project-root.js';

/** Each function's asset holds `index.mjs` (and its map), whose export `handler` Lambda runs. */
const BUNDLE_NAME = 'index';
export const BUNDLE_HANDLER = `${BUNDLE_NAME}.handler`;

/** Every function's bundle options in esbuild's terms: the app's settings, a source map, the SDK v3 inside. */
export const functionBuildOptions: BuildOptions = {
  bundle: true,
  platform: 'node',
  target: bundleSettings.target,
  format: bundleSettings.format,
  minify: bundleSettings.minify,
  mainFields: [...bundleSettings.mainFields],
  banner: { js: bundleSettings.banner },
  // Stack traces in the logs point at our TypeScript (NODE_OPTIONS=--enable-source-maps, hub-function.ts).
  sourcemap: true,
  // No `external`: the SDK v3 goes inside each bundle, measured faster to load than the runtime's copy.
  // No splitting: each function's file stays whole, with nothing shared to load from a sibling.
  splitting: false,
  outExtension: { '.js': '.mjs' },
  absWorkingDir: projectRoot,
  logLevel: 'warning',
};

/** One folder per handler module in the assembly, until its asset takes the files: `admin/list` -> `bundle.admin--list`. */
const folderOf = (handler: string): string => `bundle.${handler.replaceAll('/', '--')}`;

export interface FunctionBundlesProps {
  /** The modules under functions/ the stack's functions run (without extension), repeats allowed. */
  handlers: readonly string[];
}

/**
 * Every function of a stack bundled by one esbuild run with an entry point per handler, instead of
 * one run (and one process) per function. The run happens once, when the first function's asset
 * is staged, and only if the stack is bundled at all (tests that skip bundling run no esbuild);
 * each function's asset then takes its own files from it. No resources of its own.
 */
export class FunctionBundles extends Construct {
  private readonly handlers: ReadonlySet<string>;
  private outdir: string | undefined;
  /** How many esbuild runs this stack's bundling took: 1 once anything was bundled, whatever the number of functions. */
  runs = 0;

  constructor(scope: Construct, id: string, props: FunctionBundlesProps) {
    super(scope, id);
    this.handlers = new Set(props.handlers);
  }

  /** The Lambda code of `handler`: an asset whose content is its bundle and source map, hashed by that content. */
  code(handler: string): Code {
    if (!this.handlers.has(handler)) throw new Error(`functions/${handler}: not among the handlers bundled for this stack (${[...this.handlers].join(', ')}).`);
    return Code.fromAsset(projectRoot, {
      // Hashed by what is deployed, so an unchanged bundle is an unchanged asset.
      assetHashType: AssetHashType.OUTPUT,
      bundling: {
        // Never pulled: local bundling always succeeds or throws. The command names the handler,
        // which keeps each function's asset apart in CDK's cache of staged assets.
        image: DockerImage.fromRegistry('public.ecr.aws/docker/library/node:22'),
        command: ['esbuild', handlerSourcePath(handler)],
        local: {
          tryBundle: (outputDir) => {
            this.moveFiles(handler, outputDir);
            return true;
          },
        },
      },
    });
  }

  /** The handler's bundle and map into the folder CDK stages as its asset: a rename, no copy. */
  private moveFiles(handler: string, outputDir: string): void {
    this.outdir ??= this.build();
    const folder = path.join(this.outdir, folderOf(handler));
    const files = readdirSync(folder);
    if (!files.includes(`${BUNDLE_NAME}.mjs`)) throw new Error(`functions/${handler}: esbuild wrote no bundle for it in ${folder}.`);
    for (const file of files) renameSync(path.join(folder, file), path.join(outputDir, file));
    rmdirSync(folder);
  }

  /**
   * One run, every handler an entry point: each output lands at `<assembly>/bundle.<handler>/index.mjs`,
   * as deep as its staged asset, so the source map's relative paths point at the sources from
   * there as they did with one run per function (the bundles come out byte for byte the same).
   */
  private build(): string {
    const outdir = Stage.of(this)?.assetOutdir ?? path.join(projectRoot, 'cdk.out');
    const entryPoints = Object.fromEntries(
      [...this.handlers].map((handler) => [`${folderOf(handler)}/${BUNDLE_NAME}`, path.join(projectRoot, handlerSourcePath(handler))]),
    );
    this.runs += 1;
    buildSync({ ...functionBuildOptions, entryPoints, outdir });
    return outdir;
  }
}
