import middy from '@middy/core';
import type { Context } from 'aws-lambda';
import { isTransientDependencyFailure } from '../adapters/dependency-failure.js';
import { readConfig } from '../config.js';
import { createLogger, type Logger } from '../observability/logger.js';
import type { JobEvent, JobName } from '../routes.js';
import { JobFailed, type JobSummary } from './job-failed.js';

const { LOG_LEVEL } = readConfig(['LOG_LEVEL']);
const rootLogger = createLogger(LOG_LEVEL);

export interface JobInput {
  /** The time the schedule fired for (EventBridge Scheduler's scheduled time, `?now=` locally): every rule of the run is judged at it. */
  now: Date;
  logger: Logger;
  context: Context;
}

/**
 * A Lambda handler for one scheduled job. The run is judged at the schedule's own time, not the
 * clock's, so a retried or late invocation makes the same decisions; the summary is logged and
 * returned; an unexpected failure is logged without its message (it may quote personal data) and
 * rethrown, so Scheduler retries and, in the end, dead-letters the event.
 */
export const jobHandler = (name: JobName, run: (input: JobInput) => Promise<JobSummary>) => {
  const logger = rootLogger.child({ job: name });
  return middy<JobEvent, JobSummary>().handler(async (event, context) => {
    const now = new Date(event.scheduledTime);
    if (event.job !== name || Number.isNaN(now.getTime())) throw new Error(`${name}: not an event of this job's schedule`);
    const started = performance.now();
    let summary: JobSummary;
    try {
      summary = await run({ now, logger, context });
    } catch (error) {
      const frames = error instanceof Error ? error.stack?.split('\n').slice(1).join('\n') : undefined;
      logger.error('job failed', { scheduledTime: now.toISOString(), error: error instanceof Error ? error.name : 'unknown', stack: frames });
      // Lambda logs what is thrown, and the dead-letter record keeps it: a name only, never the message.
      throw new JobFailed(`${name} failed (${error instanceof Error ? error.name : 'unknown'}); see the job's log.`, isTransientDependencyFailure(error));
    }
    logger.info('job done', { scheduledTime: now.toISOString(), ms: Math.round(performance.now() - started), summary: JSON.stringify(summary) });
    // Sends that failed gave their claims back: failing the run makes Lambda retry it (safe: what
    // was sent stays claimed) and, in the end, dead-letters it where an alarm can see it.
    if (typeof summary.failed === 'number' && summary.failed > 0) throw new JobFailed(`${name}: ${summary.failed} email(s) not sent; a retry sends them.`, true, summary);
    return summary;
  });
};
