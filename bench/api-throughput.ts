import { randomUUID } from 'node:crypto';
import autocannon from 'autocannon';
import { LIST_LIMIT_MAX } from '#shared/admin/application-row.js';
import { aminaSubmission } from '../test/support/candidates.js';
import { gridApplications } from '../test/support/grid-applications.js';
import { hrOfficer, seedApplications, staffToken, storeOf } from '../test/support/staff.js';
import { section, table, type Row } from './report.js';
import { listKnob, numberKnob } from './scale.js';
import { startStackProcess, type StackAddress } from './stack-process.js';

/**
 * autocannon against one local stack, at rising concurrency: `GET /vacancies` (the baseline),
 * `POST /applications` (each request a new candidate) and the staff grid's listing, a full page of
 * 1,000 rows as the grid asks for it. Each run is bounded in time and ends by itself: BENCH_DURATION
 * seconds, or longer for a slow route at high concurrency, so that it still gets a few answers per
 * connection (by the rate its warm-up showed). Any answer other than 2xx, or any connection error,
 * fails the bench.
 */
const DURATION_S = numberKnob('BENCH_DURATION', 10, 3);
const MIN_PER_CONNECTION = 4;
const MAX_DURATION_S = 60;
const WARM_UP = { connections: 4, seconds: 2 };
const CONNECTIONS = listKnob('BENCH_CONNECTIONS', [1, 4, 16, 64], [1, 16]);
const GRID_ROWS = numberKnob('BENCH_GRID_APPLICATIONS', LIST_LIMIT_MAX, LIST_LIMIT_MAX);
const SEED_IN_FLIGHT = 8;

type Target = Pick<autocannon.Options, 'method' | 'headers' | 'requests'> & { path: string };

const run = (url: string, target: Target, connections: number, duration: number) => {
  const failures: string[] = [];
  return autocannon({
    url: `${url}${target.path}`,
    connections,
    duration,
    timeout: 30,
    ...(target.method ? { method: target.method } : {}),
    ...(target.headers ? { headers: target.headers } : {}),
    requests: (target.requests ?? [{}]).map((request) => ({
      ...request,
      // The first few failing answers, to say why when the run fails.
      onResponse: (status: number, body: string) => {
        if ((status < 200 || status > 299) && failures.length < 3) failures.push(`${status} ${body.slice(0, 300)}`);
      },
    })),
  }).then((result) => ({ result, failures }));
};

/** One measured run; non-2xx or errors throw, with what the server answered. */
const measure = async (url: string, name: string, target: Target, connections: number, duration: number) => {
  const { result, failures } = await run(url, target, connections, duration);
  if (result.non2xx > 0 || result.errors > 0) {
    throw new Error(
      `${name} at ${connections} connections: ${result.non2xx} non-2xx answers, ${result.errors} errors (${result.timeouts} timeouts) of ${result.requests.sent}. ${failures.join(' | ')}`,
    );
  }
  if (result.requests.total === 0) throw new Error(`${name} at ${connections} connections: no answer in ${duration} s.`);
  return { result, seconds: duration };
};

/** Open vacancies from the public list: the grid reads one, submissions go to another, so the grid's page stays the same. */
const openVacancies = async (url: string): Promise<string[]> => {
  const { items } = (await (await fetch(`${url}/vacancies`)).json()) as { items: Array<{ number: string }> };
  if (items.length < 2) throw new Error(`the load bench needs two open vacancies, the demo data has ${items.length}`);
  return items.map((item) => item.number);
};

const seedGrid = async (stack: StackAddress, vacancy: string) => {
  // The SDK's notice about Node 22 is for deployers (as infra/local/stack.ts says).
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
  const store = storeOf(stack);
  try {
    const applications = gridApplications(GRID_ROWS, vacancy);
    const started = performance.now();
    await Promise.all(
      Array.from({ length: SEED_IN_FLIGHT }, (_, lane) => seedApplications(store.applications, applications.filter((_, i) => i % SEED_IN_FLIGHT === lane))),
    );
    return (performance.now() - started) / 1000;
  } finally {
    store.close();
  }
};

