import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { apiThroughput } from './api-throughput.js';
import { circularBench } from './circular.js';
import { coldStart } from './cold-start.js';
import { exportBench } from './export.js';
import { formPageBench } from './form-page.js';
import { gridRender } from './grid-render.js';
import { jobsBench } from './jobs.js';
import { lettersBench } from './letters.js';
import { describeMachine, loadNow } from './machine.js';
import { benchmarksMarkdown } from './markdown.js';
import { noticeParser } from './notice-parser.js';
import { recorded } from './report.js';
import { reportsBench } from './reports.js';
import { routeFunctionsBench } from './route-functions.js';
import { quick } from './scale.js';
import { synthBench } from './synth.js';

/**
 * `npm run bench`: every table, each against a baseline measured in the same run.
 *   --report[=file]  also write the run as markdown (default docs/benchmarks.md; or BENCH_REPORT=file)
 *   --only=a,b       only these sections, by the names below (a report of a partial run says so)
 * BENCH_QUICK=1 shrinks every size for a smoke run; BENCH_NOTE="..." adds a line to the report.
 */
const benches = {
  'cold-start': coldStart,
  'route-functions': routeFunctionsBench,
  'notice-parser': noticeParser,
  'form-page': formPageBench,
  api: apiThroughput,
  export: exportBench,
  'grid-render': gridRender,
  synth: synthBench,
  circular: circularBench,
  letters: lettersBench,
  reports: reportsBench,
  // Last: the longest (about 10 minutes at 100,000 applications).
  jobs: jobsBench,
} as const;
type BenchName = keyof typeof benches;
const names = Object.keys(benches) as BenchName[];

const projectRoot = resolve(import.meta.dirname, '..');
const { values } = parseArgs({
  options: { report: { type: 'string' }, only: { type: 'string' } },
  // `--report` alone: parseArgs wants a value for a string option, so it is told apart below.
  args: process.argv.slice(2).map((arg) => (arg === '--report' ? '--report=' : arg)),
  allowPositionals: false,
});
const reportArg = values.report ?? process.env.BENCH_REPORT;
const reportFile = reportArg === undefined ? undefined : resolve(projectRoot, reportArg || 'docs/benchmarks.md');
const only = values.only?.split(',').map((name) => name.trim());
const unknown = only?.filter((name) => !(names as string[]).includes(name)) ?? [];
if (unknown.length > 0) throw new Error(`--only: no bench named ${unknown.join(', ')}; the benches are ${names.join(', ')}`);
const selected = only ? names.filter((name) => only.includes(name)) : names;

const started = new Date();
const machine = await describeMachine();
console.log(`# Benchmarks, ${started.toISOString()}: ${machine.cpuModel}, ${machine.cpus} cores, ${machine.memoryGiB} GiB, ${machine.os}, Node ${machine.node}, load ${machine.load}`);

const done: BenchName[] = [];
const failed: string[] = [];
/** Written after each bench, so that a run cut short still leaves the sections it finished. */
const writeReport = async (finished: boolean) => {
  if (!reportFile) return;
  const loadAtEnd = loadNow();
  const notes = [
    process.env.BENCH_NOTE,
    machine.load >= 1 || loadAtEnd >= machine.cpus
      ? 'Other work ran on the machine during this run (see the load average): absolute figures are lower than on an idle machine; the ratios to the baselines less so.'
      : undefined,
    failed.length > 0 ? `Failed: ${failed.join('; ')}.` : undefined,
    !finished ? `Run in progress or stopped: written after ${done.join(', ') || 'nothing'}; not yet run: ${selected.filter((name) => !done.includes(name)).join(', ')}.` : undefined,
    finished && selected.length < names.length ? `Partial run: only ${selected.join(', ')}.` : undefined,
  ].filter(Boolean);
  const args = process.argv.slice(2).join(' ');
  const command = `${quick ? 'BENCH_QUICK=1 ' : ''}npm run bench${args ? ` -- ${args}` : ''}`;
  await mkdir(dirname(reportFile), { recursive: true });
  await writeFile(
    reportFile,
    benchmarksMarkdown(recorded(), { command, started, finished: new Date(), machine, loadAtEnd, quick, ...(notes.length > 0 ? { note: notes.join(' ') } : {}) }),
  );
};

for (const name of selected) {
  try {
    await benches[name]();
  } catch (error) {
    // Loud, but the other benches still run: the run exits non-zero and the report says what failed.
    console.error(`\n${name} FAILED:`, error);
    failed.push(`${name} (${error instanceof Error ? error.message.split('\n')[0] : String(error)})`);
  }
  done.push(name);
  await writeReport(done.length === selected.length);
}
if (reportFile) console.log(`\nWrote ${reportFile}`);
if (failed.length > 0) {
  console.error(`\nFailed: ${failed.join('; ')}`);
  process.exitCode = 1;
}
