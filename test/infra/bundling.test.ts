import { execFile } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { routes, schedules, type Route } from '#functions/routes.js';
import { FunctionBundles } from '#infra/aws/function-bundles.js';
import { functionLogicalId, synth, type CfnResource } from './synth.js';

const run = promisify(execFile);

const [route] = routes as [Route, ...Route[]];

describe('bundling a route', () => {
  let outdir: string | undefined;

  afterEach(() => {
    if (outdir) rmSync(outdir, { recursive: true, force: true });
  });

  it(
    `builds ${route.name} with the local esbuild into one ESM file that loads in Node with the SDK inside`,
    async () => {
      const { app, stack, template } = synth('dev', { routes: [route], schedules: [], bundle: true });
      outdir = app.outdir;
      // The stack has other functions too (SES feedback): this route's is the asset its code names.
      const fn = template.toJSON().Resources[functionLogicalId(stack, route.name)] as CfnResource;
      const assetHash = String((fn.Properties?.Code as { S3Key: string }).S3Key).replace(/\.zip$/, '');

      const assets = readdirSync(app.outdir)
        .filter((entry) => entry === `asset.${assetHash}`)
        .map((entry) => path.join(app.outdir, entry, 'index.mjs'))
        .filter((file) => existsSync(file));
      const bundle = readFileSync(assets[0] ?? '', 'utf8');
      const loaded = await run(
        process.execPath,
        [
          '--input-type=module',
          '-e',
          `const m = await import(${JSON.stringify(pathToFileURL(assets[0] ?? '').href)}); console.log(typeof m.handler);`,
        ],
        { env: { PATH: process.env.PATH, STAGE: 'dev', LOG_LEVEL: 'silent', TABLE_NAME: 'table', AWS_REGION: 'eu-west-3' } },
      );

      expect(assets).toHaveLength(1);
      expect(bundle.startsWith("import { createRequire } from 'node:module';")).toBe(true);
      expect(bundle).toMatch(/export\s*\{[^}]*\bas handler\s*\}/);
      expect(bundle).not.toMatch(/from\s*["']@aws-sdk\//);
      expect(bundle).toContain('DynamoDBClient');
      expect(existsSync(`${assets[0] ?? ''}.map`)).toBe(true);
      expect(loaded.stdout.trim()).toBe('function');
    },
    120_000,
  );

  it(
    'builds every function of the stack in one esbuild run, each asset holding its own handler alone',
    () => {
      // Routes on different handlers, and a job: what used to take one esbuild process per function.
      const picked = [...new Map(routes.map((r) => [r.handler, r])).values()].slice(0, 3);
      // And a second function on the first route's handler, which gets the same asset.
      const twin: Route = { ...(picked[0] as Route), name: 'twinFixture', path: '/fixtures/twin' };
      const { app, stack, template } = synth('dev', { routes: [...picked, twin], schedules: schedules.slice(0, 1), bundle: true });
      outdir = app.outdir;
      const bundles = stack.node.findChild('Bundles') as FunctionBundles;
      const jobs = schedules.slice(0, 1).map((job) => `${job.name}-job`);
      const names = [...picked.map((r) => r.name), ...jobs, 'EmailFeedbackFunction'];
      const functions = names.map((name) => template.toJSON().Resources[functionLogicalId(stack, name)] as CfnResource);
      const assetOf = (fn: CfnResource) => path.join(app.outdir, `asset.${String((fn.Properties?.Code as { S3Key: string }).S3Key).replace(/\.zip$/, '')}`);

      expect(bundles).toBeInstanceOf(FunctionBundles);
      expect(bundles.runs).toBe(1);
      // The routes, the job and the SES feedback function: one asset each, one bundle and its map in it.
      expect(new Set(functions.map(assetOf)).size).toBe(functions.length);
      for (const fn of functions) {
        expect(fn.Properties?.Handler).toBe('index.handler');
        expect(readdirSync(assetOf(fn)).sort()).toEqual(['index.mjs', 'index.mjs.map']);
      }
      expect(assetOf(template.toJSON().Resources[functionLogicalId(stack, twin.name)] as CfnResource)).toBe(assetOf(functions[0] as CfnResource));
      // Nothing of the run is left beside the assets.
      expect(readdirSync(app.outdir).filter((entry) => entry.startsWith('bundle.'))).toEqual([]);
    },
    120_000,
  );

  it('runs no esbuild for a synth that skips bundling, as the template tests do', () => {
    const { stack } = synth('dev', { routes: routes.slice(0, 3), schedules: [] });

    expect((stack.node.findChild('Bundles') as FunctionBundles).runs).toBe(0);
  });
});
