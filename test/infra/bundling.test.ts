import { execFile } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { routes, type Route } from '#functions/routes.js';
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
});
