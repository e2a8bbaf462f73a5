import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { BatchWriteCommand, DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { applicationItem } from '#functions/adapters/dynamodb/application-store.js';
import { createDocumentClient } from '#functions/adapters/dynamodb/client.js';
import { dynamoVacancyStore } from '#functions/adapters/dynamodb/vacancy-store.js';
import { schedules, type JobName } from '#functions/routes.js';
import { localCredentials, localRegion } from '#infra/local/emulators/local-aws.js';
import { demoVacancies } from '#infra/local/seed/seed-demo-data.js';
import { startLocalStack } from '#infra/local/stack.js';
import type { Application } from '#shared/applications/application.js';
import type { ApplicationStatus } from '#shared/applications/status-machine.js';
import { addDays, dateIn } from '#shared/time/zoned.js';
import type { Vacancy } from '#shared/vacancies/schema.js';
import { note, section, table, type Row } from './report.js';
import { listKnob } from './scale.js';

/**
 * Each scheduled job's run time and DynamoDB reads against 1,000, 10,000 and 100,000 applications
 * on the local stack (`BENCH_JOB_SIZES=1000,10000` to choose). The table grows; what the jobs
 * report does not: most applications are complete and on vacancies that closed a while ago, and a
 * fixed few are incomplete (reminders, NCB digest), new since the last digest (HR digest) or past
 * retention (purge). Jobs run through `POST /_local/jobs` as the schedule would, at a day when
 * reminders are due; then once more at the same time, when everything has been sent already.
 * Each size runs in a fresh process: handler modules keep their clients, so one process runs one stack.
 */
const SIZES = listKnob('BENCH_JOB_SIZES', [1_000, 10_000, 100_000], [1_000]);
const self = fileURLToPath(import.meta.url);

/** What stays the same at every size. */
const OPEN_VACANCIES = 4;
const CLOSED_VACANCIES = 16;
const INCOMPLETE_PER_OPEN = 10;
const NEW_PER_OPEN = 5;
const PURGE_DUE = 20;
/** The share of the bulk on open vacancies: the HR digest's counts by status read those. */
const OPEN_SHARE = 0.05;

const BATCH = 25;
const IN_FLIGHT = 8;

// --- A meter on every DynamoDB call made in this process (the handlers run in it) ---

interface Meter {
  readUnits: number;
  writeUnits: number;
  itemsRead: number;
  calls: Record<string, number>;
}
const emptyMeter = (): Meter => ({ readUnits: 0, writeUnits: 0, itemsRead: 0, calls: {} });
let meter: Meter | undefined;

type Capacity = { CapacityUnits?: number; ReadCapacityUnits?: number; WriteCapacityUnits?: number };
const READS = new Set(['GetCommand', 'GetItemCommand', 'QueryCommand', 'BatchGetCommand', 'BatchGetItemCommand', 'ScanCommand', 'TransactGetCommand']);

/**
 * Every send asks DynamoDB (Local) for the capacity it consumed and adds it up while a job runs.
 * DynamoDB Local computes consumed capacity from item sizes as DynamoDB does; the handlers' own
 * clients are reached through their classes' prototypes, since each handler builds its own.
 */
const installMeter = () => {
  for (const Client of [DynamoDBClient, DynamoDBDocumentClient]) {
    const original = Client.prototype.send as (this: unknown, command: { input: Record<string, unknown>; constructor: { name: string } }) => Promise<unknown>;
    Object.defineProperty(Client.prototype, 'send', {
      configurable: true,
      writable: true,
      value: async function send(this: unknown, command: { input: Record<string, unknown>; constructor: { name: string } }) {
        if (!meter) return original.call(this, command);
        const name = command.constructor.name;
        meter.calls[name] = (meter.calls[name] ?? 0) + 1;
        command.input.ReturnConsumedCapacity ??= 'TOTAL';
        const result = (await original.call(this, command)) as {
          ConsumedCapacity?: Capacity | Capacity[];
          Items?: unknown[];
          Item?: unknown;
          Count?: number;
          ScannedCount?: number;
          Responses?: Record<string, unknown[]> | unknown[];
        };
        const consumed = [result.ConsumedCapacity ?? []].flat();
        const units = consumed.reduce((sum, capacity) => sum + (capacity.CapacityUnits ?? 0), 0);
        if (READS.has(name)) meter.readUnits += units;
        else meter.writeUnits += units;
        if (READS.has(name)) {
          meter.itemsRead +=
            result.ScannedCount ??
            (result.Item ? 1 : 0) + (Array.isArray(result.Responses) ? result.Responses.length : Object.values(result.Responses ?? {}).flat().length);
        }
        return result;
      },
    });
  }
};

// --- The data ---

const cloneVacancy = (template: Vacancy, number: string, changes: Partial<Vacancy>): Vacancy => ({ ...template, number, ...changes });

const zones = ['Europe/Paris', 'Asia/Singapore', 'America/Argentina/Buenos_Aires', 'Africa/Nairobi'];
const countries = ['FR', 'SN', 'BR', 'KE', 'SG', 'AR', 'NG', 'PL'];

/** The bench's vacancies at the measured time `at`: open ones with a reminder due (7 days left), closed ones. */
const benchVacancies = (template: Vacancy, at: Date) => {
  const open = zones.map((timeZone, i) =>
    cloneVacancy(template, `B-OPEN-${i + 1}`, { timeZone, status: 'open', publishedAt: addDays(dateIn(at, timeZone), -30), deadline: addDays(dateIn(at, timeZone), 7) }),
  );
  const closed = Array.from({ length: CLOSED_VACANCIES }, (_, i) =>
    cloneVacancy(template, `B-CLOSED-${i + 1}`, { status: 'closed', publishedAt: addDays(dateIn(at, 'UTC'), -120), deadline: addDays(dateIn(at, 'UTC'), -60) }),
  );
  // Ended long before the shortest retention: its applications are due for the purge.
  const expired = cloneVacancy(template, 'B-EXPIRED', { status: 'closed', publishedAt: addDays(dateIn(at, 'UTC'), -460), deadline: addDays(dateIn(at, 'UTC'), -400) });
  return { open, closed, expired };
};

const received = (id: string, kind: string, at: string) => ({ key: `applications/${id}/${kind}/bench`, contentType: 'application/pdf' as const, size: 120_000, sha256: '0'.repeat(64), receivedAt: at });

const application = (i: number, vacancy: string, submittedAt: string, shape: { complete: boolean; status: ApplicationStatus }): Application => {
  const id = `b0000000-0000-4000-8000-${String(i).padStart(12, '0')}`;
  return {
    id,
    vacancy,
    givenName: 'Bench',
    familyName: `Candidate ${i}`,
    email: `bench.${i}@police.example`,
    phone: '+33 4 72 00 00 00',
    nationality: countries[i % countries.length] ?? 'FR',
    category: i % 3 === 0 ? 'government-official' : 'law-enforcement',
    currentTitle: 'Commandant de police',
    homeAdministration: 'Police nationale',
    yearsOfExperience: 10 + (i % 20),
    languages: ['en', 'fr'],
    status: shape.status,
    submittedAt,
    updatedAt: submittedAt,
    version: 1,
    privacyConsentAt: submittedAt,
    documents: shape.complete ? { cv: received(id, 'cv', submittedAt), confirmationLetter: received(id, 'confirmationLetter', submittedAt) } : { cv: received(id, 'cv', submittedAt) },
    ...(shape.complete ? { ncbValidation: { decision: 'validated' as const, screeningAttested: true, at: submittedAt, by: 'ncb@bench.example' } } : {}),
    statusTokenHash: 'bench',
  };
};

/** BatchWriteItem, 25 a call, a few calls in flight, unprocessed items sent again. */
const writeAll = async (client: DynamoDBDocumentClient, table: string, items: ReadonlyArray<Record<string, unknown>>) => {
  let next = 0;
  await Promise.all(
    Array.from({ length: IN_FLIGHT }, async () => {
      while (next < items.length) {
        const start = next;
        next += BATCH;
        let requests = items.slice(start, start + BATCH).map((Item) => ({ PutRequest: { Item } }));
        while (requests.length > 0) {
          const { UnprocessedItems } = await client.send(new BatchWriteCommand({ RequestItems: { [table]: requests } }));
          requests = (UnprocessedItems?.[table] ?? []) as typeof requests;
        }
      }
    }),
  );
};

const seed = async (client: DynamoDBDocumentClient, table: string, size: number, at: Date) => {
  const template = (await demoVacancies(dateIn(at, 'UTC'))).find((vacancy) => vacancy.status === 'open');
  if (!template) throw new Error('no open demo vacancy to copy');
  const { open, closed, expired } = benchVacancies(template, at);
  const vacancyStore = dynamoVacancyStore(client, table);
  for (const vacancy of [...open, ...closed, expired]) await vacancyStore.put(vacancy);

  const hours = (h: number) => new Date(at.getTime() - h * 3_600_000).toISOString();
  const fixed = [
    ...open.flatMap((v, o) => Array.from({ length: INCOMPLETE_PER_OPEN }, (_, k) => ({ vacancy: v.number, at: hours(72 + k), complete: false, status: 'submitted' as const, o }))),
    ...open.flatMap((v) => Array.from({ length: NEW_PER_OPEN }, (_, k) => ({ vacancy: v.number, at: hours(2 + k), complete: k % 2 === 0, status: 'submitted' as const }))),
    ...Array.from({ length: PURGE_DUE }, (_, k) => ({ vacancy: expired.number, at: addDays(expired.deadline, -k - 1) + 'T10:00:00.000Z', complete: true, status: 'rejected' as const })),
  ];
  const bulk = Math.max(0, size - fixed.length);
  const onOpen = Math.round(bulk * OPEN_SHARE);
  const statuses: ApplicationStatus[] = ['screening', 'shortlisted', 'interviewed', 'rejected'];
  const items: Array<Record<string, unknown>> = [];
  fixed.forEach((f, i) => items.push(applicationItem(application(i, f.vacancy, f.at, f))));
  for (let b = 0; b < bulk; b += 1) {
    const vacancy = b < onOpen ? open[b % OPEN_VACANCIES] : closed[b % CLOSED_VACANCIES];
    const status = statuses[b % statuses.length] ?? 'screening';
    items.push(applicationItem(application(fixed.length + b, vacancy?.number ?? '', hours(24 * 10 + (b % 500)), { complete: true, status })));
  }
  const started = performance.now();
  await writeAll(client, table, items);
  return { seconds: (performance.now() - started) / 1000, onOpen: onOpen + open.length * (INCOMPLETE_PER_OPEN + NEW_PER_OPEN) };
};

// --- Running the jobs ---

const runJob = async (url: string, job: JobName, at: Date) => {
  meter = emptyMeter();
  const started = performance.now();
  const response = await fetch(`${url}/_local/jobs/${job}?now=${encodeURIComponent(at.toISOString())}`, { method: 'POST' });
  const ms = performance.now() - started;
  const body = (await response.json()) as { summary?: Record<string, unknown>; detail?: string };
  const measured = meter;
  meter = undefined;
  if (response.status !== 200) throw new Error(`${job} answered ${response.status}: ${body.detail ?? ''}`);
  return { ms, measured, summary: body.summary ?? {} };
};

/** The summary's counts in a short line (counts only: job summaries carry no personal data). */
const shortSummary = (summary: Record<string, unknown>) =>
  Object.entries(summary)
    .filter(([, value]) => typeof value === 'number' && value !== 0)
    .map(([key, value]) => `${key} ${String(value)}`)
    .join(', ');

/** `GET /admin/applications/summary` as HR (a token from the local issuer), metered like a job. */
const runSummary = async (url: string) => {
  const issued = await fetch(`${url}/_local/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email: 'hr.officer@secondment-hub.local', groups: ['hr'] }),
  });
  const { token } = (await issued.json()) as { token: string };
  meter = emptyMeter();
  const started = performance.now();
  const response = await fetch(`${url}/admin/applications/summary`, { headers: { Authorization: `Bearer ${token}` } });
  const ms = performance.now() - started;
  const body = (await response.json()) as { items?: Array<{ total: number }> };
  const measured = meter;
  meter = undefined;
  // Counting the rows of 100,000 applications may outlast the route's 10 s: the row says so (the reads are those made until then).
  if (response.status !== 200) return { ms, measured, summary: { answered: response.status } };
  const items = body.items ?? [];
  return { ms, measured, summary: { vacancies: items.length, applications: items.reduce((sum, item) => sum + item.total, 0) } };
};

const SUMMARY = 'summary (GET /admin/applications/summary)';

const measureSize = async (size: number) => {
  const dataDir = await mkdtemp(join(tmpdir(), 'secondment-hub-bench-jobs-'));
  const stack = await startLocalStack({ port: 0, dataDir, logLevel: 'silent' });
  const dynamo = new DynamoDBClient({ region: localRegion, credentials: localCredentials, endpoint: stack.endpoints.dynamodb });
  try {
    // Tomorrow at 06:00 UTC: after the demo data's day, whatever the time now.
    const at = new Date(`${addDays(dateIn(new Date(), 'UTC'), 1)}T06:00:00.000Z`);
    const seeded = await seed(createDocumentClient(dynamo), stack.tableName, size, at);
    const jobs = schedules.map((schedule) => schedule.name);
    const rows = [];
    const row = (job: string, pass: string, { ms, measured, summary }: Awaited<ReturnType<typeof runJob>>) => ({
      applications: size,
      job,
      pass,
      ms: Math.round(ms),
      'read units': +measured.readUnits.toFixed(1),
      'items read': measured.itemsRead,
      Query: measured.calls.QueryCommand ?? 0,
      Get: (measured.calls.GetCommand ?? 0) + (measured.calls.GetItemCommand ?? 0),
      Scan: measured.calls.ScanCommand ?? 0,
      'write units': +measured.writeUnits.toFixed(1),
      summary: shortSummary(summary),
    });
    // The seed is written as the previous version wrote: no counters. The summary counts the rows, as it did before them (the baseline).
    await runSummary(stack.url);
    rows.push(row(SUMMARY, 'no counters yet', await runSummary(stack.url)));
    // Two days before: warms the modules and connections, and sets the HR digest's watermark. The
    // purge is left out, or it would take this size's due applications before the measured run.
    const daysBefore = (days: number) => new Date(at.getTime() - days * 86_400_000);
    for (const job of jobs.filter((name) => name !== 'retention-purge' && name !== 'count-reconciliation')) await runJob(stack.url, job, daysBefore(2));
    // The day before, with nothing new: the HR digest's counts from the rows (the baseline), then
    // count-reconciliation makes every vacancy's counter from them.
    rows.push(row('hr-digest', 'no counters yet (day before)', await runJob(stack.url, 'hr-digest', daysBefore(1))));
    rows.push(row('count-reconciliation', 'no counters yet (day before)', await runJob(stack.url, 'count-reconciliation', daysBefore(1))));
    for (const pass of ['first run', 're-run'] as const) {
      for (const job of jobs) rows.push(row(job, pass, await runJob(stack.url, job, at)));
      rows.push(row(SUMMARY, pass, await runSummary(stack.url)));
    }
    return { rows, seedSeconds: seeded.seconds, onOpen: seeded.onOpen };
  } finally {
    dynamo.destroy();
    await stack.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
};

type SizeResult = Awaited<ReturnType<typeof measureSize>>;

/** One size in a child process; it answers its figures as one JSON line. */
const runChild = async (size: number): Promise<SizeResult> => {
  const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', self, String(size)], {
    encoding: 'utf8',
    maxBuffer: 16 * 1024 * 1024,
    env: { ...process.env, AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' },
  });
  const line = stdout.trim().split('\n').at(-1) ?? '';
  return JSON.parse(line) as SizeResult;
};

/** The table of every job at every size, and how long each size took to seed. */
export const jobsBench = async () => {
  section(
    'Scheduled jobs against a growing table',
    `Each scheduled job run through \`POST /_local/jobs\` on a fresh local stack holding ${SIZES.map((size) => size.toLocaleString('en')).join(', ')} applications, ` +
      'at a time when reminders are due, then re-run at the same time (when everything has been sent already); each size in its own process. ' +
      'The DynamoDB figures are the capacity DynamoDB Local reports for every call the handlers made (ReturnConsumedCapacity). ' +
      'The table is seeded as the previous version wrote it, with no per-vacancy counters: the summary (`GET /admin/applications/summary` as HR) and the day-before HR digest count the rows (the baseline, "no counters yet"), ' +
      'then the day-before count-reconciliation makes the counters, and the measured runs read them. ' +
      `What the jobs have to do stays the same at every size (${OPEN_VACANCIES * INCOMPLETE_PER_OPEN} incomplete, ${OPEN_VACANCIES * NEW_PER_OPEN} new, ${PURGE_DUE} past retention; ` +
      `${OPEN_SHARE * 100}% of the rest on open vacancies): only the table grows, so the baseline is the smallest size.`,
  );
  if (schedules.length === 0) {
    note('No scheduled jobs in functions/routes.ts yet.');
    return;
  }
  const seeding: Row[] = [];
  const rows: Row[] = [];
  for (const size of SIZES) {
    const measured = await runChild(size);
    rows.push(...measured.rows);
    seeding.push({ applications: size, 'on open vacancies': measured.onOpen, 'seed s': +measured.seedSeconds.toFixed(1), 'items/s': Math.round(size / measured.seedSeconds) });
  }
  // The same job and pass at the smallest size: what the growth of the table costs.
  const smallest = (row: Row) => rows.find((other) => other.applications === SIZES[0] && other.job === row.job && other.pass === row.pass);
  const ratio = (row: Row, column: string) => {
    const [value, base] = [Number(row[column]), Number(smallest(row)?.[column])];
    return base === 0 ? (value === 0 ? 1 : '—') : +(value / base).toFixed(1);
  };
  table(rows.map(({ summary, ...row }) => ({ ...row, 'ms x smallest': ratio(row, 'ms'), 'reads x smallest': ratio(row, 'read units'), summary })));
  table(seeding, 'Seeding each size (BatchWriteItem, 25 a call, 8 calls in flight).');
};

const childSize = Number(process.argv[2]);
if (process.argv[1] === self && Number.isInteger(childSize) && childSize > 0) {
  installMeter();
  process.stdout.write(`${JSON.stringify(await measureSize(childSize))}\n`);
} else if (process.argv[1] === self) {
  await jobsBench();
}
