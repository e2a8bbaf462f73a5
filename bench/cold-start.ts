import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { handlerSourcePath, routes, schedules } from '#functions/routes.js';
import { bundleFunction } from './bundle.js';

/**
 * Each function's minified bundle and its module-load time in a fresh Node
 * process, against a hello-world handler bundled the same way in the same run.
 */
const projectRoot = resolve(import.meta.dirname, '..');
const RUNS = Number(process.env.BENCH_RUNS ?? 11);
const env = {
  ...process.env,
  STAGE: 'dev',
  LOG_LEVEL: 'silent',
  TABLE_NAME: 'bench-table',
  DOCUMENTS_BUCKET: 'bench-bucket',
  EMAIL_FROM: 'bench@example.org',
  PUBLIC_BASE_URL: 'https://apply.example.org',
  DOCUMENTS_UPLOAD_ORIGIN: 'https://bench-bucket.s3.eu-west-3.amazonaws.com',
  STAFF_SIGN_IN_URL: 'https://secondment-hub-dev-staff.auth.eu-west-3.amazoncognito.com',
  STAFF_CLIENT_ID: 'bench-client',
  AWS_REGION: 'eu-west-3',
  AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
};

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
};

/** Milliseconds from start to the module and its imports evaluated, in a new process each time. */
const loadTime = (file: string): number => {
  const script = `const t = performance.now(); await import(${JSON.stringify(pathToFileURL(file).href)}); process.stdout.write(String(performance.now() - t));`;
  const samples = Array.from({ length: RUNS }, () =>
    Number(execFileSync(process.execPath, ['--input-type=module', '-e', script], { env, cwd: projectRoot }).toString()),
  );
  return median(samples);
};

const functions = [
  { name: 'hello-world (baseline)', entry: join(projectRoot, 'bench/fixtures/hello-world.ts') },
  ...[...routes, ...schedules].map((fn) => ({ name: fn.name, entry: join(projectRoot, handlerSourcePath(fn.handler)) })),
];

// Inside the project, so that the "external" variant finds the SDK in node_modules.
await mkdir(join(projectRoot, 'node_modules/.cache'), { recursive: true });
export const coldStart = async () => {
const out = await mkdtemp(join(projectRoot, 'node_modules/.cache/bench-'));
try {
  const rows: Record<string, string | number>[] = [];
  let baseline = { bundled: 0, external: 0 };
  for (const fn of functions) {
    for (const sdk of ['bundled', 'external'] as const) {
      const file = join(out, `${fn.name.replace(/\W+/g, '-')}-${sdk}.mjs`);
      const bytes = await bundleFunction(fn.entry, file, sdk);
      const gzip = gzipSync(await readFile(file)).length;
      const ms = loadTime(file);
      if (fn === functions[0]) baseline = { ...baseline, [sdk]: ms };
      rows.push({
        function: fn.name,
        sdk,
        'minified KiB': +(bytes / 1024).toFixed(1),
        'gzip KiB': +(gzip / 1024).toFixed(1),
        'load ms (median)': +ms.toFixed(1),
        'x baseline': +(ms / baseline[sdk]).toFixed(2),
      });
    }
  }
  console.log(`Bundle size and module-load time, ${RUNS} fresh processes each, Node ${process.version}`);
  console.table(rows);
  console.log('"external" resolves the SDK from node_modules here; on Lambda it comes from the runtime.');
} finally {
  await rm(out, { recursive: true, force: true });
}
};
