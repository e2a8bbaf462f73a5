import { NestedStack } from 'aws-cdk-lib';
import type { Construct } from 'constructs';
import type { RouteLimits, Schedule } from '#functions/routes.js';
import type { StageConfig } from '../stages.js';
import { HubFunction, type FunctionResources } from './hub-function.js';
import { jobsDeadLetterQueue, jobsSchedulerRole, ScheduledJob } from './scheduled-job.js';

/**
 * Jobs are not behind API Gateway's 29 s: a day's reminders are sent one by one (SES's default rate
 * is 14 a second) and a purge deletes documents, so they get 5 minutes; a re-run sends nothing twice.
 */
export const JOB_LIMITS: RouteLimits = { memoryMb: 512, timeoutSeconds: 300 };

export interface ScheduledJobsProps {
  stage: StageConfig;
  schedules: readonly Schedule[];
  /** The main stack's table, bucket, bundles and log group: CDK passes each in as a parameter. */
  resources: FunctionResources;
}

/**
 * Every scheduled job, in a nested stack of its own (docs/architecture.md, "Routes share
 * functions"): a job's function, role, async invoke configuration and schedule cost the main stack
 * nothing, so a new job no longer eats the room the routes need there. The jobs' one dead-letter
 * queue and Scheduler role are here too; the main stack's alarms and dashboard still watch them
 * (`monitoredIn` finds them in the tree), reading their names through this stack's outputs.
 */
export class ScheduledJobs extends NestedStack {
  readonly functions = new Map<string, HubFunction>();

  constructor(scope: Construct, id: string, props: ScheduledJobsProps) {
    super(scope, id, { description: 'secondment-hub: the scheduled jobs' });
    const { stage, schedules, resources } = props;
    const deadLetters = jobsDeadLetterQueue(this, stage);
    const schedulerRole = jobsSchedulerRole(this, deadLetters);
    for (const schedule of schedules) {
      const fn = new HubFunction(this, `${schedule.name}-job`, {
        code: resources.bundles.code(schedule.handler),
        uses: schedule.uses,
        stage,
        resources,
        description: `scheduled job ${schedule.name}`,
        limits: JOB_LIMITS,
        oneRunAtATime: schedule.oneRunAtATime === true,
      });
      new ScheduledJob(this, `${schedule.name}-schedule`, { schedule, fn, stage, deadLetterQueue: deadLetters, role: schedulerRole });
      this.functions.set(schedule.name, fn);
    }
  }
}