export const apiThroughput = async () => {
  section(
    'API load (autocannon)',
    `autocannon against one local stack (gateway and handlers in one Node process, ` +
      'DynamoDB Local, s3rver and the SES emulator beside it; autocannon in another process), after a short warm-up of each route. ' +
      '`POST /applications` sends a new candidate (email and Idempotency-Key) in every request and so writes and emails each time; ' +
      `the grid listing is \`GET /admin/applications?vacancy=…&limit=${LIST_LIMIT_MAX}\` as HR with a local token, on a vacancy holding ${GRID_ROWS.toLocaleString('en')} applications. ` +
      `Each run lasts ${DURATION_S} s, or longer (up to ${MAX_DURATION_S} s) where the route's warm-up rate would give fewer than ${MIN_PER_CONNECTION} answers per connection; ` +
      'requests still in flight at the end are not counted. ' +
      'Every answer was 2xx (the bench fails otherwise); "x GET /vacancies" divides req/s by that of `GET /vacancies` at the same concurrency in the same run.',
  );
  const stack = await startStackProcess();
  try {
    const [gridVacancy = '', submitVacancy = ''] = await openVacancies(stack.url);
    const seedSeconds = await seedGrid(stack, gridVacancy);
    const token = await staffToken(stack, hrOfficer);
    let candidate = 0;
    const runId = Date.now().toString(36);
    const targets: Array<[string, Target]> = [
      ['GET /vacancies (baseline)', { path: '/vacancies' }],
      [
        'POST /applications',
        {
          path: '/applications',
          method: 'POST',
          requests: [
            {
              setupRequest: (request) => {
                candidate += 1;
                const body = aminaSubmission({ vacancy: submitVacancy, familyName: `Candidate ${candidate}`, email: `load.${runId}.${candidate}@police.example` });
                return {
                  ...request,
                  headers: { 'content-type': 'application/json', 'idempotency-key': randomUUID() },
                  body: JSON.stringify(body),
                };
              },
            },
          ],
        },
      ],
      [`GET /admin/applications (${GRID_ROWS.toLocaleString('en')} rows)`, { path: `/admin/applications?vacancy=${gridVacancy}&limit=${LIST_LIMIT_MAX}`, headers: { authorization: `Bearer ${token}` } }],
    ];
    // Warm-up: module caches and connections, and each route's rate to size its runs.
    const rates = new Map<string, number>();
    for (const [name, target] of targets) {
      const { result, failures } = await run(stack.url, target, WARM_UP.connections, WARM_UP.seconds);
      if (result.non2xx > 0 || result.errors > 0) throw new Error(`${name} failed during warm-up: ${failures.join(' | ')}`);
      rates.set(name, Math.max(1, result.requests.total) / WARM_UP.seconds);
    }
    const duration = (name: string, connections: number) =>
      Math.min(MAX_DURATION_S, Math.max(DURATION_S, Math.ceil((connections * MIN_PER_CONNECTION) / (rates.get(name) ?? 1))));
    const rows: Row[] = [];
    try {
      for (const connections of CONNECTIONS) {
        let baseline = Number.NaN;
        for (const [name, target] of targets) {
          const { result, seconds } = await measure(stack.url, name, target, connections, duration(name, connections));
          const perSecond = result.requests.total / seconds;
          if (Number.isNaN(baseline)) baseline = perSecond;
          rows.push({
            route: name,
            connections,
            requests: result.requests.total,
            seconds: +seconds.toFixed(1),
            'non-2xx': result.non2xx,
            'req/s': +perSecond.toFixed(1),
            'p50 ms': result.latency.p50,
            'p99 ms': result.latency.p99,
            'x GET /vacancies': +(perSecond / baseline).toFixed(2),
          });
        }
      }
    } finally {
      // Also when a run failed: what was measured before it.
      table(rows, `Seeded ${GRID_ROWS.toLocaleString('en')} applications for the grid in ${seedSeconds.toFixed(1)} s; ${candidate.toLocaleString('en')} submissions made in all (warm-up included).`);
    }
  } finally {
    await stack.stop();
  }
};
