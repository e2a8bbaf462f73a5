import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { handlerSourcePath, routes } from '#functions/routes.js';
import { dispatcherSource } from '#infra/aws/function-bundles.js';
import { routeFunctions } from '#infra/aws/route-functions.js';
import { bundleFunction } from './bundle.js';
import { importOnce, median } from './module-load.js';
import { note, section, table, type Row } from './report.js';
import { numberKnob } from './scale.js';

/**
 * Routes share a function when their grants are the same (infra/aws/route-functions.ts): what that
 * costs a cold start. Each route function's bundle (its dispatcher and every handler of its routes)
 * against the bundle of each of its routes alone, as each was deployed before, built from the same
 * source in the same run and loaded in turn.
 */
const projectRoot = resolve(import.meta.dirname, '..');
const RUNS = numberKnob('BENCH_RUNS', 11, 3);

/** As deployed: with the source map and `--enable-source-maps` (infra/aws/constructs/hub-function.ts). */
const loadOnce = (file: string): number => importOnce(file, ['--enable-source-maps']);

export const routeFunctionsBench = async () => {
  const served = routeFunctions(routes);
  section(
    'Route functions: one function per grant set',
    `The ${routes.length} routes deploy as ${served.length} functions, one per set of grants and limits (issue 13, point 7). Each function's bundle ` +
      "(a dispatcher over its routes' handlers, infra/aws/function-bundles.ts) against each of its routes bundled alone, as every route was deployed " +
      `before; both built from the same source with the app's esbuild options, then imported in turn in fresh Node processes, ${RUNS} times each (median).`,
  );
  await mkdir(join(projectRoot, 'node_modules/.cache'), { recursive: true });
  const out = await mkdtemp(join(projectRoot, 'node_modules/.cache/bench-routes-'));
  try {
    const rows: Row[] = [];
    for (const fn of served) {
      const dispatcher = join(out, `${fn.name}.ts`);
      await writeFile(dispatcher, dispatcherSource(fn, out));
      const sharedFile = join(out, `${fn.name}.mjs`);
      const sharedBytes = await bundleFunction(dispatcher, sharedFile, 'bundled', true);
      const alone = await Promise.all(
        fn.routes.map(async (route) => {
          const file = join(out, `${route.name}.mjs`);
          return { route, file, bytes: await bundleFunction(join(projectRoot, handlerSourcePath(route.handler)), file, 'bundled', true) };
        }),
      );
      // In turn, so a busy moment of the machine falls on both sides alike.
      const times = new Map(alone.map(({ route }) => [route.name, { alone: [] as number[], shared: [] as number[] }]));
      for (let run = 0; run < RUNS; run += 1) {
        for (const { route, file } of alone) {
          times.get(route.name)?.alone.push(loadOnce(file));
          times.get(route.name)?.shared.push(loadOnce(sharedFile));
        }
      }
      for (const { route, bytes } of alone) {
        const aloneMs = median(times.get(route.name)?.alone ?? []);
        const sharedMs = median(times.get(route.name)?.shared ?? []);
        rows.push({
          route: `${route.method} ${route.path}`,
          function: fn.name,
          'routes in it': fn.routes.length,
          'alone KiB': +(bytes / 1024).toFixed(1),
          'shared KiB': +(sharedBytes / 1024).toFixed(1),
          'alone load ms (baseline)': +aloneMs.toFixed(1),
          'shared load ms': +sharedMs.toFixed(1),
          'x alone': +(sharedMs / aloneMs).toFixed(2),
        });
      }
    }
    table(rows, `Node ${process.version}; sizes are the minified .mjs without its map.`);
    note("A shared function's cold start evaluates every handler of its routes: most of what they import (the SDK clients, zod, middy) is common to them. Lambda's own start, before the import, is the same for both and in neither.");
  } finally {
    await rm(out, { recursive: true, force: true });
  }
};
