import { spawn } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { section, table } from './report.js';

/**
 * `cdk synth -c stage=prod` as a deploy runs it (a child process, every function bundled by one
 * esbuild run, infra/aws/function-bundles.ts), against `node -e ''` and the synth of an empty stack measured in the same run: wall
 * time and the peak RSS of the whole process tree (CLI, app, esbuild), sampled from /proc.
 */
const projectRoot = resolve(import.meta.dirname, '..');
const SAMPLE_MS = 20;
const PAGE_BYTES = 4096;

/** The RSS in bytes of every process in process group `group` (Linux /proc; fields after the `(comm)`). */
const groupRss = async (group: number): Promise<number> => {
  let total = 0;
  for (const pid of await readdir('/proc')) {
    if (!/^\d+$/.test(pid)) continue;
    const stat = await readFile(`/proc/${pid}/stat`, 'utf8').catch(() => '');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // After the comm: state(0) ppid(1) pgrp(2) ... rss(21) in pages.
    if (Number(fields[2]) === group) total += Number(fields[21] ?? 0) * PAGE_BYTES;
  }
  return total;
};

interface Measured {
  seconds: number;
  peakRssMb: number;
}

/** Runs `command` in its own process group, sampling the group's RSS until it exits. */
const measure = (command: string, args: string[]): Promise<Measured> =>
  new Promise((done, fail) => {
    const started = performance.now();
    const child = spawn(command, args, {
      cwd: projectRoot,
      detached: true,
      stdio: ['ignore', 'ignore', 'pipe'],
      env: { ...process.env, CDK_DISABLE_VERSION_CHECK: '1' },
    });
    let peak = 0;
    let stderr = '';
    let sampling = false;
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const timer = setInterval(() => {
      if (sampling || child.pid === undefined) return;
      sampling = true;
      void groupRss(child.pid)
        .then((rss) => (peak = Math.max(peak, rss)))
        .finally(() => (sampling = false));
    }, SAMPLE_MS);
    child.on('error', fail);
    child.on('exit', (code) => {
      clearInterval(timer);
      if (code !== 0) return fail(new Error(`${command} ${args.join(' ')} exited ${code}: ${stderr.slice(-2000)}`));
      done({ seconds: (performance.now() - started) / 1000, peakRssMb: peak / 2 ** 20 });
    });
  });

/** The CDK CLI on an app, writing its assembly to a scratch folder (never the project's cdk.out). */
const cdkSynth = async (outdir: string, extra: string[]): Promise<Measured> =>
  measure('npx', ['cdk', 'synth', '--quiet', '--output', outdir, ...extra]);

export const synthBench = async () => {
  section(
    'CDK synth',
    '`cdk synth -c stage=prod` as a deploy runs it (the CDK CLI in a child process, every function bundled by one esbuild run with an entry point per function), against `node -e \'\'` ' +
      'and the synth of a stack with one resource, in the same run: wall time, and the peak RSS of the whole process tree (CLI, app, esbuild) sampled from /proc every 20 ms.',
  );
  const scratch = await mkdtemp(join(tmpdir(), 'synth-bench-'));
  try {
    const rows: Array<[string, Measured]> = [
      ["node -e '' (baseline)", await measure(process.execPath, ['-e', ''])],
      ['cdk synth, an empty stack', await cdkSynth(join(scratch, 'empty.out'), ['--app', 'npx tsx bench/fixtures/empty-stack.ts'])],
      ['cdk synth -c stage=prod (bundling)', await cdkSynth(join(scratch, 'prod.out'), ['-c', 'stage=prod'])],
    ];
    const [, baseline] = rows[0] as [string, Measured];
    table(
      rows.map(([run, { seconds, peakRssMb }]) => ({
        run,
        seconds: +seconds.toFixed(2),
        'peak RSS MB': +peakRssMb.toFixed(0),
        'x baseline time': +(seconds / baseline.seconds).toFixed(1),
        'x baseline RSS': +(peakRssMb / baseline.peakRssMb).toFixed(1),
      })),
    );
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
};
