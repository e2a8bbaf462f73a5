import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { handlerSourcePath, routes, schedules, type Uses } from '#functions/routes.js';
import * as adminAssets from '#functions/pages/generated/admin-assets.js';
import * as candidateAssets from '#functions/pages/generated/client-assets.js';
import { sesFeedbackFunction } from '#infra/aws/secondment-hub-stack.js';
import { beyondFloor, bundleContents, bundleSdkFloorContents, type BundleContents } from './bundle.js';
import { importOnce, median } from './module-load.js';
import { note, section, table, type Row } from './report.js';
import { numberKnob } from './scale.js';

/**
 * Each function the CDK app deploys (every route, every schedule, the SES feedback handler):
 * its minified bundle and its module-load time in a fresh Node process, against a hello-world
 * handler bundled the same way in the same run.
 */
const projectRoot = resolve(import.meta.dirname, '..');
const RUNS = numberKnob('BENCH_RUNS', 11, 3);
/** Milliseconds from start to the module and its imports evaluated, in a new process each time (median of RUNS). */
const loadTime = (file: string, nodeOptions: string[] = []): number => median(Array.from({ length: RUNS }, () => importOnce(file, nodeOptions)));

/**
 * The ways a function is bundled and started: as deployed (SDK inside, a source map beside it,
 * NODE_OPTIONS=--enable-source-maps as infra/aws/constructs/hub-function.ts sets them), the same
 * without source maps, and with the SDK left out (resolved from node_modules).
 */
const variants = [
  { name: 'as deployed', sdk: 'bundled', sourceMap: true, nodeOptions: ['--enable-source-maps'] },
  { name: 'no source map', sdk: 'bundled', sourceMap: false, nodeOptions: [] },
  { name: 'SDK external', sdk: 'external', sourceMap: false, nodeOptions: [] },
] as const;
type Variant = (typeof variants)[number]['name'];

/** Each route's handler alone (the unit of the bundle goal; the route-functions bench measures the functions routes share). */
const functions: { name: string; entry: string; uses?: Uses }[] = [
  { name: 'hello-world (baseline)', entry: 'bench/fixtures/hello-world.ts' },
  ...[...routes, ...schedules].map((fn) => ({ name: fn.name, entry: handlerSourcePath(fn.handler), uses: fn.uses })),
  { name: 'ses-feedback', entry: handlerSourcePath(sesFeedbackFunction.handler), uses: sesFeedbackFunction.uses },
];

/**
 * Issue 13's goal for a function's own code: at most this much over the bundle of only the SDK
 * clients it uses (bench/bundle.ts, bundleSdkFloor), whatever the route does.
 */
const OVER_FLOOR_GOAL_KIB = 60;

/** The pages' browser code as npm run build:pages made it (prebench), inlined by the page handlers. */
const browserBundles = { ...candidateAssets, ...adminAssets };

export const coldStart = async () => {
  section(
    'Cold start: bundle size and module load',
    `Each route's handler alone, each scheduled job and the SES feedback handler (${functions.length - 1}; routes with the same uses share a deployed function, ` +
      "measured by the route-functions bench), bundled by esbuild with the app's settings " +
      `(infra/aws/bundle-settings.ts), then imported in a fresh Node process ${RUNS} times; the median time from the start of the import to the module evaluated. ` +
      '"x baseline" divides it by that of a hello-world handler bundled and started the same way in the same run.',
  );
  // Inside the project, so that the "external" variant finds the SDK in node_modules.
  await mkdir(join(projectRoot, 'node_modules/.cache'), { recursive: true });
  const out = await mkdtemp(join(projectRoot, 'node_modules/.cache/bench-'));
  try {
    const baseline: Partial<Record<Variant, number>> = {};
    const rows: Row[] = [];
    const floorRows: Row[] = [];
    for (const fn of functions) {
      const measured = {} as Record<Variant, { kib: number; gzipKib: number; ms: number; ratio: number; contents: BundleContents }>;
      for (const variant of variants) {
        const file = join(out, `${fn.name.replace(/\W+/g, '-')}-${variant.name.replace(/\W+/g, '-')}.mjs`);
        const contents = await bundleContents(join(projectRoot, fn.entry), file, variant.sdk, variant.sourceMap);
        const bytes = contents.bytes;
        const ms = loadTime(file, [...variant.nodeOptions]);
        if (fn === functions[0]) baseline[variant.name] = ms;
        const gzipKib = gzipSync(await readFile(file)).length / 1024;
        measured[variant.name] = { kib: bytes / 1024, gzipKib, ms, ratio: ms / (baseline[variant.name] ?? Number.NaN), contents };
      }
      const { 'as deployed': deployed, 'no source map': noMap, 'SDK external': external } = measured;
      if (fn.uses) {
        const floor = await bundleSdkFloorContents(fn.uses, join(out, `${fn.name.replace(/\W+/g, '-')}-floor.mjs`), true);
        const floorKib = floor.bytes / 1024;
        floorRows.push({
          function: fn.name,
          'floor KiB': +floorKib.toFixed(1),
          'handler KiB': +deployed.kib.toFixed(1),
          'over floor KiB': +(deployed.kib - floorKib).toFixed(1),
          'within goal': deployed.kib - floorKib <= OVER_FLOOR_GOAL_KIB ? 'yes' : 'no',
          'largest beyond the floor, KiB': beyondFloor(deployed.contents, floor),
        });
      }
      rows.push({
        function: fn.name,
        KiB: +deployed.kib.toFixed(1),
        'gzip KiB': +deployed.gzipKib.toFixed(1),
        'load ms': +deployed.ms.toFixed(1),
        'x baseline': +deployed.ratio.toFixed(1),
        'no map: load ms': +noMap.ms.toFixed(1),
        'no map: x baseline': +noMap.ratio.toFixed(1),
        'SDK external: KiB': +external.kib.toFixed(1),
        'SDK external: load ms': +external.ms.toFixed(1),
        'SDK external: x baseline': +external.ratio.toFixed(1),
      });
    }
    table(rows, `Node ${process.version}, ${RUNS} fresh processes per bundle and variant; sizes are the minified .mjs (the .map file beside it is not counted).`);
    note(
      '"as deployed": the SDK inside the bundle, a source map beside it and NODE_OPTIONS=--enable-source-maps, as infra/aws/constructs/hub-function.ts sets them; ' +
        '"no map": the same bundle without the source map and the flag; "SDK external": the SDK resolved from node_modules (on Lambda it would come from the runtime). ' +
        "The Lambda runtime's own start, before the import, is in none of them.",
    );
    table(
      floorRows,
      `Each function's bundle (as deployed, KiB as above) against its floor: an entry that only imports and constructs the SDK clients its route table entry says it uses ` +
        `(table: the DynamoDB document client; documents: the S3 client, with the POST presigner for offers, the URL presigner for read, lib-storage and the URL presigner for exports; email: the SES client), bundled the same way. ` +
        `Goal (issue 13): at most ${OVER_FLOOR_GOAL_KIB} KiB over the floor. "Largest beyond the floor": the three packages or project files of the bundle that the floor does not hold, by their bytes in it (esbuild's metafile).`,
    );
    table(
      Object.entries(browserBundles).map(([name, text]) => ({
        'browser bundle': name,
        KiB: +(Buffer.byteLength(text) / 1024).toFixed(1),
        'gzip KiB': +(gzipSync(text).length / 1024).toFixed(1),
      })),
      "The pages' browser code (npm run build:pages, infra/pages/build-pages.ts), as the page handlers inline it.",
    );
  } finally {
    await rm(out, { recursive: true, force: true });
  }
};
