import { execFile } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { routes, schedules, type Route } from '#functions/routes.js';
import { build } from 'esbuild';
import { FunctionBundles, functionBuildOptions } from '#infra/aws/function-bundles.js';
import { routeFunctionOf } from '#infra/aws/route-functions.js';
import { functionIn, resourcesOf, routeFunctionLogicalId, synth, type CfnResource } from './synth.js';

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
      const fn = template.toJSON().Resources[routeFunctionLogicalId(stack, route)] as CfnResource;
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
    'builds every function of the stack in one esbuild run, one asset per function, routes of the same grants in one',
    () => {
      // Routes on different grants, and a job: what used to take one esbuild process per function.
      const picked = [...new Map(routes.map((r) => [routeFunctionOf(r), r])).values()].slice(0, 3);
      // And a second route with the first one's grants, which its function serves too.
      const twin: Route = { ...(picked[0] as Route), name: 'twinFixture', path: '/fixtures/twin' };
      const synthesized = synth('dev', { routes: [...picked, twin], schedules: schedules.slice(0, 1), bundle: true });
      const { app, stack } = synthesized;
      outdir = app.outdir;
      const bundles = stack.node.findChild('Bundles') as FunctionBundles;
      const jobs = schedules.slice(0, 1).map((job) => `${job.name}-job`);
      const names = [...picked.map(routeFunctionOf), ...jobs, 'EmailFeedbackFunction'];
      // The job's function is in the jobs' nested stack; its asset comes from the same run.
      const functions = names.map((name) => {
        const { template, id } = functionIn(synthesized, name);
        return template.toJSON().Resources[id] as CfnResource;
      });
      const assetOf = (fn: CfnResource) => path.join(app.outdir, `asset.${String((fn.Properties?.Code as { S3Key: string }).S3Key).replace(/\.zip$/, '')}`);

      expect(bundles).toBeInstanceOf(FunctionBundles);
      expect(bundles.runs).toBe(1);
      // The route functions, the job and the SES feedback function: one asset each, one bundle and its map in it.
      expect(new Set(functions.map(assetOf)).size).toBe(functions.length);
      for (const fn of functions) {
        expect(fn.Properties?.Handler).toBe('index.handler');
        expect(readdirSync(assetOf(fn)).sort()).toEqual(['index.mjs', 'index.mjs.map']);
      }
      expect(routeFunctionLogicalId(stack, twin)).toBe(routeFunctionLogicalId(stack, picked[0] as Route));
      // Beside CDK's own provider of the dev stage (the bucket's auto-delete): a function per grant set, the job, the SES feedback.
      const created = synthesized.stacks.flatMap(({ template }) => Object.keys(resourcesOf(template, 'AWS::Lambda::Function')).filter((id) => !id.startsWith('Custom')));
      expect(created).toHaveLength(functions.length);
      // Nothing of the run is left beside the assets.
      expect(readdirSync(app.outdir).filter((entry) => entry.startsWith('bundle.'))).toEqual([]);
    },
    120_000,
  );

  it(
    "hands each route of a shared function to that route's own handler, and fails on a route it does not serve",
    async () => {
      const served = routes.filter((r) => r.path === '/openapi.json' || r.path === '/docs');
      const { app, stack, template } = synth('dev', { routes: served, schedules: [], bundle: true });
      outdir = app.outdir;
      const [first] = served as [Route, ...Route[]];
      const fn = template.toJSON().Resources[routeFunctionLogicalId(stack, first)] as CfnResource;
      const bundle = path.join(app.outdir, `asset.${String((fn.Properties?.Code as { S3Key: string }).S3Key).replace(/\.zip$/, '')}`, 'index.mjs');
      // A payload 1.0 event as API Gateway sends it: `resource` is the matched path template.
      const script = `
        const { handler } = await import(${JSON.stringify(pathToFileURL(bundle).href)});
        const event = (httpMethod, resource) => ({
          resource, path: resource, httpMethod, headers: {}, multiValueHeaders: {}, queryStringParameters: null,
          multiValueQueryStringParameters: null, pathParameters: null, stageVariables: null, body: null, isBase64Encoded: false,
          requestContext: { requestId: 'r1', requestTimeEpoch: Date.now(), httpMethod, path: '/dev' + resource, resourcePath: resource, stage: 'dev', identity: { sourceIp: '127.0.0.1' } },
        });
        const context = { awsRequestId: 'r1', functionName: 'f', getRemainingTimeInMillis: () => 10000 };
        const answers = [];
        for (const [method, resource] of [['GET', '/openapi.json'], ['GET', '/docs']]) {
          const answer = await handler(event(method, resource), context);
          answers.push([answer.statusCode, answer.headers['Content-Type'] ?? answer.headers['content-type']]);
        }
        const refused = await handler(event('GET', '/vacancies'), context).then(() => 'answered', (error) => error.message);
        console.log(JSON.stringify({ answers, refused }));`;

      const { stdout } = await run(process.execPath, ['--input-type=module', '-e', script], {
        env: { PATH: process.env.PATH, STAGE: 'dev', LOG_LEVEL: 'silent', AWS_REGION: 'eu-west-3' },
      });
      const { answers, refused } = JSON.parse(stdout.trim().split('\n').pop() ?? '{}') as { answers: [number, string][]; refused: string };

      expect(served.map((r) => routeFunctionOf(r))).toEqual([routeFunctionOf(first), routeFunctionOf(first)]);
      expect(answers[0]?.[0]).toBe(200);
      expect(answers[0]?.[1]).toMatch(/json/);
      expect(answers[1]?.[0]).toBe(200);
      expect(answers[1]?.[1]).toMatch(/text\/html/);
      expect(refused).toBe('This function does not serve GET /vacancies; it serves GET /openapi.json, GET /docs.');
    },
    120_000,
  );

  it('writes non-ASCII text (the Arabic catalogue) as UTF-8, two bytes a letter rather than a six-byte escape', async () => {
    const { outExtension: _outExtension, ...options } = functionBuildOptions;

    const result = await build({
      ...options,
      stdin: { contents: "export const language = 'العربية';", loader: 'ts', resolveDir: process.cwd() },
      write: false,
      sourcemap: false,
      logLevel: 'silent',
    });
    const text = result.outputFiles[0]?.text ?? '';

    expect(text).toContain('العربية');
    expect(text).not.toMatch(/\\u0627/);
  });

  it('runs no esbuild for a synth that skips bundling, as the template tests do', () => {
    const { stack } = synth('dev', { routes: routes.slice(0, 3), schedules: [] });

    expect((stack.node.findChild('Bundles') as FunctionBundles).runs).toBe(0);
  });
});
