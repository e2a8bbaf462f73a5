import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startLocalStack } from '#infra/local/stack.js';

interface Run {
  requests: number;
  seconds: number;
  latencies: number[];
  failures: number;
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;

/** `count` requests made by `concurrency` workers, each timing its own; bounded in count, ends by itself. */
const drive = async (count: number, concurrency: number, request: (i: number) => Promise<Response>): Promise<Run> => {
  const latencies: number[] = [];
  let next = 0;
  let failures = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < count) {
        const i = next++;
        const begin = performance.now();
        const response = await request(i);
        await response.arrayBuffer();
        latencies.push(performance.now() - begin);
        if (!response.ok) failures += 1;
      }
    }),
  );
  return { requests: count, seconds: (performance.now() - started) / 1000, latencies: latencies.sort((a, b) => a - b), failures };
};

const row = (name: string, run: Run, baseline?: Run) => ({
  route: name,
  requests: run.requests,
  failures: run.failures,
  'req/s': +(run.requests / run.seconds).toFixed(1),
  'p50 ms': +percentile(run.latencies, 50).toFixed(1),
  'p99 ms': +percentile(run.latencies, 99).toFixed(1),
  'req/s vs GET /vacancies': baseline ? +((run.requests / run.seconds) / (baseline.requests / baseline.seconds)).toFixed(2) : 1,
});

/** Submissions against `GET /vacancies` on one local stack, in the same run. */
export const apiThroughput = async () => {
  const count = Number(process.env.BENCH_REQUESTS ?? 300);
  const concurrency = Number(process.env.BENCH_CONCURRENCY ?? 8);
  const dataDir = await mkdtemp(join(tmpdir(), 'secondment-hub-bench-api-'));
  const stack = await startLocalStack({ port: 0, dataDir, logLevel: 'silent' });
  try {
    const vacancy = ((await (await fetch(`${stack.url}/vacancies`)).json()) as { items: Array<{ number: string }> }).items[0]?.number;
    if (!vacancy) throw new Error('no open vacancy to apply to');
    const submission = (i: number) => ({
      vacancy,
      givenName: 'Bench',
      familyName: `Candidate ${i}`,
      email: `bench.${i}.${Date.now()}@police.example`,
      nationality: 'FR',
      category: 'law-enforcement',
      currentTitle: 'Commandant de police',
      homeAdministration: 'Police nationale',
      yearsOfExperience: 10,
      languages: ['en', 'fr'],
      privacyConsent: true,
    });
    // Warm up both routes (module caches, connections) before measuring.
    await drive(20, 4, () => fetch(`${stack.url}/vacancies`));
    await drive(10, 2, (i) => fetch(`${stack.url}/applications`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(submission(100_000 + i)) }));

    const list = await drive(count, concurrency, () => fetch(`${stack.url}/vacancies`));
    const submit = await drive(count, concurrency, (i) =>
      fetch(`${stack.url}/applications`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(submission(i)) }),
    );
    console.log(`Local stack throughput, ${count} requests per route at concurrency ${concurrency}`);
    console.table([row('GET /vacancies (baseline)', list), row('POST /applications', submit, list)]);
  } finally {
    await stack.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
};
