import { randomUUID } from 'node:crypto';
import { jobNames, type JobEvent, type Schedule } from '#functions/routes.js';
import type { Clock } from '#shared/time/clock.js';
import { lambdaContext } from './gateway/rest-event.js';
import { JobFailed } from '#functions/jobs/job-failed.js';
import type { JobFunction, LocalEndpoint } from './gateway/server.js';

/** Jobs run with Lambda's longest timeout. */
const JOB_TIMEOUT_MS = 900_000;

const UNIT_MS = { m: 60_000, h: 3_600_000, d: 86_400_000 } as const;

/**
 * When to run the job: `now=<ISO time>`, or `in=<n>d|h|m` from the stack's clock (the demo's dates
 * are counted from the first start, so an example with `in` works whatever the date), or the
 * clock's time when neither is given.
 */
const runTime = (query: URLSearchParams, clock: Clock): { ok: true; time: Date } | { ok: false; detail: string } => {
  const now = query.get('now');
  const later = query.get('in');
  if (now !== null && later !== null) return { ok: false, detail: 'Give `now` or `in`, not both.' };
  if (now !== null) {
    const time = new Date(now);
    return Number.isNaN(time.getTime()) ? { ok: false, detail: 'Give `now` as an ISO 8601 time such as 2026-05-07T06:00:00Z.' } : { ok: true, time };
  }
  if (later !== null) {
    const match = /^(-?\d{1,5})([dhm])$/.exec(later);
    if (!match) return { ok: false, detail: 'Give `in` as a number of days, hours or minutes from now, such as 14d, 3h or -30m.' };
    return { ok: true, time: new Date(clock.now().getTime() + Number(match[1]) * UNIT_MS[match[2] as keyof typeof UNIT_MS]) };
  }
  return { ok: true, time: clock.now() };
};

/**
 * `POST /_local/jobs/{name}[?now=<ISO time>|?in=<n>d]`: runs a scheduled job as EventBridge
 * Scheduler would at that time (by default now), and answers the job's summary.
 */
export const jobsEndpoint = (
  jobs: ReadonlyArray<{ schedule: Schedule; handler: JobFunction }>,
  clock: Clock,
  region: string,
): LocalEndpoint => async (request, url) => {
  const name = url.pathname.split('/')[3] ?? '';
  const problem = (status: number, title: string, detail: string) => ({
    status,
    body: { type: `/problems/local-jobs`, title, status, detail },
  });
  if (request.method !== 'POST') return problem(405, 'Method not allowed', 'Use POST.');
  const job = jobs.find(({ schedule }) => schedule.name === name);
  if (!job) {
    const known = jobs.map(({ schedule }) => schedule.name);
    const planned = jobNames.filter((planned) => !known.includes(planned));
    return problem(
      404,
      'No such job',
      `No scheduled job is named "${name}". Jobs: ${known.join(', ') || 'none yet'}${planned.length ? `; not built yet: ${planned.join(', ')}` : ''}.`,
    );
  }
  const at = runTime(url.searchParams, clock);
  if (!at.ok) return problem(400, 'Bad time', at.detail);
  const event: JobEvent = { job: job.schedule.name, scheduledTime: at.time.toISOString() };
  const context = lambdaContext(name, randomUUID(), JOB_TIMEOUT_MS, region);
  try {
    return { status: 200, body: { job: name, scheduledTime: event.scheduledTime, summary: await job.handler(event, context) } };
  } catch (error) {
    // Where Lambda would retry the run: a dependency away is a 503 to retry, anything else a 500 to read the log for.
    const failed = error instanceof JobFailed ? error : undefined;
    // What the run did before it failed (counts only), as its log line says.
    const done = failed?.summary === undefined ? {} : { summary: failed.summary };
    if (failed?.transient === true) {
      const answer = problem(503, 'Job failed: a dependency is unavailable', `${failed.message} Run it again shortly.`);
      return { ...answer, body: { ...answer.body, ...done }, headers: { 'Retry-After': '5' } };
    }
    const detail = `${error instanceof Error ? error.message : 'The job failed.'} Locally the job's log is the local stack's console output.`;
    const answer = problem(500, 'Job failed', detail);
    return { ...answer, body: { ...answer.body, ...done } };
  }
};
